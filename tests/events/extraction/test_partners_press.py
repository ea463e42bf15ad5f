"""Partners as real press names them, and the names that are not partners: invented
articles, each showing a phenomenon measured on real ones (issue 17)."""

from events.arabic import normalise
from events.extraction.extract import extract
from tests.events.extraction.partner_checks import has_partner as _has
from tests.events.extraction.partner_checks import partners_of as _partners


def test_a_minister_who_is_the_counterparty(gazetteer):
    text = (
        "احتضنت مدينة وجدة، يوم الاثنين 9 مارس 2026، لقاء تشاوريا جمع بين السيد أحمد العلوي، "
        "وزير السياحة والصناعة التقليدية، ورئيس غرفة الصناعة التقليدية لجهة الشرق، بحضور "
        "رئيس مجلس الجهة السيد محمد بنعلي."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "وزير السياحة والصناعة التقليدية")
    assert _has(partners, "مجلس الجهة")  # the short form
    assert not any("السيد" in p for p in partners)


def test_the_regional_council_named_in_full_then_by_its_head_is_one_partner(gazetteer):
    text = (
        "نظمت غرفة الصناعة التقليدية لجهة الشرق، يوم الثلاثاء 10 مارس 2026 بوجدة، لقاء "
        "تواصليا بشراكة مع مجلس جهة الشرق. وأبرز ممثل مجلس الجهة أن الدعم سيشمل التعاونيات."
    )
    councils = [p for p in _partners(gazetteer, text) if p.startswith(normalise("مجلس"))]
    assert councils == [normalise("مجلس جهة الشرق")]


def test_one_minister_written_two_ways(gazetteer):
    text = (
        "نظمت غرفة التجارة والصناعة والخدمات لجهة الشرق يوم الخميس 5 مارس 2026 بوجدة المناظرة "
        "الجهوية للتجارة بحضور وزير الصناعة والتجارة والاقتصاد الأخضر. وأكد “فلان الفلاني” "
        "وزير الصناعة والاقتصاد الأخضر أن التجارة رافعة للتنمية."
    )
    assert sum(p.startswith(normalise("وزير")) for p in _partners(gazetteer, text)) == 1


def test_foreign_chambers_are_partners(gazetteer):
    text = (
        "صادقت غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة، يوم الجمعة 6 مارس "
        "2026، على اتفاقيات شراكة مع الغرفة الإيطالية للتجارة والصناعة والغرف الألمانية للتجارة."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "الغرفة الإيطالية للتجارة والصناعة")
    assert _has(partners, "الغرف الألمانية للتجارة")


def test_the_building_and_the_officials_office_are_not_partners(gazetteer):
    text = (
        "افتتحت غرفة التجارة والصناعة والخدمات لجهة الشرق، يوم الخميس 5 مارس 2026، دورتها "
        "العادية بمقر عمالة إقليم بركان، بحضور الكاتب العام لولاية جهة الشرق وممثلي السلطات."
    )
    partners = _partners(gazetteer, text)
    assert not any(p.startswith((normalise("عمالة"), normalise("ولاية"))) for p in partners)


def test_an_administration_working_with_the_chamber_is_a_partner(gazetteer):
    text = (
        "تنظم غرفة الصناعة التقليدية لجهة الشرق المعرض الإقليمي بتنسيق مع عمالة إقليم جرادة "
        "يوم الخميس 5 مارس 2026، بحضور ممثل عن ولاية جهة الشرق."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "عمالة إقليم جرادة")
    assert _has(partners, "ولاية جهة الشرق")


def test_a_place_a_politicians_council_and_what_the_chamber_is(gazetteer):
    text = (
        "عقدت غرفة التجارة والصناعة والخدمات لجهة الدار البيضاء سطات يوم الأربعاء 4 مارس 2026 "
        "اجتماع عمل مع جمعية تجار سوق الفرح المتواجد بالنفوذ الترابي لعمالة مقاطعة عين الشق، "
        "بحضور جمعيات المجتمع المدني بعمالة عين الشق. ورحب نائب الرئيس بالحضور بمقر الغرفة "
        "كمؤسسة دستورية تمثل التجار، فيما انتقد مجلس البوزيدي تأخر المشروع."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "جمعية تجار سوق الفرح")
    assert not any(w in p for p in partners for w in ("عماله", "موسسه", "البوزيدي"))


