"""Failure kinds of the ninth round (issue 17, from the development sets): each article here is
invented and shows one of them, or a neighbouring form."""

from tests.events.extraction.partner_checks import contract_of as _out
from tests.events.extraction.partner_checks import has_partner, partners_of

# --- a confederation spelt without its waw --------------------------------------------------


def test_a_confederation_spelt_without_waw_is_a_body_as_with_it(gazetteer):
    for spelling in ("الكنفدرالية", "الكونفدرالية"):
        partners = partners_of(
            gazetteer,
            f"نظمت {spelling} المغربية للتعاونيات الفلاحية بشراكة مع الغرفة الفلاحية لجهة "
            "سوس ماسة يوما تحسيسيا لفائدة الفلاحين يوم الخميس 14 مارس 2024 بتارودانت.",
        )
        assert has_partner(partners, f"{spelling} المغربية للتعاونيات الفلاحية"), spelling


def test_a_confederation_named_again_by_its_adjective_is_one_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "احتضن مقر غرفة الصيد البحري الأطلسية الوسطى بأكادير يوم 3 أبريل 2023 لقاء تواصليا "
        "نظمته الكنفدرالية الوطنية للصيد الساحلي بشراكة مع الغرفة. وقدمت الكنفدرالية الوطنية "
        "خلال اللقاء برنامج عملها للسنة المقبلة.",
    )
    confederations = [p for p in partners if "كنفدراليه" in p]
    assert len(confederations) == 1, partners


# --- an assembly told as held, and the activities a plan holds ------------------------------


def test_an_assembly_told_as_held_in_the_headline_is_the_meeting(gazetteer):
    out = _out(
        gazetteer,
        "غرفة الصناعة التقليدية لجهة الشرق تعقد الجمعية العامة\n"
        "وجدة: عقدت غرفة الصناعة التقليدية لجهة الشرق دورتها يوم الخميس 5 أكتوبر 2023 بمقرها. "
        "وأكد رئيس الغرفة أن الغرفة أعدت برنامجا حافلا بالأنشطة من أيام تواصلية ودورات "
        "تكوينية لفائدة الصناع التقليديين.",
    )
    assert out["category"] == "general-assembly"
    assert out["kind"] == "الجمعية العامة"


def test_an_assembly_holding_its_owners_session_leaves_the_session_the_kind(gazetteer):
    out = _out(
        gazetteer,
        "عقدت الجمعية العامة لغرفة الصناعة التقليدية لجهة الشرق يوم الخميس 5 أكتوبر 2023 "
        "بوجدة دورة أكتوبر العادية.",
    )
    assert out["kind"] == "دورة أكتوبر العادية"


def test_the_days_a_plan_of_activities_holds_are_not_the_meeting(gazetteer):
    out = _out(
        gazetteer,
        "ترأس رئيس الغرفة الفلاحية لجهة سوس ماسة يوم 14 مارس 2024 بأكادير اجتماع مكتب الغرفة، "
        "وقدم برنامج الغرفة الحافل بالأنشطة من أيام تحسيسية ودورات تكوينية لفائدة الفلاحين.",
    )
    assert out["category"] == "board-meeting", out["kind"]


# --- a government's strategy, spoken of -----------------------------------------------------


def test_a_government_strategy_spoken_of_is_no_programme(gazetteer):
    out = _out(
        gazetteer,
        "افتتح يوم 20 ماي 2024 بآسفي المعرض الإقليمي للصناعة التقليدية الذي تنظمه غرفة الصناعة "
        "التقليدية لجهة مراكش آسفي، انسجاما مع استراتيجية كتابة الدولة المكلفة بالصناعة "
        "التقليدية في مجال الترويج، وبتنسيق مع استراتيجية الحكومة في التشغيل.",
    )
    assert out["programmes"] == []


# --- a body's policy, spoken of in the agenda ------------------------------------------------


