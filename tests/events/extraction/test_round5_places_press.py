"""Dates, places and kinds of the fifth round (issue 17): each article here is invented and
shows one failure kind found on the real sets, or a neighbouring phenomenon they do not have
yet (other spellings, other range forms, other outlets' datelines)."""

import datetime

from tests.events.extraction.partner_checks import contract_of as _out

# --- region: a fishing chamber's coast ------------------------------------------------------


def test_a_fishing_chamber_at_a_fair_off_its_coast_keeps_its_seats_region(gazetteer):
    out = _out(
        gazetteer,
        "عقدت الغرفة المتوسطية للصيد البحري صباح اليوم برواقها بالمعرض الدولي أليوتيس بأكادير "
        "لقاء عمل مع جمعيات الصيد الساحلي بأكادير، تلاه توقيع اتفاقية مع ميناء إسباني.",
    )
    assert out["chamber"] == "peche-mediterranee"
    assert out["region"] == "tanger-tetouan-al-hoceima"


def test_the_atlantic_north_chamber_meeting_at_safi_is_of_safis_region(gazetteer):
    out = _out(
        gazetteer,
        "انعقد يوم الخميس 6 مارس 2025 بآسفي الجمع العام العادي لغرفة الصيد البحري الأطلسية "
        "الشمالية، بحضور ممثلي الموانئ من القنيطرة إلى الجديدة.",
    )
    assert out["chamber"] == "peche-atlantique-nord"
    assert out["region"] == "marrakech-safi"
    assert out["city"] == "آسفي"


# --- dates ----------------------------------------------------------------------------------


def test_a_misspelt_month_in_a_dates_slot_is_the_month(gazetteer):
    out = _out(
        gazetteer,
        "انعقدت الدورة العادية للغرفة الفلاحية لجهة الشرق يوم الأربعاء 5 نونبير 2025 بمقر الغرفة "
        "بوجدة.",
    )
    assert out["date"] == "2025-11-05"


def test_a_month_with_two_letters_swapped_or_one_missing(gazetteer):
    swapped = _out(gazetteer, "نظمت غرفة الصناعة التقليدية بوجدة يوم 12 فبارير 2025 لقاء تواصليا.")
    missing = _out(gazetteer, "نظمت غرفة الصناعة التقليدية بوجدة يوم 12 دجنر 2024 لقاء تواصليا.")
    assert swapped["date"] == "2025-02-12"
    assert missing["date"] == "2024-12-12"


def test_a_near_month_word_outside_a_dates_slot_is_no_month(gazetteer):
    out = _out(gazetteer, "نظمت الغرفة الفلاحية بوجدة لقاء حضره 30 مارسا من الفلاحين.")
    assert out["date"] is None


def test_a_weekday_a_day_off_beside_the_sentences_stated_year(gazetteer):
    # 15 October 2025 is a Wednesday; the writer says Tuesday
    out = _out(
        gazetteer,
        "انعقدت الدورة العادية الثالثة للغرفة الفلاحية لجهة الشرق برسم سنة 2025، يوم الثلاتاء 15 "
        "أكتوبر الجاري بمقر الغرفة بوجدة.",
    )
    assert out["date"] == "2025-10-15"
    assert any("weekday mismatch" in w for w in out["warnings"])


def test_a_weekday_several_days_off_gives_no_year(gazetteer):
    # 15 October 2025 is a Wednesday: a Saturday is no slip of a day
    out = _out(
        gazetteer,
        "صادقت الغرفة على ميزانيتها برسم سنة 2025، يوم السبت 15 أكتوبر الجاري بوجدة خلال "
        "دورتها العادية.",
    )
    assert out["date"] is None


def test_weekdays_written_with_ta_for_tha(gazetteer):
    monday = _out(
        gazetteer,
        "عقدت غرفة التجارة والصناعة والخدمات بوجدة يوم الاتنين لقاء تواصليا.",
        reference_date=datetime.date(2025, 3, 5),
    )
    assert monday["date"] == "2025-03-03"


