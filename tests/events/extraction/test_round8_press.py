"""Failure kinds of the eighth round (issue 17, from the eighth blind set once scored): each
article here is invented and shows one of them, or a neighbouring form."""

from events.arabic import normalise
from tests.events.extraction.partner_checks import contract_of as _out
from tests.events.extraction.partner_checks import has_partner, partners_of

# --- a list of regions past a comma ---------------------------------------------------------


def test_a_second_region_after_a_comma_and_wa_is_a_partner_too(gazetteer):
    partners = partners_of(
        gazetteer,
        "صادقت الجمعية العامة لغرفة الصناعة التقليدية لجهة مراكش آسفي، خلال دورتها المنعقدة "
        "يوم 12 يونيو 2024 بآسفي، على اتفاقيتين مع جهة الداخلة وادي الذهب،وجهة درعة تافيلالت.",
    )
    assert has_partner(partners, "جهة الداخلة وادي الذهب")
    assert has_partner(partners, "جهة درعة تافيلالت")


# --- public bodies listed as present, with no delegate named -------------------------------


def test_national_offices_listed_as_present_take_part_like_their_delegates(gazetteer):
    partners = partners_of(
        gazetteer,
        "ترأس رئيس الغرفة الفلاحية لجهة درعة تافيلالت أشغال الدورة العادية يوم 9 أكتوبر 2024 "
        "بالرشيدية، بحضور المديرين الإقليميين للفلاحة، والمكتب الوطني للسلامة الصحية، "
        "والوكالة الوطنية لتنمية مناطق الواحات وشجر الأركان، وممثل القرض الفلاحي.",
    )
    assert has_partner(partners, "المكتب الوطني للسلامة الصحية")
    assert has_partner(partners, "الوكالة الوطنية لتنمية مناطق الواحات وشجر الأركان")
    assert has_partner(partners, "القرض الفلاحي")


def test_an_administration_listed_as_present_is_still_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "ترأس رئيس الغرفة الفلاحية لجهة درعة تافيلالت أشغال الدورة العادية يوم 9 أكتوبر 2024 "
        "بالرشيدية، بحضور المديرية الجهوية للفلاحة والمكتب الوطني للاستشارة الفلاحية.",
    )
    assert not has_partner(partners, "المديرية الجهوية للفلاحة")
    assert has_partner(partners, "المكتب الوطني للاستشارة الفلاحية")


# --- a cooperative named by a bare proper noun -------------------------------------------


def test_cooperatives_named_by_bare_proper_nouns_are_partners(gazetteer):
    partners = partners_of(
        gazetteer,
        "نظمت غرفة الصيد البحري الأطلسية الوسطى يوم 14 مارس 2024 بسيدي إفني حفلا لتسليم "
        "معدات السلامة للبحارة، بشراكة مع تعاونية تاركا وتعاونية تيغرمت.",
    )
    assert has_partner(partners, "تعاونية تاركا")
    assert has_partner(partners, "تعاونية تيغرمت")


def test_a_cooperative_described_by_an_adjective_is_no_name(gazetteer):
    partners = partners_of(
        gazetteer,
        "نظمت غرفة الفلاحة لجهة الشرق يوم 14 مارس 2024 بوجدة يوما تحسيسيا بشراكة مع تعاونية "
        "نسائية وشركة خاصة من المنطقة.",
    )
    assert partners == []


# --- a span opened by منذ ---------------------------------------------------------------------


def test_a_fair_running_since_one_day_until_another_starts_on_the_first(gazetteer):
    out = _out(
        gazetteer,
        "تتواصل بساحة الحسن الثاني بتازة فعاليات معرض الصناعة التقليدية الذي تنظمه غرفة "
        "الصناعة التقليدية لجهة فاس مكناس، والتي انطلقت منذ يوم الجمعة 8 نونبر إلى غاية 17 "
        "نونبر 2024.",
    )
    assert (out["date"], out["date_end"]) == ("2024-11-08", "2024-11-17")


def test_since_a_year_gone_by_is_still_no_date_of_the_meeting(gazetteer):
    out = _out(
        gazetteer,
        "عقدت غرفة الصناعة التقليدية لجهة فاس مكناس دورتها العادية بتازة، وذكر رئيسها أن "
        "مشروع تهيئة المدينة العتيقة متواصل منذ 12 مارس 2006.",
    )
    assert out["date"] is None


# --- a signing in a city abroad, its country unsaid ------------------------------------------


