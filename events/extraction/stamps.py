"""A page's own date stamp ("30 ديسمبر 2016 آخر تحديث", "في 04/11/2019 على الساعة 08:00"):
the day the page was put out, which resolves the body's أمس and its dates without a year when
no publication date is given."""

from __future__ import annotations

import datetime
import re

from events.arabic import normalise
from events.extraction.date_context import MEETING
from events.extraction.date_patterns import MONTH_NAMES, NUMERIC, WRITTEN

# A stamp says little besides its date: آخر تحديث، نشر في، على الساعة، a byline.
_MAX_WORDS = 4
_WORD = re.compile(r"[^\W\d_]{2,}")


def page_date(lines: tuple[str, ...]) -> datetime.date | None:
    """The first line that is a date stamp and nothing much else gives the page's date."""
    for line in lines:
        norm = normalise(line)
        if MEETING.search(norm):
            continue  # المصادقة على محضر الدورة السابقة 29 أكتوبر 2021: an agenda line
        value, span = _full_date(norm)
        if value is None:
            continue
        rest = norm[: span[0]] + " " + norm[span[1] :]
        if len(_WORD.findall(rest)) <= _MAX_WORDS:
            return value
    return None


def _full_date(norm: str) -> tuple[datetime.date | None, tuple[int, int]]:
    for match in WRITTEN.finditer(norm):
        if match["year"] and match["day"] and not match["to"]:
            month = MONTH_NAMES[re.sub(r"\s+", " ", match["month"])]
            try:
                return datetime.date(int(match["year"]), month, int(match["day"])), match.span()
            except ValueError:
                continue
    for match in NUMERIC.finditer(norm):
        if match["iyear"]:
            parts = (match["iyear"], match["imonth"], match["iday"])
        else:
            parts = (match["year"], match["month"], match["day"])
        try:
            return datetime.date(*map(int, parts)), match.span()
        except ValueError:
            continue
    return None, (0, 0)
