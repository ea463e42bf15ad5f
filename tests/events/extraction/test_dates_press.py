"""Dates as real press writes them: each article is invented, each phenomenon was measured on
real articles (issue 17)."""

import datetime

from events.extraction.extract import extract


def _date(gazetteer, text, reference=None):
    return extract(text, gazetteer, reference_date=reference).as_contract("t.txt")


def test_current_month_takes_the_year_the_article_is_about(gazetteer):
    text = (
        "عقدت غرفة الصناعة التقليدية لجهة الشرق دورتها العادية الثانية برسم سنة 2021، يوم "
        "الأربعاء 27 أكتوبر الجاري بوجدة، وصادقت على ميزانية الغرفة برسم سنة 2022."
    )
    # 27 October is a Wednesday in 2021, not in 2022: the weekday picks the stated year.
    assert _date(gazetteer, text)["date"] == "2021-10-27"


def test_al_hali_is_the_current_month_too(gazetteer):
    text = (
        "صادقت غرفة التجارة والصناعة والخدمات لجهة الشرق، يوم الجمعة 17 شتنبر الحالي، خلال "
        "دورتها العادية للجمعية العامة لعام 2021، على برنامج عملها."
    )
    assert _date(gazetteer, text)["date"] == "2021-09-17"


def test_current_month_without_any_year_stays_null(gazetteer):
    text = (
        "تحتضن مدينة وجدة في 14 نونبر الجاري لقاء جهويا تنظمه غرفة التجارة والصناعة والخدمات للشرق."
    )
    assert _date(gazetteer, text)["date"] is None


def test_full_date_beside_an_unresolved_relative_word(gazetteer):
    text = (
        "افتتح امس بوجدة المعرض الجهوي للصناعة التقليدية الذي تنظمه غرفة الصناعة التقليدية "
        "لجهة الشرق، ويمتد المعرض من 12 الى 19 غشت/آب 2018 بساحة 3 مارس وسط المدينة."
    )
    answer = _date(gazetteer, text)
    assert answer["date"] == "2018-08-12"
    assert answer["date_end"] == "2018-08-19"


def test_a_square_named_after_a_date_is_no_date(gazetteer):
    text = (
        "نظمت غرفة الصناعة التقليدية لجهة الشرق يوم الخميس 9 ماي 2019 لقاء تواصليا بساحة "
        "16 غشت بوجدة."
    )
    answer = _date(gazetteer, text)
    assert answer["date"] == "2019-05-09"
    assert "2019-08-16" not in answer["other_dates"]


def test_range_across_two_months_gives_an_end(gazetteer):
    text = (
        "تنظم غرفة الفلاحة لجهة سوس ماسة المعرض الجهوي للمنتوجات المحلية بتارودانت في الفترة "
        "الممتدة من 28 ماي إلى غاية 3 يونيو 2023."
    )
    answer = _date(gazetteer, text)
    assert (answer["date"], answer["date_end"]) == ("2023-05-28", "2023-06-03")


def test_an_event_that_lasts_until_a_day(gazetteer):
    text = (
        "افتتح يوم الاثنين 26 دجنبر 2022 بالدار البيضاء المعرض الجهوي للصناعة التقليدية الذي "
        "تنظمه غرفة الصناعة التقليدية لجهة الدار البيضاء سطات، والذي يستمر إلى غاية 31 دجنبر 2022."
    )
    answer = _date(gazetteer, text)
    assert (answer["date"], answer["date_end"]) == ("2022-12-26", "2022-12-31")


def test_one_day_meeting_has_no_end(gazetteer):
    text = (
        "عقدت غرفة التجارة والصناعة والخدمات لجهة الشرق يوم الخميس 9 ماي 2019 دورتها العادية بوجدة."
    )
    assert _date(gazetteer, text)["date_end"] is None


def test_a_publication_date_still_wins_for_the_current_month(gazetteer):
    text = "عقدت غرفة التجارة والصناعة والخدمات لجهة الشرق يوم 12 مارس الجاري دورتها برسم سنة 2019."
    answer = _date(gazetteer, text, datetime.date(2024, 3, 20))
    assert answer["date"] == "2024-03-12"


def test_a_current_month_range_takes_the_year_of_the_full_date_beside_it(gazetteer):
    text = (
        "افتتحت مساء الجمعة 14 مارس 2025 بمدينة وجدة فعاليات المعرض الجهوي للمنتوجات المحلية، "
        "المنظم بشراكة مع الغرفة الفلاحية لجهة الشرق خلال الفترة الممتدة بين 14 و 20 مارس الجاري."
    )
    answer = extract(text, gazetteer).as_contract("t.txt")
    assert (answer["date"], answer["date_end"]) == ("2025-03-14", "2025-03-20")


def test_an_event_organised_until_a_day_ends_that_day(gazetteer):
    text = (
        "انطلقت يوم السبت 6 دجنبر 2025 بالناظور الدورة الخامسة للمعرض الجهوي للصناعة التقليدية، "
        "الذي تنظمه غرفة الصناعة التقليدية لجهة الشرق إلى غاية 14 دجنبر الجاري."
    )
    answer = extract(text, gazetteer).as_contract("t.txt")
    assert (answer["date"], answer["date_end"]) == ("2025-12-06", "2025-12-14")