def test_a_signing_in_a_known_city_abroad_is_held_there_with_its_chamber(gazetteer):
    out = _out(
        gazetteer,
        "وقعت غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة، أمس الثلاثاء بالدوحة، "
        "مذكرة تفاهم مع غرفة الدوحة واتحاد الغرف القطرية، على هامش منتدى الأعمال.",
    )
    assert out["city"] == "الدوحة"
    assert out["region"] == "tanger-tetouan-al-hoceima"
    partners = [normalise(p) for p in out["partners"]]
    assert has_partner(partners, "غرفة الدوحة")
    assert has_partner(partners, "اتحاد الغرف القطرية")


# --- the meeting told as a verb's object, beside its agenda's events ------------------------


def test_the_meeting_a_verb_organises_outranks_the_days_on_its_agenda(gazetteer):
    out = _out(
        gazetteer,
        "نظمت غرفة الصيد البحري الأطلسية الشمالية، اجتماعا يوم الاثنين 6 ماي 2024 بمقر "
        "مندوبية الصيد البحري بالمهدية، حول تجديد اتفاقية شراكة. وتضمن جدول الاجتماع عدة "
        "نقاط، منها تنظيم يوم تحسيسي حول السلامة البحرية وتنظيم يوم دراسي حول الراحة "
        "البيولوجية.",
    )
    assert out["kind"] == "اجتماع"
    assert out["category"] == "coordination-meeting"


def test_a_side_event_organised_on_the_sidelines_does_not_outrank_the_meeting(gazetteer):
    out = _out(
        gazetteer,
        "نظمت غرفة التجارة والصناعة والخدمات لجهة الشرق يوم 4 يونيو 2024 بوجدة ندوة حول "
        "التجارة الإلكترونية. وعلى هامش الندوة نظمت مائدة مستديرة حول الأداء عبر الهاتف.",
    )
    assert out["kind"] == "ندوة"


# --- a facility a project builds, by its quoted name ----------------------------------------


def test_a_facility_to_build_named_in_quotes_is_a_project_not_a_partner(gazetteer):
    out = _out(
        gazetteer,
        "صادقت الجمعية العامة لغرفة التجارة والصناعة والخدمات لجهة الشرق، يوم 12 مارس 2025 "
        "بوجدة، على اتفاقية لإنجاز مركز التكوين «أوريانتال سكيلز»، ومشاريع حاضنة المقاولات "
        "«STARTUP HUB» بالناظور.",
    )
    assert "أوريانتال سكيلز" in out["programmes"]
    assert "STARTUP HUB" in out["programmes"]
    assert not any("مركز التكوين" in p for p in out["partners"])


def test_the_chief_town_of_a_province_is_no_centre_taking_part(gazetteer):
    partners = partners_of(
        gazetteer,
        "تنظم غرفة الصناعة التقليدية لجهة درعة تافيلالت بزاكورة معرضا إقليميا من 3 إلى 9 مارس "
        "2025، وتسهر جماعة زاكورة على إنجاحه باعتبارها مركز الإقليم.",
    )
    assert not any("مركز" in p for p in partners)


# --- the site of an agreement's project is not the meeting's venue --------------------------


def test_a_square_an_agreement_is_for_is_not_where_the_assembly_sat(gazetteer):
    out = _out(
        gazetteer,
        "صادق أعضاء غرفة الصناعة التقليدية لجهة مراكش آسفي، يوم الخميس الماضي بالمدينة "
        "الحمراء، على مشروع اتفاقية من أجل تنظيم التكوين بالتدرج المهني بساحة الحدادين "
        "بسيدي بوزيد الجديدة.",
    )
    assert out["city"] == "مراكش"
    assert out["venue"] is None


# --- a producers' organisation abroad, by its Spanish name's Arabic ---------------------------


def test_a_professional_organisation_of_producers_abroad_is_the_signing_party(gazetteer):
    partners = partners_of(
        gazetteer,
        "وقعت غرفة الصيد البحري الأطلسية الشمالية يوم 3 أبريل 2024 بطنجة اتفاقية تعاون مع "
        "التنظيم المهني البرتغالي لمنتجي السردين بميناء بينيشي.",
    )
    assert has_partner(partners, "التنظيم المهني البرتغالي لمنتجي السردين")


def test_good_organisation_after_with_is_no_body(gazetteer):
    partners = partners_of(
        gazetteer,
        "نظمت غرفة الصيد البحري الأطلسية الشمالية يوم 3 أبريل 2024 بطنجة يوما دراسيا مر في "
        "ظروف جيدة مع التنظيم المحكم للأشغال.",
    )
    assert not any("التنظيم" in p for p in partners)


# --- kinds told by a chaired session, a celebrating verb, a dated series ---------------------


