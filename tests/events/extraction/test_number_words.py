import pytest

from events.arabic import words
from events.extraction.number_words import parse_number_words

CASES = [
    ("unit", "خمسة", 5),
    ("unit-feminine", "ثلاث", 3),
    ("teen", "ثلاثة عشر", 13),
    ("eleven", "إحدى عشرة", 11),
    ("twelve", "اثنا عشر", 12),
    ("tens-nominative", "ثلاثون", 30),
    ("tens-oblique", "أربعين", 40),
    ("unit-and-tens", "خمسة وعشرون", 25),
    ("hundred-maa", "مائة", 100),
    ("hundred-mia", "مئة", 100),
    ("hundred-and-fifty", "مائة وخمسين", 150),
    ("two-hundred-construct", "مائتي", 200),
    ("two-hundred-nominative", "مائتان", 200),
    ("hundreds-one-word", "ثلاثمائة", 300),
    ("hundreds-two-words", "ثلاث مائة", 300),
    ("hundreds-mia-one-word", "خمسمئة وستون", 560),
    ("thousand", "ألف", 1000),
    ("two-thousand", "ألفين", 2000),
    ("three-thousand", "ثلاثة آلاف", 3000),
    ("thousand-and-two-hundred", "ألف ومائتين", 1200),
    ("hundred-thousand", "مائة ألف", 100000),
    ("full", "ألفان وثلاثمائة وخمسة وأربعون", 2345),
    ("tens-of-is-vague", "عشرات", None),
    ("thousands-of-is-vague", "آلاف", None),
    ("hundreds-of-is-vague", "مئات", None),
    ("definite-is-ordinal", "الخمسين", None),
    ("not-a-number", "مشاركا", None),
    ("two-numbers-stop-at-the-first", "خمسة وستة", 5),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_parse_number_words(text, expected):
    parsed = parse_number_words(words(text))
    assert (parsed[0] if parsed else None) == expected


def test_reports_the_last_word():
    assert parse_number_words(words("أزيد من مائة وخمسين مشاركا"), 2) == (150, 3)


def test_million_is_left_to_units():
    assert parse_number_words(words("خمسة ملايين درهم")) is None