def test_a_relative_word_glued_to_a_full_date_beside_a_later_page_stamp(gazetteer):
    out = _out(
        gazetteer,
        "12 مارس 2024 على الساعة 22:10\n\n"
        "وصول القافلة التحسيسية لغرفة الصيد البحري المتوسطية إلى ميناء المضيق\n\n"
        "حطت القافلة التحسيسية التي تنظمها غرفة الصيد البحري المتوسطية رحالها بميناء المضيق، "
        "وذلك أمس الأربعاء 6 مارس 2024، بمشاركة تلاميذ المؤسسات التعليمية بالمدينة وبحارتها.",
    )
    assert out["date"] == "2024-03-06"


def test_a_relative_word_with_a_dated_day_and_a_publication_date(gazetteer):
    out = _out(
        gazetteer,
        "نظمت الغرفة الفلاحية لجهة سوس ماسة، يوم أمس الخميس 6 مارس 2025، يوما دراسيا بأكادير.",
        reference_date=datetime.date(2025, 3, 9),
    )
    assert out["date"] == "2025-03-06"


def test_a_closing_day_that_ends_the_fairs_range_dates_the_fair(gazetteer):
    out = _out(
        gazetteer,
        "اختتمت يوم الأحد 9 نونبر 2025 فعاليات المعرض الجهوي للصناعة التقليدية الذي نظمته غرفة "
        "الصناعة التقليدية لجهة الشرق ببركان خلال الفترة الممتدة من 3 إلى 9 نونبر.",
    )
    assert out["date"] == "2025-11-03"
    assert out["date_end"] == "2025-11-09"


def test_a_day_on_the_sidelines_of_a_host_festivals_range_keeps_its_day(gazetteer):
    out = _out(
        gazetteer,
        "نظمت غرفة الصناعة التقليدية لجهة الشرق يوم الأحد 9 نونبر 2025 يوما دراسيا بفكيك، على "
        "هامش المهرجان الوطني للتمور المنظم من 7 إلى 9 نونبر الجاري.",
    )
    assert out["date"] == "2025-11-09"
    assert out["date_end"] is None


def test_an_earlier_events_full_date_stands_in_for_no_yearless_day(gazetteer):
    out = _out(
        gazetteer,
        "تشارك غرفة الصيد البحري المتوسطية في لقاء بين مهنيي الصيد ينظم بقادس أيام 14 و15 "
        "نونبر الجاري، تبعا للتوصيات المنبثقة عن اللقاء المغربي الإسباني الذي نظم في 3 ماي "
        "2023 بطنجة.",
    )
    assert out["date"] is None


def test_a_fair_lasting_until_a_day_ends_then_even_without_its_first_day(gazetteer):
    out = _out(
        gazetteer,
        "بوابة الجهة\n\nتاريخ النشر : 08/03/2025\n\n"
        "افتتاح المعرض الجهوي للصناعة التقليدية بالعيون\n\n"
        "افتتح يوم الخميس بساحة المشور بالعيون المعرض الجهوي للصناعة التقليدية، الذي تنظمه "
        "غرفة الصناعة التقليدية لجهة العيون الساقية الحمراء إلى غاية 16 مارس الجاري، بمشاركة "
        "خمسين عارضا من مختلف أقاليم الجهة.",
    )
    assert out["date_end"] == "2025-03-16"


def test_an_end_in_words_of_this_month_after_a_future_verb(gazetteer):
    out = _out(
        gazetteer,
        "انطلقت يوم السبت 4 أكتوبر 2025 بمدينة سطات فعاليات المعرض الجهوي للصناعة التقليدية، "
        "الذي تنظمه غرفة الصناعة التقليدية لجهة الدار البيضاء سطات، على أن يمتد إلى غاية "
        "الثاني عشر من الشهر الجاري.",
    )
    assert out["date"] == "2025-10-04"
    assert out["date_end"] == "2025-10-12"


def test_a_later_events_date_told_in_a_later_sentence_is_not_the_meetings(gazetteer):
    out = _out(
        gazetteer,
        "احتضنت ملحقة غرفة التجارة والصناعة والخدمات لجهة فاس مكناس بتازة لقاء تحضيريا مع "
        "جمعيات التجار. ويأتي هذا اللقاء استعدادا للملتقى الجهوي للتجارة، المرتقب تنظيمه بفاس "
        "يوم 20 يونيو 2025.",
    )
    assert out["date"] is None


