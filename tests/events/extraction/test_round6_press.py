"""Failure kinds of the sixth round (issue 17, from the fourth blind set once scored): each
article here is invented and shows one of them, or a neighbouring form."""

from tests.events.extraction.partner_checks import contract_of as _out
from tests.events.extraction.partner_checks import has_partner, partners_of

# --- chambers: named by their provinces, counterparts named by their town --------------------


def test_a_provincial_chamber_takes_its_provinces_region_not_its_counterparts(gazetteer):
    out = _out(
        gazetteer,
        "وقعت غرفة الصناعة التقليدية لإقليمي بركان وتاوريرت، يوم 4 ماي 2013، اتفاقية شراكة مع "
        "نظيرتها لجهة الرباط سلا زمور زعير، خلال زيارة وفد من غرفة الرباط لبركان. وتنص "
        "الاتفاقية على تبادل الخبرات بين الرباط وبركان.",
    )
    assert out["chamber"] == "artisanat-oriental"
    assert out["region"] == "oriental"
    assert out["city"] == "بركان"


def test_a_chamber_named_by_a_town_of_another_region_is_a_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "استقبلت الغرفة الفلاحية لجهة سوس ماسة يوم 8 مارس 2024 بأكادير وفدا من غرفة مكناس، "
        "في إطار تبادل التجارب بين الغرفتين.",
    )
    assert has_partner(partners, "غرفة مكناس")


def test_a_chamber_named_by_a_town_of_its_own_region_is_no_other_chamber(gazetteer):
    partners = partners_of(
        gazetteer,
        "نظمت الغرفة الفلاحية لجهة سوس ماسة يوم 8 مارس 2024 بتارودانت يوما دراسيا، وأكد ممثل "
        "غرفة أكادير أهمية السقي الموضعي.",
    )
    assert not has_partner(partners, "غرفة أكادير")


# --- city -------------------------------------------------------------------------------------


def test_the_town_right_after_the_meetings_weekday_is_the_venue(gazetteer):
    out = _out(
        gazetteer,
        "عقدت غرفة الصناعة التقليدية لجهة مراكش آسفي الثلاثاء بآسفي دورتها العادية، وصادقت "
        "على تأهيل قرية الخزف بمراكش وإحداث مركز للتكوين بمراكش ودعم مهرجان الفنون بمراكش.",
    )
    assert out["city"] == "آسفي"


def test_the_town_after_a_yearless_date_with_a_comma_is_the_venue(gazetteer):
    out = _out(
        gazetteer,
        "تحدث عضو غرفة الصيد البحري الأطلسية الشمالية عن مشاكل الصيد التقليدي بالجديدة، "
        "خلال الدورة العادية للغرفة المنعقدة يوم الخميس 12 من الشهر الجاري، بالدار البيضاء. "
        "وطالب بتأهيل ميناء الجديدة.",
    )
    assert out["city"] == "الدار البيضاء"


def test_a_town_only_in_the_outlets_name_is_no_venue(gazetteer):
    out = _out(
        gazetteer,
        "تنظم الغرفة الفلاحية لجهة الشرق، الأسبوع المقبل، أياما تسويقية للمنتوجات المجالية، "
        "حسب بلاغ توصلت جريدة وجدة سيتي بنسخة منه. وقال موقع بركان نيوز إن التعاونيات مدعوة.",
    )
    assert out["city"] is None


# --- partners ---------------------------------------------------------------------------------


def test_the_author_of_a_communique_who_organises_by_its_head_alone_is_a_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "أفاد بلاغ للوكالة الوطنية لتنمية مناطق الواحات وشجر الأركان أن الملتقى الجهوي للتمور "
        "الذي تنظمه الوكالة بشراكة مع الغرفة الفلاحية لجهة درعة تافيلالت ينطلق يوم 3 أكتوبر "
        "2025 بزاكورة.",
    )
    assert has_partner(partners, "الوكالة الوطنية لتنمية مناطق الواحات وشجر الأركان")


