"""Dates, places and kinds of the fifth round (issue 17): each article here is invented and
shows one failure kind found on the real sets, or a neighbouring phenomenon they do not have
yet (other spellings, other range forms, other outlets' datelines)."""

import datetime

from events.extraction.extract import extract


def _out(gazetteer, text, **kwargs):
    return extract(text, gazetteer, **kwargs).as_contract("t.txt")


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