def test_a_numbered_session_a_president_chaired_is_the_chambers_session(gazetteer):
    out = _out(
        gazetteer,
        "حصيلة غرفة الصناعة التقليدية بطنجة\n"
        "الدورة الثالثة التي ترأسها رئيس غرفة الصناعة التقليدية لجهة طنجة تطوان الحسيمة يوم "
        "12 يونيو 2016، بحضور أعضاء مجلس الغرفة، تميزت بعرض حصيلة المعرض الجهوي للصناعة "
        "التقليدية.",
    )
    assert out["category"] == "general-assembly"


def test_a_chamber_celebrating_its_anniversary_holds_a_ceremony(gazetteer):
    out = _out(
        gazetteer,
        "احتفلت غرفة التجارة والصناعة والخدمات لجهة الشرق، مساء أمس بوجدة، بمرور ستين سنة "
        "على تأسيسها، وتميز الحفل بمعرض للصور التاريخية للغرفة.",
    )
    assert out["category"] == "ceremony"


def test_workshops_held_on_a_day_outrank_the_meetings_of_a_month(gazetteer):
    out = _out(
        gazetteer,
        "نظمت غرفة التجارة والصناعة والخدمات لجهة الشرق طيلة شهر ماي لقاءات تواصلية مع "
        "الجمعيات المهنية، وفي نفس الإطار نظمت الغرفة يوم الخميس 6 يونيو 2019 بوجدة ورشات "
        "تشاورية حول مخطط التنمية الجهوي.",
    )
    assert out["kind"] == "ورشات تشاورية"
    assert out["category"] == "coordination-meeting"


def test_the_headlines_qualified_meeting_names_the_bare_one_of_the_body(gazetteer):
    out = _out(
        gazetteer,
        "الناظور.. لقاء تحسيسي بالتعاونيات الفلاحية\n"
        "احتضن مقر عمالة الناظور، صباح يوم الثلاثاء 4 مارس 2025، لقاء نظمته الغرفة الفلاحية "
        "لجهة الشرق لفائدة التعاونيات.",
    )
    assert out["kind"] == "لقاء تحسيسي"


# --- a former region named twice does not outvote its town ----------------------------------


def test_a_split_former_region_named_twice_leaves_the_dateline_town_to_decide(gazetteer):
    out = _out(
        gazetteer,
        "الغرفة الفلاحية لجهة مكناس تافيلالت تعقد دورتها\n"
        "مكناس : عقدت الغرفة الفلاحية لجهة مكناس تافيلالت دورتها العادية يوم الأربعاء 12 "
        "أكتوبر 2011 بمقر الغرفة .تزامنت الدورة مع انطلاق الموسم الفلاحي.",
    )
    assert (out["region"], out["chamber"], out["city"]) == (
        "fes-meknes",
        "agriculture-fes-meknes",
        "مكناس",
    )


def test_a_venue_named_by_a_research_institute_runs_to_its_town(gazetteer):
    out = _out(
        gazetteer,
        "انعقدت بالمركز الجهوي للمعهد الوطني للبحث في الصيد البحري بالحسيمة يوم الخميس 3 "
        "أكتوبر 2013 الدورة العادية للجمعية العامة لغرفة الصيد البحري المتوسطية، بحضور "
        "مندوب الصيد البحري بالناظور.",
    )
    assert out["city"] == "الحسيمة"
    assert out["venue"].endswith("بالحسيمة")


# --- a landmark beside the venue, the chamber's own bureau ------------------------------------


def test_a_school_beside_the_fairs_square_is_a_landmark(gazetteer):
    partners = partners_of(
        gazetteer,
        "ستحتضن الساحة المجاورة لمدرسة ابن خلدون بمدينة آسفي، من 3 إلى 12 ماي 2024، معرض "
        "الصناعة التقليدية الذي تنظمه غرفة الصناعة التقليدية لجهة مراكش آسفي.",
    )
    assert not any("مدرسه" in p for p in partners)


def test_the_administrative_bureau_is_an_organ_not_a_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "عقدت غرفة التجارة والصناعة والخدمات لجهة درعة تافيلالت يوم 24 يناير 2014 دورة "
        "استثنائية، بعد خلافات بين الأعضاء والمكتب الإداري المشرف على تسيير الغرفة.",
    )
    assert not any("المكتب" in p for p in partners)


def test_a_programme_described_as_full_is_no_named_programme(gazetteer):
    out = _out(
        gazetteer,
        "عقدت الغرفة الفلاحية لجهة الشرق يوم 3 ماي 2024 بوجدة دورتها العادية، وأعلن رئيسها "
        "عن برنامج حافل بالأنشطة والعمليات التنموية لفائدة الفلاحين.",
    )
    assert out["programmes"] == []