def test_a_body_whose_measures_the_meeting_discusses_is_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "عقدت الغرفة الفلاحية لجهة فاس مكناس دورتها العادية يوم 4 أكتوبر 2023 بمكناس بحضور "
        "ممثل المكتب الوطني للاستشارة الفلاحية، وتدارست التدابير التي اتخذتها وزارة الفلاحة "
        "لإنجاح الموسم، والمجهودات التي تبذلها الوكالة الوطنية للمياه والغابات.",
    )
    assert has_partner(partners, "المكتب الوطني للاستشارة الفلاحية")
    assert not has_partner(partners, "وزارة الفلاحة"), partners
    assert not has_partner(partners, "الوكالة الوطنية للمياه والغابات"), partners


def test_a_body_that_organised_the_meeting_in_a_relative_clause_is_a_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "شارك رئيس غرفة الصناعة التقليدية لجهة فاس مكناس في اليوم الدراسي الذي نظمته "
        "المديرية الجهوية للصناعة التقليدية يوم 4 أكتوبر 2023 بفاس.",
    )
    assert has_partner(partners, "المديرية الجهوية للصناعة التقليدية"), partners


# --- a statute's title and a person's family, told in passing --------------------------------


def test_a_body_named_in_a_statute_or_by_a_relative_is_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "انتخب محمد العلوي، صهر رئيس مجلس جهة سوس ماسة، رئيسا لغرفة الصيد البحري الأطلسية "
        "الوسطى خلال الجمع العام المنعقد يوم 6 يوليوز 2018 بأكادير بحضور ممثل المكتب الوطني "
        "للصيد، وفقا لأحكام القانون المشكل للنظام الأساسي لغرف الصيد البحري.",
    )
    assert has_partner(partners, "المكتب الوطني للصيد")
    assert not any("مجلس جهه" in p for p in partners), partners
    assert not any("غرف الصيد" in p for p in partners), partners


def test_the_parent_a_member_body_sits_under_is_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "عقدت غرفة الصيد البحري الأطلسية الوسطى يوم 8 ماي 2019 بأكادير جمعيتها العامة بحضور "
        "رئيس فدرالية الصناعات الغذائية المنضوية تحت لواء الاتحاد العام لمقاولات المغرب.",
    )
    assert has_partner(partners, "فدرالية الصناعات الغذائية")
    assert not has_partner(partners, "الاتحاد العام لمقاولات المغرب"), partners


def test_a_centre_for_something_a_town_becomes_is_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "غرفة الصيد البحري الأطلسية الشمالية تجعل من الجديدة مركزا للقرار المهني\n"
        "عقدت الغرفة دورتها العادية يوم 3 يونيو 2022 بالجديدة بحضور ممثل المركز الجهوي "
        "للاستثمار، في خطوة تحول المدينة إلى مركز للقرار المهني.",
    )
    assert has_partner(partners, "المركز الجهوي للاستثمار")
    assert not any("للقرار" in p for p in partners), partners


# --- the agriculture chamber called الغرفة الزراعية -------------------------------------------


def test_the_agricultural_chamber_in_other_words_is_the_agriculture_chamber(gazetteer):
    out = _out(
        gazetteer,
        "افتتح وزير الفلاحة يوم السبت 23 يوليوز 2022 بالسعيدية المعرض الجهوي للمنتجات المحلية "
        "بحضور رئيس الغرفة الزراعية بالمنطقة الشرقية ميمون أوسار والمسؤولين المنتخبين.",
    )
    assert out["chamber"] == "agriculture-oriental"
    assert out["partners"] == []


# --- plans described, not named ---------------------------------------------------------------


