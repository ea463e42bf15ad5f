"""A month misspelt where a date's month stands (30 أكتوير الجاري، 26 يوينو، 10 شتنبير 2014):
the text the date patterns read gets the month's own spelling, at the same length, so every
offset still points at the body."""

from __future__ import annotations

import re

from events.dates import MONTH_NUMBERS
from events.extraction.typos import slip_of

# A day, a word of four letters or more, then what follows a month: a year, الجاري and its
# kin, or the next day of a range. Only there is a near-month word read as the month.
_SLOT = re.compile(
    r"(?<![\d/.-])(?P<day>[0-3]?\d)(?P<gap>\s+)(?P<word>[^\W\d_]{4,9})"
    r"(?=\s*,?\s*(?:19|20)\d\d(?!\d)|\s+(?:الجاري|الحالي|المنصرم|الماضي|المقبل|القادم)(?![^\W\d_])"
    r"|\s+(?:الي|حتي)\s)"
)
_MONTHS = frozenset(name for name in MONTH_NUMBERS if " " not in name)


def correct_months(norm: str) -> str:
    """`norm` with each misspelt month in a date's slot written as the month, same length."""
    out = None
    for match in _SLOT.finditer(norm):
        word = match["word"]
        if word in MONTH_NUMBERS:
            continue
        month = slip_of(word, _MONTHS)
        if month is None:
            continue
        start, end = match.start("word"), match.end("word")
        if len(month) == len(word):
            new, at = month, start
        elif len(month) < len(word):
            new, at = month + " ", start  # شتنبير → "شتنبر "
        else:
            # أكتبر → أكتوبر, moved into the space before it (the day may touch its month)
            new, at = month, start - 1
        if out is None:
            out = list(norm)
        out[at:end] = new
    return norm if out is None else "".join(out)
