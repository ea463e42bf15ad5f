"""Older press names the regions of the pre-2015 map (جهة تادلة أزيلال, مكناس تافيلالت): each
invented article here names one, and the meeting lands in the region holding most of it."""

import pytest

from events.extraction.extract import extract


def _answer(gazetteer, text):
    return extract(text, gazetteer).as_contract("t.txt")


@pytest.mark.parametrize(
    ("old_name", "region"),
    [
        ("تادلة أزيلال", "beni-mellal-khenifra"),
        ("الغرب الشراردة بني احسن", "rabat-sale-kenitra"),
        ("فاس بولمان", "fes-meknes"),
        ("الدار البيضاء الكبرى", "casablanca-settat"),
        ("مراكش تانسيفت الحوز", "marrakech-safi"),
        ("وادي الذهب الكويرة", "dakhla-oued-ed-dahab"),
        ("كلميم السمارة", "guelmim-oued-noun"),
        ("مكناس تافيلالت", "draa-tafilalet"),
        ("الشاوية ورديغة", "casablanca-settat"),
    ],
)
def test_a_pre_2015_region_name_gives_todays_region(gazetteer, old_name, region):
    answer = _answer(
        gazetteer,
        f"عقدت غرفة الصناعة التقليدية لجهة {old_name} يوم الخميس 5 مارس 2014 دورتها العادية "
        "بحضور أعضائها.",
    )
    assert answer["region"] == region


def test_a_region_name_glued_in_the_old_naming_is_still_the_region(gazetteer):
    answer = _answer(
        gazetteer,
        "نظمت الغرفة الفلاحية لجهة كلميمالسمارة يوم 3 أبريل 2013 يوما تحسيسيا لفائدة الفلاحين.",
    )
    assert answer["region"] == "guelmim-oued-noun"


def test_the_town_of_the_meeting_decides_within_a_split_former_region(gazetteer):
    answer = _answer(
        gazetteer,
        "احتضنت مدينة الجديدة يوم 12 ماي 2013 لقاء تواصليا نظمته الغرفة الفلاحية لجهة دكالة "
        "عبدة لفائدة الفلاحين.",
    )
    assert answer["region"] == "casablanca-settat"
    assert answer["city"] == "الجديدة"


def test_the_capital_of_a_named_region_is_the_venue(gazetteer):
    answer = _answer(
        gazetteer,
        "نظمت غرفة التجارة والصناعة والخدمات لجهة تادلة أزيلال يوم 4 مارس 2014 بعاصمة جهة "
        "تادلة أزيلال لقاء تواصليا لفائدة التجار.",
    )
    assert answer["region"] == "beni-mellal-khenifra"
    assert answer["city"] == "بني ملال"


def test_the_capital_of_a_former_region_is_its_own_not_todays(gazetteer):
    answer = _answer(
        gazetteer,
        "نظمت غرفة الصناعة التقليدية لجهة مكناس تافيلالت يوم 4 مارس 2013 بعاصمة جهة مكناس "
        "تافيلالت معرضا جهويا للصناعة التقليدية.",
    )
    assert answer["city"] == "مكناس"
    assert answer["region"] == "fes-meknes"


def test_the_capital_of_the_region_is_that_of_the_chambers_region(gazetteer):
    answer = _answer(
        gazetteer,
        "عقدت الغرفة الفلاحية لجهة الشرق يوم الأربعاء 4 مارس 2026 بعاصمة الجهة دورتها العادية.",
    )
    assert answer["city"] == "وجدة"
