"""The year of a date the text writes without one: from the month's other full dates, the
year the article is about (برسم سنة 2025) or any year it names, checked against the weekday."""

from __future__ import annotations

import datetime
import re

from events.dates import MONTH_NUMBERS as MONTH_NAMES
from events.dates import WEEKDAY_NUMBERS as WEEKDAYS
from events.extraction.date_patterns import (
    BARE_YEAR,
    MONTH_YEAR,
    STATED_YEAR,
    WEEKDAY_BEFORE,
    WRITTEN,
)


def make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


# A full date of an earlier event (اللقاء … الذي نظم في 27 أكتوبر 2022) lends its year to no
# day of the current month.
EARLIER_EVENT = re.compile(
    r"(?:الذي|التي)\s+(?:نظم|نظمت|عقد|عقدت|انعقد|انعقدت|احتضنه|احتضنته)(?:\s+\S+){0,3}\s*$"
    r"|المنعقد[ه]?\s+(?:في|يوم|بتاريخ)\s*$"
)


def full_years(norm: str) -> dict[int, int]:
    """18 يوليوز 2019 … بين 18 و22 يوليوز الجاري: a month's full date gives its other days a
    year (month → the year of its first full date)."""
    years: dict[int, int] = {}
    for m in WRITTEN.finditer(norm):
        if m["year"] and not EARLIER_EVENT.search(norm, max(0, m.start() - 50), m.start()):
            years.setdefault(MONTH_NAMES[re.sub(r"\s+", " ", m["month"])], int(m["year"]))
    for m in MONTH_YEAR.finditer(norm):  # الدورة العادية لشهر أكتوبر 2020
        if EARLIER_EVENT.search(norm, max(0, m.start() - 50), m.start()):
            continue  # the month and year of an earlier event's full date
        years.setdefault(MONTH_NAMES[re.sub(r"\s+", " ", m["month"])], int(m["year"]))
    return years


def year_from_text(norm: str, match: re.Match, month: int, day: int, stated: list[int]):
    """The year of "26 شتنبر الحالي" when no publication date is known: the one the article is
    about (برسم سنة 2025), checked against the weekday written beside it when there is one.
    Without الجاري / الحالي, only a weekday that agrees lets a stated year in."""
    found = WEEKDAY_BEFORE.search(norm, max(0, match.start() - 25), match.start())
    if found:
        weekday = WEEKDAYS[found["wd"]]
        # any year the text writes (موسم طانطان 2025) when the weekday agrees with it
        written = [int(y) for y in BARE_YEAR.findall(norm)]
        for year in dict.fromkeys([*stated, *full_years(norm).values(), *written]):
            value = make_date(year, month, day)
            if value and value.weekday() == weekday:
                return year
        # برسم سنة 2019، يوم الثلاثاء 30 أكتوبر الجاري: the year stated in the date's own
        # sentence, when the weekday is a day off (a slip; the mismatch becomes a warning).
        sentence = norm[
            max(norm.rfind(".", 0, match.start()), norm.rfind("\n", 0, match.start()))
            + 1 : match.start()
        ]
        own = [int(m["year"]) for m in STATED_YEAR.finditer(sentence)]
        value = make_date(own[0], month, day) if own and match["current"] else None
        if value and (value.weekday() - weekday) % 7 in (1, 6):
            return own[0]
        return None
    return stated[0] if match["current"] and stated else None