# --- city -----------------------------------------------------------------------------------


def test_a_hosting_commune_before_its_province_beats_the_speakers_towns(gazetteer):
    out = _out(
        gazetteer,
        "تحتضن جماعة بني شيكر بإقليم الناظور، غدا الأحد 9 مارس 2025، لقاء تواصليا لفائدة بحارة "
        "الإقليم تنظمه غرفة الصيد البحري المتوسطية، يؤطره مدير معهد التكنولوجيا للصيد البحري "
        "بالحسيمة ورئيس المركز الجهوي للبحث في الصيد البحري بطنجة.",
    )
    assert out["city"] == "بني شيكر"


def test_the_towns_attendees_come_from_are_not_the_venue(gazetteer):
    out = _out(
        gazetteer,
        "انعقد يوم الخميس 6 مارس 2025 اجتماع لمكتب غرفة الصيد البحري المتوسطية، بحضور مدير "
        "معهد التكنولوجيا للصيد البحري بالحسيمة ورئيس المركز الجهوي للبحث في الصيد البحري "
        "بطنجة.",
    )
    assert out["city"] is None


def test_a_regional_directors_town_is_no_venue(gazetteer):
    out = _out(
        gazetteer,
        "عقد مكتب غرفة الصناعة التقليدية لجهة الشرق اجتماعا يوم الاثنين 3 مارس 2025 مع الصناع "
        "المشاركين في المعرض، بحضور المدير الجهوي للصناعة التقليدية والاقتصاد الاجتماعي بوجدة.",
    )
    assert out["city"] is None


def test_a_venue_in_a_directorates_building_keeps_its_town(gazetteer):
    out = _out(
        gazetteer,
        "شهد مقر المديرية الجهوية للفلاحة بالناظور يوم الخميس 6 مارس 2025 أشغال الدورة العادية "
        "للغرفة الفلاحية لجهة الشرق، بحضور المدير الجهوي للفلاحة بوجدة.",
    )
    assert out["city"] == "الناظور"


def test_a_town_abroad_with_its_country_told_of_is_not_the_venue(gazetteer):
    out = _out(
        gazetteer,
        "عقد مكتب غرفة الصناعة التقليدية لجهة فاس مكناس اجتماعا عن بعد مع الصناع العارضين "
        "بالمعرض الدولي بمدينة الدوحة بدولة قطر.",
    )
    assert out["city"] is None


def test_a_commune_owning_the_venues_building(gazetteer):
    out = _out(
        gazetteer,
        "نظمت الغرفة الفلاحية لجهة سوس ماسة يوم الثلاثاء 4 مارس 2025 بالقاعة متعددة الاختصاصات "
        "لجماعة إمي مقورن، لقاء تواصليا مع فلاحي المنطقة، ودعا الفلاحون إلى عقد اجتماع آخر بمقر "
        "الغرفة بأكادير.",
    )
    assert out["city"] == "إمي مقورن"


def test_a_meeting_called_for_elsewhere_is_not_the_venue(gazetteer):
    out = _out(
        gazetteer,
        "نظمت الغرفة الفلاحية لجهة سوس ماسة يوم الثلاثاء 4 مارس 2025 بتارودانت لقاء مع الفلاحين، "
        "وطالب الحاضرون بضرورة عقد لقاء موسع بمقر الغرفة بأكادير.",
    )
    assert out["city"] == "تارودانت"


def test_towns_inside_a_cooperatives_name_are_not_the_venue(gazetteer):
    out = _out(
        gazetteer,
        "صادقت غرفة التجارة والصناعة والخدمات لجهة الرباط سلا القنيطرة خلال جمعها العام يوم "
        "أمس الأربعاء 23 أبريل 2025 على اتفاقية شراكة بين الغرفة وتعاونية حرفيي تمارة-الصخيرات.",
    )
    assert out["city"] is None


# --- kind and category ----------------------------------------------------------------------


def test_two_letters_swapped_in_the_inaugurations_noun(gazetteer):
    out = _out(
        gazetteer,
        "أشرف والي الجهة، أمس الخميس بالناظور، على تشدين المقر الجديد لغرفة الصناعة التقليدية "
        "لجهة الشرق، بحضور رئيس الغرفة وأعضائها.",
    )
    assert out["category"] == "ceremony"