def test_a_short_form_of_the_regional_investment_centre(gazetteer):
    text = (
        "انعقدت يوم الخميس 5 مارس 2026 بمقر الغرفة بطنجة جلسة عمل بين غرفة التجارة والصناعة "
        "والخدمات لجهة طنجة تطوان الحسيمة والمركز الجهوي للاستثمار، حضرها مدير المركز."
    )
    assert _has(_partners(gazetteer, text), "المركز الجهوي للاستثمار")


def test_generic_phrases_sectors_and_the_news_agency_are_not_partners(gazetteer):
    text = (
        "عقدت غرفة الصيد البحري المتوسطية، يوم الخميس 5 مارس 2026 بالحسيمة، دورتها العادية "
        "لشهر فبراير بحضور ممثلي الوزارة الوصية وقطاع الصيد البحري والمجلس البلدي للمدينة، "
        "حسب ما أفادت به وكالة المغرب العربي للأنباء، وصادقت على اتفاقية مع جمعية "
        "البحارة الصيادين بالحسيمة."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "جمعية البحارة الصيادين")
    for word in ("الوصيه", "قطاع", "البلدي", "للانباء", "الجمعيه العامه"):
        assert not any(word in p for p in partners), word


def test_a_name_keeps_no_clitic(gazetteer):
    text = (
        "نظمت غرفة الصناعة التقليدية لجهة مراكش آسفي يوم الخميس 5 مارس 2026 بمراكش لقاء "
        "تواصليا بشراكة مع المديرية الجهوية للصناعة التقليدية، وقدم ممثل للمديرية الجهوية "
        "للصناعة التقليدية عرضا."
    )
    partners = extract(text, gazetteer).as_contract("t.txt")["partners"]
    assert partners and not any(p.startswith("لل") for p in partners)


def test_a_chamber_abroad_by_its_country(gazetteer):
    text = (
        "وقعت الغرفة الفلاحية لجهة الرباط سلا القنيطرة يوم الخميس 5 مارس 2026 بالرباط اتفاقية "
        "تعاون مع الغرفة الفلاحية بفرنسا."
    )
    assert _has(_partners(gazetteer, text), "الغرفة الفلاحية بفرنسا")


def test_one_body_written_with_and_without_its_region_word(gazetteer):
    text = (
        "احتضن مقر غرفة التجارة والصناعة والخدمات لجهة الشرق بوجدة، يوم الثلاثاء 3 مارس 2026، "
        "ندوة جهوية نظمها المركز الجهوي للاستثمار لجهة الشرق، حول دراسة أجراها المركز الجهوي "
        "للاستثمار الشرق مع شركائه."
    )
    partners = _partners(gazetteer, text)
    assert sum(p.startswith(normalise("المركز الجهوي للاستثمار")) for p in partners) == 1


def test_administrations_listed_as_attending_are_not_partners(gazetteer):
    text = (
        "نظمت الغرفة الفلاحية لجهة الشرق بشراكة مع جمعية منتجي التمور بفكيك، يوم الثلاثاء 10 "
        "مارس 2026 بمدينة بوعرفة، يوما إعلاميا حول تثمين التمور، بحضور المديرية الجهوية للفلاحة "
        "والمكتب الوطني للسلامة الصحية للمنتجات الغذائية والقرض الفلاحي للمغرب ومجلس جهة الشرق."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "جمعية منتجي التمور")
    assert _has(partners, "مجلس جهة الشرق")  # a regional council is kept when present
    assert not _has(partners, "المديرية الجهوية للفلاحة")
    assert not _has(partners, "المكتب الوطني للسلامة الصحية")
    assert not _has(partners, "القرض الفلاحي")