def test_the_author_of_a_communique_alone_is_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "أفاد بلاغ للوكالة الوطنية لتنمية مناطق الواحات وشجر الأركان أن الغرفة الفلاحية لجهة "
        "درعة تافيلالت نظمت يوم 3 أكتوبر 2025 بزاكورة يوما تحسيسيا حول النخيل.",
    )
    assert partners == []


def test_a_prefecture_in_the_list_an_organising_verb_governs_is_a_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "ينطلق غدا المعرض الإقليمي للمنتوجات الفلاحية الذي تنظمه الغرفة الفلاحية لجهة مراكش "
        "آسفي وجهة مراكش آسفي وعمالة إقليم الحوز بتحناوت.",
    )
    assert has_partner(partners, "جهة مراكش آسفي")
    assert has_partner(partners, "عمالة إقليم الحوز")


def test_a_prefecture_whose_governor_attends_is_still_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "نظمت الغرفة الفلاحية لجهة مراكش آسفي يوم 3 ماي 2025 بتحناوت يوما دراسيا بحضور عامل "
        "عمالة إقليم الحوز.",
    )
    assert not has_partner(partners, "عمالة إقليم الحوز")


def test_a_body_whose_plan_of_action_is_approved_is_no_party(gazetteer):
    partners = partners_of(
        gazetteer,
        "صادقت غرفة الصناعة التقليدية لجهة سوس ماسة في دورتها العادية يوم 2 يوليوز 2025 "
        "بأكادير على برنامج عمل المديرية الجهوية للصناعة التقليدية.",
    )
    assert not has_partner(partners, "المديرية الجهوية للصناعة التقليدية")


# --- kinds and programmes ---------------------------------------------------------------------


def test_an_assembly_a_committee_comes_from_is_not_the_meeting(gazetteer):
    out = _out(
        gazetteer,
        "اجتمعت لجنة التكوين المنبثقة عن توصيات الجمع العام لغرفة التجارة والصناعة والخدمات "
        "لجهة الشرق، يوم الاثنين 3 مارس 2025 بوجدة، وعرف هذا الاجتماع دراسة برنامج التكوين "
        "المستمر.",
    )
    assert out["category"] == "board-meeting"


def test_a_training_course_is_the_meeting_not_a_programme(gazetteer):
    out = _out(
        gazetteer,
        "اختتمت يوم 30 يناير 2025 بالعيون فعاليات البرنامج التكويني لفائدة الصناع التقليديين، "
        "الذي نظمته غرفة الصناعة التقليدية لجهة العيون الساقية الحمراء، بتوزيع الشواهد.",
    )
    assert out["category"] == "training"
    assert out["programmes"] == []


def test_a_plan_of_action_is_no_meeting(gazetteer):
    out = _out(
        gazetteer,
        "عقدت غرفة الصناعة التقليدية لجهة الشرق يوم 3 مارس 2025 بوجدة دورتها العادية وصادقت "
        "على برنامج عمل الغرفة.",
    )
    assert out["category"] == "general-assembly"


def test_a_training_that_opens_a_fairs_side_activities_is_not_the_meeting(gazetteer):
    out = _out(
        gazetteer,
        "تحتضن مدينة السمارة المعرض الإقليمي للصناعة التقليدية من 10 إلى 15 غشت 2025، وافتتحت "
        "الأنشطة الموازية بدورة تكوينية حول التسويق لفائدة الصناع، نظمتها غرفة الصناعة "
        "التقليدية لجهة العيون الساقية الحمراء.",
    )
    assert out["category"] == "fair"


def test_a_project_of_making_a_quoted_place_is_named_by_the_quote(gazetteer):
    out = _out(
        gazetteer,
        "صادق مكتب غرفة الصناعة التقليدية لجهة فاس مكناس يوم 3 مارس 2025 بفاس على مشروع إحداث "
        "“قرية الحرف الفنية” بصفرو.",
    )
    assert "قرية الحرف الفنية" in out["programmes"]
    assert "إحداث" not in out["programmes"]


# --- dates ------------------------------------------------------------------------------------