def test_a_visit_paid_by_a_delegation_is_the_meeting(gazetteer):
    out = _out(
        gazetteer,
        "قام وفد من غرفة التجارة البرتغالية يوم الأربعاء 5 مارس 2025 بزيارة لغرفة التجارة "
        "والصناعة والخدمات لجهة طنجة تطوان الحسيمة بطنجة، حيث قدم رئيس الغرفة عرضا حول "
        "مؤهلات الجهة خلال هذه الأيام.",
    )
    assert out["kind"] == "زيارة"
    assert out["category"] == "visit"


def test_a_visit_the_chamber_organises_for_its_farmers_to_a_fair(gazetteer):
    out = _out(
        gazetteer,
        "يعد المعرض الدولي للفلاحة بمكناس أهم موعد فلاحي بالمملكة. وقامت الغرفة الفلاحية لجهة "
        "درعة تافيلالت بتنظيم زيارة لفائدة فلاحيها إلى أروقة المعرض من 22 إلى 27 أبريل 2025.",
    )
    assert out["category"] == "visit"


def test_a_visit_that_came_before_the_signing_is_not_the_meeting(gazetteer):
    out = _out(
        gazetteer,
        "وقعت غرفة التجارة والصناعة والخدمات لجهة الشرق والغرفة التجارية لتونس مؤخرا بوجدة على "
        "بروتوكول للتعاون، جاء بعد زيارة عمل قام بها وفد الغرفة لتونس في شهر يناير الماضي.",
    )
    assert out["category"] == "agreement-signing"


def test_the_next_assembly_prepared_at_a_bureau_meeting_is_not_the_meeting(gazetteer):
    out = _out(
        gazetteer,
        "عقد مكتب غرفة الصناعة التقليدية لجهة سوس ماسة اجتماعه الشهري يوم الاثنين 2 فبراير "
        "2026 بمقر الغرفة بأكادير، وتداول في نقط همت التحضير لعقد الجمع العام العادي الأول "
        "للغرفة برسم سنة 2026.",
    )
    assert out["category"] == "board-meeting"


def test_a_closing_ceremony_announced_in_a_fairs_article_is_not_the_meeting(gazetteer):
    out = _out(
        gazetteer,
        "انطلقت يوم الجمعة 4 يوليوز 2025 بمدينة أزمور فعاليات معرض الصناعة التقليدية الذي "
        "تنظمه غرفة الصناعة التقليدية لجهة الدار البيضاء سطات إلى غاية 13 يوليوز 2025. "
        "وسيسدل الستار على المعرض يوم الأحد 13 يوليوز، حيث ستقيم الغرفة حفلا ختاميا لتكريم "
        "العارضين.",
    )
    assert out["category"] == "fair"
    assert out["date"] == "2025-07-04"


# --- neighbouring phenomena the real sets do not have yet -----------------------------------

_OUJDA = "نظمت غرفة الصناعة التقليدية لجهة الشرق "


def test_a_range_with_a_weekday_before_each_day(gazetteer):
    out = _out(gazetteer, _OUJDA + "معرضا جهويا بوجدة من الثلاثاء 3 إلى الخميس 5 يونيو 2025.")
    assert (out["date"], out["date_end"]) == ("2025-06-03", "2025-06-05")


def test_a_date_written_year_first_with_slashes(gazetteer):
    out = _out(gazetteer, _OUJDA + "يوم 2025/03/05 بوجدة لقاء تواصليا.")
    assert out["date"] == "2025-03-05"


def test_a_fair_opening_from_a_day_and_a_period_opening_for_applications(gazetteer):
    fair = _out(gazetteer, _OUJDA + "معرضا جهويا بوجدة ابتداء من 3 يونيو 2025 ولمدة خمسة أيام.")
    calls = _out(
        gazetteer,
        "تعلن غرفة الصناعة التقليدية لجهة الشرق عن فتح باب الترشيح ابتداء من 3 يونيو 2025.",
    )
    assert fair["date"] == "2025-06-03"
    assert calls["date"] is None