def test_a_body_attending_through_its_head_is_kept(gazetteer):
    text = (
        "عقدت غرفة التجارة والصناعة والخدمات لجهة سوس ماسة يوم الاثنين 9 مارس 2026 بأكادير "
        "دورتها العادية، بحضور السيد أحمد العلوي رئيس الكونفدرالية العامة لمقاولات المغرب."
    )
    assert _has(_partners(gazetteer, text), "الكونفدرالية العامة لمقاولات المغرب")


def test_the_venue_and_the_patron_are_not_partners(gazetteer):
    text = (
        "تحت إشراف وزارة الفلاحة والصيد البحري، تنظم الغرفة الفلاحية لجهة الشرق والمديرية "
        "الإقليمية للفلاحة بجرادة، يوم الأربعاء 11 مارس 2026، يوما تحسيسيا بمقر المكتب الوطني "
        "للاستشارة الفلاحية بجرادة."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "المديرية الإقليمية للفلاحة")  # organises beside the chamber
    assert not _has(partners, "وزارة الفلاحة")
    assert not _has(partners, "المكتب الوطني للاستشارة الفلاحية")


def test_an_official_speaking_for_an_administration_is_not_a_partner(gazetteer):
    text = (
        "نظمت غرفة التجارة والصناعة والخدمات لجهة مراكش آسفي، يوم الجمعة 13 مارس 2026 بقلعة "
        "السراغنة، منتدى جهويا للتجارة بشراكة مع جمعية تجار المدينة. وأكد ممثل وزارة الصناعة "
        "والتجارة أهمية البرنامج، ثم تلتها كلمة ممثل المديرية الإقليمية للضرائب."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "جمعية تجار المدينة")
    assert not _has(partners, "وزارة الصناعة والتجارة")
    assert not _has(partners, "المديرية الإقليمية للضرائب")


def test_a_foreign_national_chamber_named_by_its_country_with_the_article(gazetteer):
    text = (
        "نظمت غرفة الصناعة التقليدية لجهة الشرق يوم الاثنين 9 مارس 2026 بوجدة معرضا جهويا "
        "للزربية، وتم بالمناسبة توقيع اتفاقية شراكة مع الغرفة الوطنية للكاميرون في شخص رئيسها."
    )
    assert _has(_partners(gazetteer, text), "الغرفة الوطنية للكاميرون")


def test_a_company_whose_name_is_quoted(gazetteer):
    text = (
        "نظمت غرفة الصيد البحري المتوسطية يوم الاثنين 9 مارس 2026 بطنجة حملة تحسيسية بشراكة "
        "مع معهد تكنولوجيا الصيد البحري بطنجة، وشركة “نورس” للمعدات البحرية، حول البيئة."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "شركة “نورس” للمعدات البحرية")
    assert _has(partners, "معهد تكنولوجيا الصيد البحري")


def test_the_interest_of_both_sides_and_a_council_whose_town_is_unnamed_are_no_bodies(gazetteer):
    interest = (
        "نظمت غرفة الصيد البحري الأطلسية الشمالية يوم الاثنين 9 مارس 2026 بالدار البيضاء لقاء "
        "مع وفد موريتاني، اتفق خلاله الطرفان على تنسيق الجهود بخصوص تسويق المنتوجات البحرية "
        "بما يخدم مصلحة كلا الطرفين."
    )
    council = (
        "افتتح رئيس غرفة الصناعة التقليدية لجهة الشرق يوم الاثنين 9 مارس 2026 معرضا جهويا "
        "بجرادة، بحضور رئيسة المجلس البلدي ورئيس المجلس الجماعي لبوزنيقة."
    )
    assert not any("مصلحه" in p for p in _partners(gazetteer, interest))
    partners = _partners(gazetteer, council)
    assert normalise("المجلس البلدي") not in partners
    assert _has(partners, "المجلس الجماعي لبوزنيقة")


