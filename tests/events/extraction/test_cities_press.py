"""Where the meeting took place, as real press says it (or does not): invented articles, each
showing a phenomenon measured on real ones (issue 17)."""

from events.arabic import normalise
from events.extraction.extract import extract


def _answer(gazetteer, text):
    return extract(text, gazetteer).as_contract("t.txt")


def test_an_officials_territory_is_not_the_venue(gazetteer):
    text = (
        "افتتح رئيس غرفة التجارة والصناعة والخدمات لجهة فاس مكناس، صباح الثلاثاء 4 نونبر 2025، "
        "أشغال الدورة العادية للغرفة، بحضور عامل إقليم تاونات وممثلي المصالح الخارجية. وثمن "
        "الرئيس دعم عامل إقليم تاونات لمشاريع الغرفة."
    )
    assert _answer(gazetteer, text)["city"] is None


def test_a_planned_building_is_not_the_venue(gazetteer):
    text = (
        "صادقت غرفة الصناعة التقليدية لجهة الشرق، يوم الجمعة 3 أكتوبر 2025، خلال دورتها "
        "العادية، على تشييد مقر جديد للغرفة بمدينة بركان وإحداث سوق للحرفيين بمدينة جرادة."
    )
    assert _answer(gazetteer, text)["city"] is None


def test_a_directorates_seat_is_not_the_venue_and_a_commune_is(gazetteer):
    text = (
        "أشرف رئيس غرفة الصناعة التقليدية لجهة سوس ماسة، يوم الأحد 10 غشت 2025، على افتتاح "
        "المعرض الإقليمي للصناعة التقليدية بجماعة سيدي وساي، الذي تنظمه الغرفة بتنسيق مع "
        "المديرية الجهوية للصناعة التقليدية بأكادير. وحضر الافتتاح ممثل المديرية الجهوية "
        "للصناعة التقليدية بأكادير."
    )
    assert normalise(_answer(gazetteer, text)["city"] or "") == normalise("سيدي وساي")


def test_a_town_abroad(gazetteer):
    text = (
        "شارك وفد عن غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة في المنتدى "
        "الاقتصادي المنظم بمدينة إسطنبول في الفترة ما بين 3 و 6 مارس 2024."
    )
    assert _answer(gazetteer, text)["city"] == "إسطنبول"


def test_the_province_the_meeting_is_held_in(gazetteer):
    text = (
        "عقدت الغرفة الفلاحية لجهة سوس ماسة، اليوم الخميس 5 يونيو 2025، دورتها العادية بمقر "
        "عمالة إقليم طاطا، بحضور ممثلي السلطات الإقليمية."
    )
    assert normalise(_answer(gazetteer, text)["city"] or "") == normalise("طاطا")


def test_town_and_reporter_line_is_a_dateline_not_a_headline(gazetteer):
    text = (
        "الداخلة : محمد سالم\n"
        "نظمت غرفة الصيد البحري الأطلسية الجنوبية، يومه الاثنين 3 مارس 2025، لقاء تواصليا مع "
        "مهنيي الصيد التقليدي، بحضور ممثلي المندوبية الجهوية للصيد البحري."
    )
    answer = _answer(gazetteer, text)
    assert answer["title"] is None
    assert answer["city"] == "الداخلة"


def test_errachidia_spelt_with_alef(gazetteer):
    text = (
        "عقد مجلس غرفة التجارة والصناعة والخدمات لجهة درعة تافيلالت دورته العادية يوم "
        "الأربعاء 22 أكتوبر 2025 بمقر ملحقة الغرفة بالراشيدية، بحضور ممثلي عمالات أقاليم "
        "تنغير وميدلت."
    )
    assert _answer(gazetteer, text)["city"] == "الرشيدية"


def test_a_fishing_chamber_by_its_short_name_held_at_its_seat(gazetteer):
    text = (
        "انعقدت، يوم الجمعة 27 دجنبر 2024، أشغال الدورة العادية الرابعة للجمعية العامة للغرفة "
        "الأطلسية الجنوبية، عن بعد، بحضور أعضاء الغرفة."
    )
    answer = _answer(gazetteer, text)
    assert answer["chamber"] == "peche-atlantique-sud"
    assert answer["region"] == "dakhla-oued-ed-dahab"
    assert answer["city"] is None


def test_the_town_that_closes_the_meetings_name(gazetteer):
    text = (
        "يعرض حوالي 100 صانع تقليدي بجهة فاس – مكناس آخر إبداعاتهم في المعرض الجهوي للصناعة "
        "التقليدية بصفرو، الذي تنظمه غرفة الصناعة التقليدية لجهة فاس – مكناس من 3 إلى 9 غشت "
        "2024. وستنظم الغرفة معارض مماثلة قريبا في كل من فاس ومكناس وتازة."
    )
    assert _answer(gazetteer, text)["city"] == "صفرو"


def test_a_commune_and_what_it_belongs_to(gazetteer):
    text = (
        "افتتح يوم الأحد 3 غشت 2025 بجماعة تاغجيجت التابعة لإقليم كلميم معرض الصناعة التقليدية "
        "الذي تنظمه غرفة الصناعة التقليدية لجهة كلميم واد نون."
    )
    assert normalise(_answer(gazetteer, text)["city"] or "") == normalise("تاغجيجت")


def test_a_city_named_by_its_nickname(gazetteer):
    text = (
        "انعقدت بعاصمة البوغاز، يوم الثلاثاء 10 مارس 2026، الدورة العادية لغرفة الصناعة "
        "التقليدية لجهة طنجة تطوان الحسيمة، وصادق الأعضاء على برنامج عمل الغرفة بإقليم شفشاون."
    )
    assert normalise(_answer(gazetteer, text)["city"] or "") == normalise("طنجة")


def test_a_town_written_with_its_regions_name(gazetteer):
    text = (
        "عرفت مدينة كلميم واد نون، يوم الجمعة 13 مارس 2026، افتتاح المعرض الجهوي للصناعة "
        "التقليدية الذي تنظمه غرفة الصناعة التقليدية لجهة كلميم واد نون."
    )
    assert normalise(_answer(gazetteer, text)["city"] or "") == normalise("كلميم")
