import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from events.dates import format_date, format_time


@pytest.mark.parametrize(
    "value,language,expected",
    [
        (datetime.date(2025, 9, 3), "ar", "3 شتنبر 2025"),
        (datetime.date(2024, 2, 2), "ar", "2 فبراير 2024"),
        (datetime.date(2024, 5, 31), "ar", "31 ماي 2024"),
        (datetime.date(2024, 7, 14), "ar", "14 يوليوز 2024"),
        (datetime.date(2024, 8, 1), "ar", "1 غشت 2024"),
        (datetime.date(2024, 11, 20), "ar", "20 نونبر 2024"),
        (datetime.date(2024, 12, 31), "ar", "31 دجنبر 2024"),
        (datetime.date(2025, 9, 3), "fr", "3 septembre 2025"),
        (datetime.date(2024, 8, 1), "fr", "1er août 2024"),
        (None, "ar", ""),
    ],
    ids=["sept", "feb", "may", "july", "august", "nov", "dec", "fr", "fr-first", "none"],
)
def test_format_date_uses_moroccan_months_and_western_digits(value, language, expected):
    assert format_date(value, language) == expected


@pytest.mark.parametrize(
    "value,expected",
    [(datetime.time(11, 0), "11:00"), (datetime.time(9, 5), "09:05"), (None, "")],
    ids=["eleven", "leading-zero", "none"],
)
def test_format_time(value, expected):
    assert format_time(value) == expected


@pytest.mark.parametrize(
    "language,expected",
    [("ar", "تاريخ غير محدد|3 شتنبر 2025"), ("fr", "Date non précisée|3 septembre 2025")],
    ids=["ar", "fr"],
)
def test_template_filter_follows_the_language(language, expected):
    template = Template("{% load multaqa %}{{ none|moroccan_date }}|{{ day|moroccan_date }}")
    with translation.override(language):
        rendered = template.render(Context({"none": None, "day": datetime.date(2025, 9, 3)}))
    assert rendered == expected