def test_a_year_moved_to_the_start_of_its_line_by_the_layout(gazetteer):
    out = _out(
        gazetteer,
        "نظمت غرفة التجارة والصناعة والخدمات لجهة الشرق بوجدة المنتدى الجهوي للتجارة تحت "
        'شعار:\n.2025التجارة رافعة للتنمية" يوم الخميس 17 أبريل"\nوحضر اللقاء ممثلو التجار.',
    )
    assert out["date"] == "2025-04-17"


# --- partners: what is only spoken of, and fragments -------------------------------------------


def test_a_body_beside_the_kingdom_in_a_political_aside_is_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "عقدت غرفة الصيد البحري الأطلسية الجنوبية يوم 5 مارس 2025 بالداخلة جمعها العام، وأكدت "
        "دعمها للموقف المشترك بين المملكة المغربية والاتحاد الأوروبي حول اتفاقية الصيد.",
    )
    assert not has_partner(partners, "الاتحاد الأوروبي")


def test_the_chamber_named_by_its_coast_then_its_object_is_not_a_body_abroad(gazetteer):
    partners = partners_of(
        gazetteer,
        "عقدت غرفة الصيد البحري الأطلسية الوسطى يوم 5 مارس 2025 بأكادير دورتها العادية. وثمنت "
        "الغرفة الأطلسية الوسطى للصيد البحري المجهودات المبذولة من قبل وزارة الفلاحة والصيد "
        "البحري للارتقاء بالقطاع.",
    )
    assert partners == []


def test_a_mayor_by_title_and_the_council_are_one_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "جرى يوم 4 ماي 2025 لقاء جمع عمدة مدينة أكادير برئيس غرفة التجارة والصناعة والخدمات "
        "لجهة سوس ماسة، وعبر الرئيس عن استعداد الغرفة للعمل مع المجلس الجماعي لأكادير. وأكدت "
        "عمدة أكادير دعمها.",
    )
    assert len(partners) == 1
    assert has_partner(partners, "المجلس الجماعي لأكادير")


def test_a_project_the_chamber_means_to_build_is_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "جرى يوم 4 ماي 2025 بوجدة لقاء جمع رئيس غرفة التجارة والصناعة والخدمات لجهة الشرق "
        "بأعضاء المكتب، كما تم تطرق خلال اللقاء لملف المركز الدولي للمعارض الذي تعتزم الغرفة "
        "إنشاءه.",
    )
    assert not has_partner(partners, "المركز الدولي للمعارض")


def test_a_generic_body_running_into_a_purpose_clause_is_no_partner(gazetteer):
    partners = partners_of(
        gazetteer,
        "نظمت الغرفة الفلاحية لجهة الشرق يوم 4 أكتوبر 2025 ببركان يوما تحسيسيا للتعريف بالتدابير "
        "التي اتخذتها الوزارة الوصية لإنطلاق الموسم الفلاحي، والتي يجب أن يواكبها المجلس "
        "الجماعي لإنجاحها.",
    )
    assert partners == []


def test_an_office_a_member_is_elected_to_is_no_body(gazetteer):
    partners = partners_of(
        gazetteer,
        "انتخبت غرفة الصناعة التقليدية لجهة الداخلة وادي الذهب يوم 4 أكتوبر 2021 بالداخلة "
        "مكتبها، وتولى أحمد الفاسي كتابة الجهاز التنفيذي بمساعدة من نائبه.",
    )
    assert partners == []


def test_a_name_cut_by_the_end_of_the_excerpt_is_no_name(gazetteer):
    partners = partners_of(
        gazetteer,
        "عقدت الغرفة الفلاحية لجهة الشرق يوم 4 أكتوبر 2021 بوجدة دورتها العادية. وساهم هذا "
        "الخطأ في اهتزاز صورة مؤسسة الع",
    )
    assert partners == []


# --- city: reporters' lines and landmarks ----------------------------------------------------