def test_a_body_headed_hayaa_is_read_in_normalised_spelling(gazetteer):
    # هيئة is normalised to هييه: the word lists must be written that way to match.
    named = (
        "نظمت الهيئة المغربية للمقاولات بشراكة مع غرفة التجارة والصناعة والخدمات لجهة الشرق "
        "يوم الثلاثاء 10 مارس 2026 بوجدة منتدى للأعمال."
    )
    described = (
        "عقدت الغرفة الفلاحية لجهة الشرق يوم الثلاثاء 10 مارس 2026 بوجدة دورتها العادية "
        "برئاسة رئيس الهيئة الجهوية المنتخبة. وأفاد بلاغ للهيئة المهنية أن الهيئة المهنية "
        "صادقت على الميزانية."
    )
    assert _has(_partners(gazetteer, named), "الهيئة المغربية للمقاولات")
    assert _partners(gazetteer, described) == []


def test_a_communal_council_named_by_its_town_after_bi(gazetteer):
    text = (
        "تنظم الغرفة الفلاحية لجهة بني ملال خنيفرة بشراكة مع المجلس الجماعي بأزيلال وجمعية "
        "أصدقاء الجبل، معرضا جهويا للمنتوجات المجالية يوم 3 غشت 2025."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "المجلس الجماعي بأزيلال")
    assert _has(partners, "جمعية أصدقاء الجبل")


def test_the_bureau_of_a_partner_is_that_partner(gazetteer):
    text = (
        "نظمت غرفة التجارة والصناعة والخدمات لجهة الشرق يوم الجمعة 6 مارس 2026 لقاء أطره رئيس "
        "جماعة وجدة ونقيب هيئة الموثقين بوجدة. كما عرف هذا اللقاء حضورا هاما لأعضاء الغرفة، "
        "وأعضاء مكتب هيئة الموثقين ونقبائها، وأعضاء مكتب جماعة وجدة ومستشاريها."
    )
    partners = _partners(gazetteer, text)
    assert _has(partners, "هيئة الموثقين بوجدة")
    assert _has(partners, "جماعة وجدة")
    assert not any(p.startswith(normalise("مكتب")) for p in partners)


def test_a_body_named_beside_the_chamber_as_the_other_party_stops_before_it(gazetteer):
    text = (
        "عقد مكتب غرفة الصناعة التقليدية لجهة الشرق يوم الثلاثاء 10 مارس 2026 بوجدة اجتماعا "
        "تضمن جدول أعماله: - عرض حول البوابة الإلكترونية للغرفة، - عرض حول اتفاقية الشراكة "
        "لدعم الحرفيين بين مؤسسة دار الصانع والغرفة بجهة الشرق، - مناقشة برمجة المعارض."
    )
    assert _has(_partners(gazetteer, text), "مؤسسة دار الصانع")


def test_a_visiting_mayor_stands_for_the_city(gazetteer):
    text = (
        "شهدت الغرفة الفلاحية لجهة الشرق يوم الجمعة 6 مارس 2026 زيارة قام بها وفد مالي، ضم "
        "السيد عمدة مدينة كاتي، مرفوقا بعدد من مستشاريه."
    )
    assert _has(_partners(gazetteer, text), "عمدة مدينة كاتي")


def test_a_body_named_by_its_place_then_by_its_level_is_one_partner(gazetteer):
    text = (
        "نظمت غرفة التجارة والصناعة والخدمات لجهة الشرق، بتنسيق مع مركز الاستثمار بالناظور، "
        "لقاء تواصليا يوم الاثنين 2 مارس 2026. وأبرز مدير المركز الشراكة بين الغرفة والمركز "
        "الجهوي للاستثمار، كما حضر ممثلو المديرية الجهوية للتجارة والمديرية الإقليمية للتجارة."
    )
    partners = _partners(gazetteer, text)
    assert [p for p in partners if "استثمار" in p] == [normalise("مركز الاستثمار بالناظور")]
