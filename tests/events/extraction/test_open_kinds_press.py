"""Failure kinds left open after the second blind set and the scan (docs/extraction.md): each
article here is invented and shows one of them."""

from events.extraction.extract import extract


def _answer(gazetteer, text):
    return extract(text, gazetteer).as_contract("t.txt")


def test_a_national_week_as_the_occasion_is_a_programme_and_next_week_is_not(gazetteer):
    answer = _answer(
        gazetteer,
        "نظمت غرفة الصناعة التقليدية لجهة الشرق يوم 6 مارس 2026 بوجدة معرضا بمناسبة الأسبوع "
        "الوطني للصناعة التقليدية، على أن يعقد لقاء آخر الأسبوع المقبل.",
    )
    assert answer["programmes"] == ["الأسبوع الوطني للصناعة التقليدية"]


def test_a_shipyard_is_no_programme(gazetteer):
    answer = _answer(
        gazetteer,
        "زار وفد من غرفة الصيد البحري المتوسطية يوم 6 مارس 2026 الورش البحري بميناء الحسيمة.",
    )
    assert not any("الورش" in p for p in answer["programmes"])