def test_a_reporters_town_gives_way_to_the_town_the_text_names(gazetteer):
    out = _out(
        gazetteer,
        "آسفي: أحمد الناصري\nعقدت غرفة الصيد البحري الأطلسية الشمالية يوم الخميس 24 أبريل 2025 "
        "جمعها العام العادي بأحد فنادق مدينة الدار البيضاء، وصادقت على الميزانية.",
    )
    assert out["city"] == "الدار البيضاء"
    assert out["region"] == "casablanca-settat"


def test_a_reporters_town_is_the_venue_when_the_text_names_no_other(gazetteer):
    out = _out(
        gazetteer,
        "الداخلة: سعاد العلوي\nنظمت غرفة التجارة والصناعة والخدمات لجهة الداخلة وادي الذهب يوم "
        "الاثنين 7 أبريل 2025 بقاعة الاجتماعات لولاية الجهة ندوة حول الاستثمار.",
    )
    assert out["city"] == "الداخلة"


def test_a_signature_with_a_town_is_never_the_venue(gazetteer):
    out = _out(
        gazetteer,
        "محمد الأمين - الرباط\nأكدت الغرفة الفلاحية لجهة الرباط سلا القنيطرة في بيان عقب "
        "جمعها العام دعمها لمخطط الجيل الأخضر.",
    )
    assert out["city"] is None


def test_a_town_the_venue_is_near_is_not_the_venue(gazetteer):
    out = _out(
        gazetteer,
        "انطلقت يوم الأحد فعاليات المعرض الجهوي للزيتون في منطقة العطاوية ضواحي مراكش، بشراكة مع "
        "الغرفة الفلاحية لجهة مراكش آسفي.",
    )
    assert out["city"] == "العطاوية"


# --- programmes and kinds of the fifth blind set ----------------------------------------------


def test_a_draft_report_or_account_is_no_project(gazetteer):
    out = _out(
        gazetteer,
        "صادقت غرفة التجارة والصناعة والخدمات لجهة الشرق في دورتها العادية يوم 3 مارس 2025 بوجدة "
        "على مشروع التقرير الأدبي ومشروع الحساب الإداري.",
    )
    assert out["programmes"] == []


def test_a_project_named_by_a_verbal_noun_and_its_object_is_no_name(gazetteer):
    out = _out(
        gazetteer,
        "عقدت غرفة الصيد البحري الأطلسية الوسطى يوم 3 مارس 2025 بأكادير لقاء مع مهنيي الصيد "
        "التقليدي لمناقشة مشروع الاستفادة من التزويد بالأفرنة الغازية.",
    )
    assert out["programmes"] == []


def test_an_exchange_meeting_said_later_to_be_for_farmers_is_an_information_day(gazetteer):
    out = _out(
        gazetteer,
        "قال رئيس الغرفة الفلاحية لجهة سوس ماسة خلال لقاء تواصلي نظم يوم الاثنين 3 نونبر 2025 "
        "بمقر عمالة تارودانت إن الموسم سيكون جيدا. واعتبر أن هذا اللقاء التواصلي يعد مناسبة "
        "سانحة للفلاحين للتعرف على التدابير الجديدة.",
    )
    assert out["category"] == "information-day"


def test_the_opening_session_of_a_study_day_is_the_study_day(gazetteer):
    out = _out(
        gazetteer,
        "أكد المتدخلون في الجلسة الافتتاحية الخاصة باليوم الدراسي حول الفلاحة الذكية، الذي نظمته "
        "الغرفة الفلاحية لجهة الرباط سلا القنيطرة يوم 3 مارس 2025 بالقنيطرة، أهمية الماء.",
    )
    assert out["category"] == "study-day"


def test_a_reception_of_a_foreign_body_is_a_visit(gazetteer):
    out = _out(
        gazetteer,
        "شاركت غرفة الصيد البحري المتوسطية يوم الأحد 20 أكتوبر 2019 بالحسيمة في استقبال المسؤولة "
        "عن مؤسسة إيطالية للتكوين البحري، بحضور مسؤولين محليين.",
    )
    assert out["category"] == "visit"


