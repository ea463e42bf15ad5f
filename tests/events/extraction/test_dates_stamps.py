"""A page's own date stamp and the dates of later events, as real press writes them: each
article is invented, each phenomenon was measured on real articles (issue 17)."""

from events.extraction.extract import extract


def _answer(gazetteer, text, reference=None):
    return extract(text, gazetteer, reference_date=reference).as_contract("t.txt")


def test_the_page_stamp_gives_the_year_of_a_day_and_month(gazetteer):
    text = (
        "الغرفة الفلاحية لجهة الشرق تعقد دورتها العادية بحضور المنتخبين\n\n"
        "14 نوفمبر 2018آخر تحديث :\n\n"
        "ترأس رئيس الغرفة الفلاحية لجهة الشرق، صباح يوم الثلاثاء 13 نونبر الجار، أشغال الدورة "
        "العادية للغرفة بمقرها بوجدة، بحضور أعضاء الغرفة وممثلي التعاونيات الفلاحية بالجهة.\n"
    )
    # The month is written with a typo (الجار) and no year: the stamp above gives 2018,
    # in which 13 November is a Tuesday.
    assert _answer(gazetteer, text)["date"] == "2018-11-13"


def test_a_numeric_stamp_resolves_yesterday_and_the_last_day(gazetteer):
    text = (
        "افتتاح معرض جهوي للصناعة التقليدية بالداخلة\n\n"
        "في 12/03/2023 على الساعة 09:30\n\n"
        "افتتح، أمس السبت، بالداخلة المعرض الجهوي للصناعة التقليدية الذي تنظمه غرفة الصناعة "
        "التقليدية لجهة الداخلة وادي الذهب، والذي تتواصل فعالياته إلى غاية 19 من مارس الجاري.\n"
    )
    answer = _answer(gazetteer, text)
    assert (answer["date"], answer["date_end"]) == ("2023-03-11", "2023-03-19")


def test_an_agenda_line_is_no_stamp(gazetteer):
    text = (
        "غرفة الصناعة التقليدية لجهة الشرق تعقد دورتها العادية\n\n"
        "المصادقة على محضر الدورة السابقة 20 أكتوبر 2021\n\n"
        "عقدت غرفة الصناعة التقليدية لجهة الشرق، أمس الخميس، دورتها العادية بمقرها بوجدة، "
        "وصادقت على محضر الدورة السابقة وعلى برنامج عمل الغرفة للسنة المقبلة بالإجماع.\n"
    )
    assert _answer(gazetteer, text)["date"] is None


def test_the_date_of_the_forum_being_prepared_is_not_the_meetings(gazetteer):
    text = (
        "عقدت غرفة التجارة والصناعة والخدمات لجهة الشرق بمقرها بمدينة وجدة اجتماعا تحضيريا "
        "للملتقى الوطني للتصدير، الذي ستنظمه الوزارة يوم 14 أبريل 2027 بالرباط، بحضور أطر الغرفة."
    )
    answer = _answer(gazetteer, text)
    assert answer["date"] is None
    assert "2027-04-14" in answer["other_dates"]


def test_an_announced_meeting_keeps_its_planned_date(gazetteer):
    text = (
        "تعقد غرفة التجارة والصناعة والخدمات لجهة الشرق دورتها العادية التي ستنعقد يوم الخميس "
        "14 أكتوبر 2027 بمقرها بوجدة، وفق جدول أعمال يتضمن المصادقة على الميزانية."
    )
    assert _answer(gazetteer, text)["date"] == "2027-10-14"
