"""End to end: the meeting's date in dispatches with a dateline."""

import datetime

import pytest

from events.extraction.extract import extract

D = datetime.date
DISPATCHES = [
    (
        "dateline-in-the-paragraph",
        "الغرفة تنظم لقاء تواصليا حول برنامج فرصة بالرباط\n"
        "الرباط - 14 مارس 2024 (ومع) - نظمت غرفة التجارة والصناعة والخدمات لجهة الرباط سلا "
        "القنيطرة، أمس الأربعاء بالرباط، لقاء تواصليا لفائدة حاملي المشاريع حول برنامج فرصة.\n"
        "وكانت الغرفة قد عقدت لقاء مماثلا يوم 26 دجنبر 2023 بالقنيطرة.",
        D(2024, 3, 13),
        [D(2024, 3, 14), D(2023, 12, 26)],
    ),
    (
        "dateline-on-its-own-line",
        "الغرفة تنظم لقاء تواصليا حول برنامج فرصة بوجدة\n"
        "وجدة – 12/03/2024 (ومع)\n"
        "احتضن مقر غرفة التجارة والصناعة والخدمات لجهة الشرق بوجدة، اليوم الثلاثاء، لقاء "
        "تواصليا لفائدة حاملي المشاريع حول برنامج فرصة، بحضور زهاء 150 امرأة من الجهة.",
        D(2024, 3, 12),
        [],
    ),
]


@pytest.mark.parametrize(
    "text,expected,others", [c[1:] for c in DISPATCHES], ids=[c[0] for c in DISPATCHES]
)
def test_dispatch_date(gazetteer, text, expected, others):
    result = extract(text, gazetteer)
    assert (result.date.value, [f.value for f in result.other_dates]) == (expected, others)


def test_dateline_line_is_not_the_title(gazetteer):
    text = DISPATCHES[1][1]
    result = extract(text, gazetteer)
    assert (result.title.value, result.participants.value) == (
        "الغرفة تنظم لقاء تواصليا حول برنامج فرصة بوجدة",
        150,
    )