def test_receiving_visitors_at_a_stand_is_no_reception(gazetteer):
    out = _out(
        gazetteer,
        "شاركت غرفة الصيد البحري الأطلسية الشمالية في المعرض الدولي أليوتيس بأكادير يوم 5 فبراير "
        "2025، وعمل أطرها على استقبال وتوجيه زوار الرواق من المهنيين.",
    )
    assert out["category"] == "fair"


def test_marketing_days_are_a_meeting(gazetteer):
    out = _out(
        gazetteer,
        "تنظم الغرفة الفلاحية لجهة الشرق يوم 12 ماي 2025 بوجدة الدورة الخامسة للأيام التسويقية "
        "للمنتوجات المجالية.",
    )
    assert out["kind"] is not None
    assert out["category"] in ("forum", "fair")


def test_national_programmes_the_press_names_are_known(gazetteer):
    out = _out(
        gazetteer,
        "نظمت غرفة التجارة والصناعة والخدمات لجهة مراكش آسفي يوم 5 ماي 2025 بمراكش ندوة حول "
        "دور المقاولة في النموذج التنموي الجديد وورش تعميم الحماية الاجتماعية، وحصيلة الصندوق "
        "الخاص بتدبير جائحة كورونا.",
    )
    assert "النموذج التنموي الجديد" in out["programmes"]
    assert any("الحماية الاجتماعية" in p for p in out["programmes"])
    assert any("الصندوق الخاص" in p for p in out["programmes"])
    assert not any("الصندوق" in p for p in out["partners"])


def test_a_commerce_and_crafts_slip_names_the_crafts_chamber(gazetteer):
    out = _out(
        gazetteer,
        "تتواصل إلى غاية 14 يونيو 2024 فعاليات المعرض الإقليمي للصناعة التقليدية بتاونات، الذي "
        "تنظمه غرفة التجارة والصناعة التقليدية لأقاليم تازة والحسيمة وتاونات.",
    )
    assert out["chamber"] == "artisanat-fes-meknes"


def test_a_chamber_visited_is_named_without_its_preposition(gazetteer):
    partners = partners_of(
        gazetteer,
        "قام وفد من غرفة التجارة والصناعة والخدمات لجهة درعة تافيلالت يوم 11 يوليوز 2024 بزيارة "
        "لغرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة.",
    )
    assert has_partner(partners, "غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة")
    assert not any(p.startswith("لغرفه") for p in partners)


def test_a_name_stops_before_the_sentences_words_with_bi(gazetteer):
    partners = partners_of(
        gazetteer,
        "طالب مهنيو الصيد خلال اجتماع عقدته غرفة الصيد البحري المتوسطية يوم 27 مارس 2025 بالجبهة "
        "بحضور ممثلي الوكالة الوطنية للموانئ بدراسة تقنية لتوسيع الميناء.",
    )
    assert not any("دراسه" in p for p in partners)


def test_a_council_named_after_a_saint_keeps_the_saints_name(gazetteer):
    partners = partners_of(
        gazetteer,
        "ينظم المعرض الدولي للفرس بشراكة بين الغرفة الفلاحية لجهة الدار البيضاء سطات والمجلس "
        "الجماعي لسيدي علي بنحمدوش، إلى غاية 22 فبراير 2025.",
    )
    assert has_partner(partners, "المجلس الجماعي لسيدي علي بنحمدوش")


def test_the_chambers_last_session_of_the_year_is_its_session(gazetteer):
    out = _out(
        gazetteer,
        "أغلقت غرفة الصيد البحري الأطلسية الشمالية صفحات سنة 2018 بعقدها لآخر دورة أمس الخميس "
        "27 دجنبر 2018 بالدار البيضاء، وصادقت على الحساب الإداري.",
    )
    assert out["category"] == "general-assembly"


def test_a_town_abroad_is_named_without_where_it_lies(gazetteer):
    out = _out(
        gazetteer,
        "تم أمس الأربعاء بمدينة قونيا الواقعة جنوب تركيا توقيع بروتوكول تعاون بين غرفة التجارة "
        "والصناعة والخدمات لجهة الداخلة وادي الذهب وغرفة قونيا.",
    )
    assert out["city"] == "قونيا"