# --- from the eleventh set's first half: a protocol, a host, a session's proceedings ---------


def test_signing_a_protocol_is_an_agreement_signing(gazetteer):
    out = _out(
        gazetteer,
        "تم أمس الخميس بمدينة بورصة التركية التوقيع على بروتوكول تعاون بين غرفة التجارة "
        "والصناعة والخدمات لجهة الشرق وغرفة التجارة ببورصة.",
    )
    assert out["category"] == "agreement-signing"
    assert out["kind"] == "توقيع بروتوكول تعاون"


def test_a_delegation_received_leaves_the_host_chamber_the_meeting(gazetteer):
    out = _out(
        gazetteer,
        "استقبال وفد عن غرفة الصناعة التقليدية لجهة سوس ماسة\n"
        "قام وفد من غرفة الصناعة التقليدية لجهة سوس ماسة، يوم 4 مارس 2024، بزيارة لغرفة "
        "الصناعة التقليدية لجهة فاس مكناس، وكان في استقبالهم رئيس الغرفة وأعضاء مكتبها.",
    )
    assert (out["chamber"], out["region"]) == ("artisanat-fes-meknes", "fes-meknes")
    assert has_partner(
        [normalise(p) for p in out["partners"]], "غرفة الصناعة التقليدية لجهة سوس ماسة"
    )


def test_a_meeting_of_a_sessions_proceedings_is_the_session(gazetteer):
    out = _out(
        gazetteer,
        "احتضنت قاعة عمالة بوجدور يوم الخميس 20 أكتوبر 2022 اجتماع أشغال الدورة الثالثة للجمعية "
        "العامة العادية لغرفة الصناعة التقليدية لجهة العيون الساقية الحمراء.",
    )
    assert out["category"] == "general-assembly"


def test_the_chambers_internal_rules_misprinted_are_no_chamber_abroad(gazetteer):
    partners = partners_of(
        gazetteer,
        "تعقد غرفة التجارة والصناعة والخدمات لجهة فاس مكناس يوم 30 أكتوبر 2025 دورتها العادية "
        "انسجاما مع مضامين النظام الأساسي والغرفة الداخلية وما عرفاه من تعديلات.",
    )
    assert partners == []


def test_a_day_in_words_in_the_nominative_takes_the_year_of_the_text(gazetteer):
    out = _out(
        gazetteer,
        "ترأس وزير الفلاحة، اليوم الخميس الثالث والعشرون من نونبر، جلسة عمل مع أعضاء غرفة "
        "الفلاحة لجهة سوس ماسة بأكادير حول برنامج إعادة تأهيل الضيعات المتضررة من فيضانات "
        "الخامس من نونبر 2023.",
    )
    assert out["date"] == "2023-11-23"


# --- a signing with its day between, a reception by its verb ----------------------------------


def test_the_signing_noun_with_the_day_and_place_before_the_agreement(gazetteer):
    out = _out(
        gazetteer,
        "تم التوقيع يوم الجمعة 4 مارس 2022 بتارودانت على اتفاقية شراكة بين غرفة الفلاحة لجهة "
        "سوس ماسة والمجلس الإقليمي لتارودانت.",
    )
    assert out["category"] == "agreement-signing"


def test_the_chamber_receiving_a_consul_is_a_visit(gazetteer):
    out = _out(
        gazetteer,
        "استقبل السيد أحمد العلوي، رئيس غرفة الصناعة التقليدية لجهة فاس مكناس، بمكتبه القنصل "
        "العام لإسبانيا بفاس يوم 12 أكتوبر 2023. حضر هذا اللقاء المدير الجهوي للصناعة "
        "التقليدية.",
    )
    assert out["category"] == "visit"


def test_the_chambers_head_received_by_the_regions_is_no_reception_of_the_chamber(gazetteer):
    out = _out(
        gazetteer,
        "استقبل رئيس مجلس جهة الشرق مساء اليوم بوجدة السيد رئيس غرفة الصناعة التقليدية لجهة "
        "الشرق بمقر المجلس. وفي بداية اللقاء شكر رئيس الغرفة مجلس الجهة على الاتفاقية.",
    )
    assert out["kind"] != "استقبال"


def test_the_bureau_named_before_its_verb_holds_a_board_meeting(gazetteer):
    out = _out(
        gazetteer,
        "أفاد بلاغ صادر عن الغرفة الفلاحية لجهة الشرق أن مكتبها عقد يوم الثلاثاء 7 أبريل 2020 "
        "اجتماعا عبر تقنية الفيديو، تم خلاله تدارس ظرفية القطاع الفلاحي.",
    )
    assert out["category"] == "board-meeting"