def test_the_town_a_nickname_names_as_host_beats_another_towns_mentions(gazetteer):
    out = _out(
        gazetteer,
        "احتضنت الحمامة البيضاء يوم 3 مارس 2025 لقاء تواصليا نظمته غرفة الصناعة التقليدية لجهة "
        "طنجة تطوان الحسيمة، بمشاركة حرفيي طنجة وطنجة المتوسط والمضيق.",
    )
    assert out["city"] == "تطوان"


def test_nicknames_of_towns(gazetteer):
    meknes = _out(
        gazetteer,
        "وقعت غرفة التجارة والصناعة والخدمات لجهة فاس مكناس يوم 3 مارس 2025 بالعاصمة "
        "الإسماعيلية اتفاقية شراكة مع جمعية التجار.",
    )
    assert meknes["city"] == "مكناس"


def test_months_of_every_family_and_days_in_words(gazetteer):
    for text, date in (
        ("يوم 5 آب 2025 بوجدة لقاء.", "2025-08-05"),
        ("يوم 5 جويلية 2025 بوجدة لقاء.", "2025-07-05"),
        ("يوم 5 كانون الأول 2025 بوجدة لقاء.", "2025-12-05"),
        ("يوم 5 يوليو/تموز 2025 بوجدة لقاء.", "2025-07-05"),
        ("يوم الأربعاء الفاتح من أكتوبر 2025 بوجدة لقاء.", "2025-10-01"),
        ("يوم الخامس عشر من نونبر 2025 بوجدة لقاء.", "2025-11-15"),
    ):
        assert _out(gazetteer, _OUJDA + text)["date"] == date, text


def test_datelines_of_other_outlets(gazetteer):
    slashed = _out(
        gazetteer,
        "الرباط/ 14 مارس 2024/ومع/ نظمت غرفة التجارة والصناعة والخدمات لجهة الرباط سلا "
        "القنيطرة اليوم الخميس لقاء تواصليا.",
    )
    assert (slashed["city"], slashed["date"]) == ("الرباط", "2024-03-14")
    reporter = _out(
        gazetteer,
        "تطوان – عبد الله الصديقي\nنظمت غرفة الصناعة التقليدية لجهة طنجة تطوان الحسيمة أمس "
        "الثلاثاء لقاء تواصليا.",
    )
    assert reporter["city"] == "تطوان"


def test_open_days_are_an_information_day(gazetteer):
    out = _out(gazetteer, _OUJDA + "يوم 3 مارس 2025 بوجدة أبوابا مفتوحة لفائدة الشباب.")
    assert out["category"] == "information-day"


def test_a_delegation_received_with_no_meeting_noun_is_a_visit(gazetteer):
    out = _out(
        gazetteer,
        "استقبل رئيس غرفة الصناعة التقليدية لجهة الشرق يوم 3 مارس 2025 بوجدة وفدا من رجال "
        "الأعمال الإسبان.",
    )
    assert out["category"] == "visit"


def test_a_town_glued_to_the_street_before_it(gazetteer):
    out = _out(
        gazetteer,
        "انطلقت يوم الجمعة 4 يوليوز 2025 فعاليات معرض الصناعة التقليدية الذي تنظمه غرفة الصناعة "
        "التقليدية لجهة درعة تافيلالت، قرب ساحة المسيرة شارع محمد الخامسالرشيدية.",
    )
    assert out["city"] == "الرشيدية"


def test_a_glued_list_of_prefectures_names_no_town(gazetteer):
    out = _out(
        gazetteer,
        "نظمت غرفة الصناعة التقليدية لجهة طنجة تطوان الحسيمة يوم 3 مارس 2025 بطنجة لقاء مع "
        "حرفيي عمالة تطوانالمضيقالفنيدق.",
    )
    assert out["city"] == "طنجة"


def test_a_qualifier_of_another_noun_further_off_does_not_decide_a_bare_meeting(gazetteer):
    out = _out(
        gazetteer,
        "تشارك غرفة الصيد البحري المتوسطية في لقاء بين مهنيي الصيد بمدينة قادس. وسيعرف اللقاء "
        "أيضا مناقشة الأبحاث العلمية حول الموارد المشتركة.",
    )
    assert out["category"] == "coordination-meeting"