def test_a_session_held_over_the_wire_has_no_town(gazetteer):
    out = _out(
        gazetteer,
        "عرفت الدورة الرابعة للجمعية العامة لغرفة الصيد البحري المتوسطية، المنعقدة يوم الجمعة "
        "31 دجنبر 2021 عبر تقنية التواصل عن بعد، مشاركة أعضاء عن الحسيمة والناظور وطنجة.",
    )
    assert out["city"] is None
    assert out["region"] == "tanger-tetouan-al-hoceima"


def test_a_session_at_the_seat_and_over_the_wire_keeps_its_seat(gazetteer):
    out = _out(
        gazetteer,
        "انعقدت الدورة العادية لغرفة الصيد البحري المتوسطية يوم 31 مارس 2022 بمقر الغرفة بطنجة "
        "وعبر تقنية التواصل عن بعد.",
    )
    assert out["city"] == "طنجة"


def test_a_draft_contract_between_two_parties_is_no_project(gazetteer):
    out = _out(
        gazetteer,
        "ناقشت الدورة العادية لغرفة الصيد البحري المتوسطية يوم 26 شتنبر 2025 بطنجة مشروع التعاقد "
        "بين أرباب المراكب والبحارة.",
    )
    assert out["programmes"] == []


def test_a_project_named_as_it_sounds_before_a_relative_clause(gazetteer):
    out = _out(
        gazetteer,
        "وسيناقش أعضاء غرفة التجارة والصناعة والخدمات لجهة سوس ماسة في دورتها العادية يوم 3 "
        "يونيو 2025 بأكادير مشروع إنتربريس بلوس الذي جاء في إطار اتفاقية مع غرفة لاس بالماس.",
    )
    assert "إنتربريس بلوس" in out["programmes"]


def test_cooperatives_a_delegations_tour_takes_in_are_no_partners(gazetteer):
    partners = partners_of(
        gazetteer,
        "قام وفد من السنغال يوم 3 مارس 2025 بزيارة عمل للغرفة الفلاحية لجهة سوس ماسة بأكادير، "
        "ثم قام الوفد بزيارة لكل من تعاونية الأمل لإنتاج الحليب بتارودانت و تعاونية النخلة "
        "بأولاد تايمة.",
    )
    assert not any("تعاونيه" in p for p in partners)


def test_the_body_that_hosts_the_proceedings_is_the_venue(gazetteer):
    partners = partners_of(
        gazetteer,
        "جددت غرفة الصيد البحري الأطلسية الوسطى يوم 3 مارس 2025 ثقتها في رئيسها خلال الجمع العام "
        "الذي احتضن أشغاله المعهد العالي للصيد البحري بأكادير.",
    )
    assert partners == []


def test_a_name_stops_before_a_relative_or_a_participle(gazetteer):
    out = _out(
        gazetteer,
        "صادقت غرفة الصناعة التقليدية لجهة الشمال يوم 5 غشت 2025 بالحسيمة على برنامج عمل الغرفة "
        "السنوي المخصص للتعريف بالحرف، بشراكة مع جمعية الصناع الشباب الهادفة إلى دعم الحرفيين.",
    )
    assert not any("المخصص" in p for p in out["programmes"])
    assert not any("الهادفة" in p for p in out["partners"])


def test_a_council_before_what_it_will_build_is_no_name(gazetteer):
    partners = partners_of(
        gazetteer,
        "صادقت غرفة التجارة والصناعة والخدمات لجهة كلميم واد نون يوم 5 مارس 2025 بطانطان على "
        "اتفاقية مع المجلس الجماعي لبناء سوق نموذجي للقرب بالمدينة.",
    )
    assert not any("لبناء" in p for p in partners)


def test_an_end_put_to_something_is_no_souk_town(gazetteer):
    out = _out(
        gazetteer,
        "طالب أعضاء غرفة الصيد البحري المتوسطية خلال دورتها العادية بضرورة وضع حد لهذا الاحتكار، "
        "وأكدوا أنه على المديرية المعنية القيام بإخبار الغرف بكل قرار.",
    )
    assert out["city"] is None
    assert out["partners"] == []