def test_plans_described_or_the_chambers_own_are_no_programmes(gazetteer):
    out = _out(
        gazetteer,
        "عقدت غرفة التجارة والصناعة والخدمات لجهة الشرق دورتها العادية يوم 5 فبراير 2025 "
        "بوجدة، وصادقت على برنامج عملها الذي يتضمن خططا استراتيجية لدعم المقاولات، وناقشت "
        "مشروع شراكة بين الغرفة والمعهد الفرنسي، في إطار استراتيجية الغرفة الرامية إلى "
        "الانفتاح، واستراتيجية متكاملة لدعم التجار، والمبادرة المجانية لتكوين الشباب.",
    )
    assert out["programmes"] == [], out["programmes"]


def test_a_named_strategy_stays_a_programme(gazetteer):
    out = _out(
        gazetteer,
        "عقدت غرفة الصيد البحري الأطلسية الوسطى دورتها العادية يوم 25 مارس 2019 بأكادير، "
        "وتدارست حصيلة استراتيجية أليوتيس لتنمية قطاع الصيد البحري.",
    )
    assert any("أليوتيس" in p for p in out["programmes"]), out["programmes"]


# --- a fair's expected visitors, an assembly misspelt, certificates handed over ---------------


def test_the_visitors_a_fair_expects_make_no_visit(gazetteer):
    out = _out(
        gazetteer,
        "تنظم الغرفة الفلاحية لجهة الشرق ما بين 25 و28 دجنبر 2024 بوجدة المعرض الجهوي "
        "الفلاحي الثاني للمنتجات المحلية، ومن المتوقع أن يزور أروقته حوالي 10 آلاف زائر.",
    )
    assert out["category"] == "fair", out["kind"]


def test_a_chambers_assembly_with_its_adjective_misspelt_is_its_assembly(gazetteer):
    out = _out(
        gazetteer,
        "عقدت غرفة الصيد البحري الأطلسية الشمالية صباح اليوم الخميس 07 أبريل 2016 جمعيتها "
        "العام بحضور وازن لفعاليات القطاع، واعتبر الرئيس أن هذا اللقاء يعد اجتماعا تاريخيا.",
    )
    assert out["category"] == "general-assembly", out["kind"]


def test_certificates_handed_over_as_the_news_are_a_ceremony(gazetteer):
    out = _out(
        gazetteer,
        "قامت غرفة الصيد البحري المتوسطية يوم الجمعة 12 دجنبر 2025 بميناء المضيق، بتسليم "
        "شواهد التكوين لفائدة البحارة الناجحين في التكوين الذي نظمته الغرفة لمدة خمسة أيام.",
    )
    assert out["category"] == "ceremony"
    assert out["kind"] == "تسليم شواهد التكوين"


# --- a port named by a town whose name is also a word ------------------------------------------


def test_a_port_named_by_an_ambiguous_town_places_the_meeting_there(gazetteer):
    out = _out(
        gazetteer,
        "نظمت غرفة الصيد البحري المتوسطية يوم 3 مارس 2024 بميناء المضيق لقاء تواصليا مع "
        "البحارة حول السلامة البحرية.",
    )
    assert out["city"] == "المضيق"


# --- a former region spelt with an alef --------------------------------------------------------


def test_a_former_region_spelt_with_alef_names_no_town(gazetteer):
    out = _out(
        gazetteer,
        "نظمت الغرفة الفلاحية لجهة بني ملال خنيفرة يوما دراسيا حول سلسلة الخروب يوم 12 ماي "
        "2019، وتدخل عضو مجلس جهة تادلا أزيلال في اليوم الدراسي.",
    )
    assert out["city"] is None
    assert out["region"] == "beni-mellal-khenifra"


def test_the_towns_of_fairs_scheduled_are_not_the_meetings(gazetteer):
    out = _out(
        gazetteer,
        "ترأس رئيس غرفة الصناعة التقليدية لجهة مراكش آسفي يوم 3 أبريل 2023 اجتماعا شهريا "
        "لمكتب الغرفة، تمت خلاله مناقشة برمجة المعارض الجهوية في الصويرة وأسفي خلال الصيف.",
    )
    assert out["city"] is None