def test_the_assemblys_council_glued_to_the_chamber_and_this_body_are_its_own(gazetteer):
    partners = partners_of(
        gazetteer,
        "عقد مجلس الجمعية العامة للغرفةالفلاحية لجهة سوس ماسة يوم 3 مارس 2025 بتارودانت دورته "
        "العادية، وأشاد الرئيس بالمجلس المنتخب لهذه الهيئة المهنية.",
    )
    assert partners == []


def test_a_fair_that_aims_at_something_is_a_fair(gazetteer):
    out = _out(
        gazetteer,
        "افتتح بسلا يوم 3 ماي 2025 معرض يرمي إلى تسويق المنتوجات المجالية، تنظمه المديرية الجهوية "
        "للفلاحة بتنسيق مع الغرفة الفلاحية لجهة الرباط سلا القنيطرة.",
    )
    assert out["category"] == "fair"
    assert "يرمي" not in (out["kind"] or "")


def test_a_known_body_after_a_clitic_is_named_without_it(gazetteer):
    partners = partners_of(
        gazetteer,
        "عقدت غرفة الصناعة التقليدية لجهة الشرق يوم 3 يونيو 2025 بزايو دورتها العادية، وعرض "
        "المدير الجهوي لبريد بنك الاتفاقية المبرمة مع الغرفة.",
    )
    assert has_partner(partners, "بريد بنك")
    assert not any(p.startswith("لبريد") for p in partners)


def test_a_programme_only_described_is_no_name(gazetteer):
    out = _out(
        gazetteer,
        "نظمت غرفة الصيد البحري المتوسطية يوم 3 يونيو 2025 بالجبهة قافلة في إطار البرنامج "
        "التوعوي والمبادرة الاجتماعية للغرفة، وتطرق المشاركون إلى مخطط العمل وبرنامج الدورة.",
    )
    assert out["programmes"] == []


def test_the_federation_of_chambers_present_through_its_president(gazetteer):
    partners = partners_of(
        gazetteer,
        "وتميزت أشغال الدورة العادية لغرفة الصيد البحري الأطلسية الشمالية يوم 3 يونيو 2025 "
        "بالدار البيضاء بحضور العربي امهيدية رئيس جامعة الغرف رفقة أعضاء الغرفة.",
    )
    assert has_partner(partners, "جامعة الغرف")


def test_a_conjunction_written_apart_opens_a_new_body(gazetteer):
    partners = partners_of(
        gazetteer,
        "نظمت الغرفة الفلاحية لجهة بني ملال خنيفرة يوم 3 يونيو 2025 بتيغبولة يوما دراسيا بحضور "
        "ممثلين عن المركز الجهوي للبحث الزراعي لتادلة و المجلس الإقليمي لأزيلال.",
    )
    assert not any("المجلس" in p and "للبحث" in p for p in partners)


def test_a_session_told_as_held_outranks_what_it_recommends(gazetteer):
    out = _out(
        gazetteer,
        "انعقدت يوم أمس الأربعاء 28 شتنبر 2022 الدورة العادية للجمعية العامة لغرفة الصيد البحري "
        "الأطلسية الوسطى بأكادير. وحث الأعضاء على اعتماد صدريات النجاة وتنظيم ورشات تحسيسية "
        "و أيام تكوينية حول السلامة البحرية.",
    )
    assert out["category"] == "general-assembly"


def test_a_session_held_after_the_events_it_plans(gazetteer):
    out = _out(
        gazetteer,
        "أكد أعضاء الغرفة الفلاحية لجهة الشرق على التنسيق لإنجاح الملتقى الجهوي للتعاونيات "
        "النسائية المزمع تنظيمه بوجدة في شتنبر المقبل، خلال الدورة العادية الثانية للغرفة، "
        "المنعقدة بمدينة بركان يوم الاثنين 10 يوليوز 2023.",
    )
    assert out["category"] == "general-assembly"


def test_the_date_of_the_minutes_approved_is_not_the_meetings(gazetteer):
    out = _out(
        gazetteer,
        "صادق مجلس الجمعية العامة للغرفة الفلاحية لجهة سوس ماسة خلال الدورة العادية الثانية التي "
        "انعقدت الأسبوع الجاري بتيزنيت على محضر الدورة العادية الأولى برسم سنة 2022 المنعقدة "
        "بتاريخ 16 فبراير 2022 بطاطا.",
    )
    assert out["date"] is None


def test_a_medical_campaign_for_fishermen_is_a_caravan(gazetteer):
    out = _out(
        gazetteer,
        "نظمت غرفة الصيد البحري المتوسطية نهاية الأسبوع الماضي بميناء الجبهة حملة طبية لفائدة "
        "الصيادين وعائلاتهم.",
    )
    assert out["category"] == "caravan"


def test_the_town_after_held_is_the_venue_not_a_planned_events(gazetteer):
    out = _out(
        gazetteer,
        "أكد أعضاء الغرفة الفلاحية لجهة طنجة تطوان الحسيمة على إنجاح الملتقى الجهوي للتعاونيات "
        "المزمع تنظيمه بمدينة الحسيمة في شتنبر المقبل، والمعرض الجهوي للمنتجات المجالية "
        "بالحسيمة، خلال الدورة العادية الثانية للغرفة، المنعقدة بمدينة العرائش يوم 10 يوليوز "
        "2023.",
    )
    assert out["city"] == "العرائش"


def test_one_word_plans_in_a_list_of_plans_but_not_the_fair_named_after_one(gazetteer):
    plans = _out(
        gazetteer,
        "تعمل غرفة الصيد البحري الأطلسية الجنوبية، التي شاركت يوم 5 فبراير 2025 بأكادير في لقاء "
        "تواصلي، تماشيا مع مخططات القطاع ومن ضمنها أليوتيس و مبادرة الحزام الأزرق.",
    )
    assert any("أليوتيس" in p for p in plans["programmes"])
    assert any("الحزام" in p for p in plans["programmes"])
    fair = _out(
        gazetteer,
        "شاركت غرفة الصيد البحري الأطلسية الجنوبية يوم 5 فبراير 2025 في معرض أليوتيس بأكادير.",
    )
    assert "أليوتيس" not in fair["programmes"]


def test_a_strategy_of_two_verbal_nouns_is_named_whole(gazetteer):
    out = _out(
        gazetteer,
        "تنظم غرفة الصناعة التقليدية لجهة بني ملال خنيفرة يوم 5 ماي 2025 بالفقيه بن صالح معرضا "
        "في إطار تنفيذ إستراتيجية تنمية وإنعاش الصناعة التقليدية.",
    )
    assert "إستراتيجية تنمية وإنعاش الصناعة التقليدية" in out["programmes"]


def test_the_towns_exhibitors_come_from_are_not_the_venue(gazetteer):
    out = _out(
        gazetteer,
        "يهدف المعرض الجهوي للصناعة التقليدية، الذي نظمته غرفة الصناعة التقليدية لجهة العيون "
        "الساقية الحمراء، إلى منح العارضين المنحدرين من أقاليم العيون والسمارة وبوجدور وطرفاية "
        "فضاء لتسويق منتجاتهم.",
    )
    assert out["city"] is None


def test_a_body_described_by_what_it_belongs_to_or_by_adjectives_only_is_no_name(gazetteer):
    partners = partners_of(
        gazetteer,
        "استقبلت غرفة التجارة والصناعة والخدمات لجهة مراكش آسفي يوم 21 أكتوبر 2022 بمراكش وفدا "
        "عن المكتب التجاري للشيلي، وهو مؤسسة تابعة لوزارة الخارجية الشيلية، بتنسيق مع المديرية "
        "الجهوية والإقليمية.",
    )
    assert not any(p.startswith("موسسه تابعه") for p in partners)
    assert not any(p == "المديريه الجهويه والاقليميه" for p in partners)
