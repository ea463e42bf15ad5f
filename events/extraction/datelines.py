"""The one dateline matcher: a place and a mark opening a line.

Dispatches open with "الرباط - 14 مارس 2024 (ومع) -", "وجدة – 12/03/2024", "أكادير: 5 يونيو
2024", and local papers with the town and the reporter: "وجدة : إدريس الخولاني". All of it
works on normalised text (events.arabic.normalise).
"""

from __future__ import annotations

import re

_L = r"[^\W\d_]"  # a letter

# Up to three words, then a dash, colon or comma.
_PLACE_MARK = re.compile(rf"[ \t]*(?:{_L}+[ \t]+){{0,2}}{_L}+[ \t]*(?P<mark>[-–—:,])[ \t]*")
_DATE = re.compile(
    r"(?:\d{1,2}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})"
    r"\s*(?:\(\s*و\s*م\s*ع\s*\))?\s*[-–—]?\s*$"
)
_REPORTER = re.compile(rf"{_L}+(?:[ \t]+{_L}+){{0,3}}[ \t]*$")


def place_mark(text: str, pos: int = 0) -> re.Match | None:
    """The place and its mark at `pos` (a line's start), or None."""
    return _PLACE_MARK.match(text, pos)


def date_after(text: str, pos: int = 0) -> int | None:
    """Where the date of a dateline at `pos` starts: just after the place and its mark."""
    match = _PLACE_MARK.match(text, pos)
    if match and match.end() < len(text) and text[match.end()].isdigit():
        return match.end()
    return None


# A dispatch's date opening its first line with no place before it, then a dash
# ("25 دجنبر 2018 – انطلقت، أمس الإثنين"): the date, then what the dash says it opens.
_BARE_DATE = re.compile(r"[ \t]*(?=\d)")
_DASH_AFTER = re.compile(r"[ \t]*[-–—]")


def bare_date_at(text: str, pos: int = 0) -> int | None:
    """Where a line at `pos` starts with a date and nothing before it (its end is checked by
    `dashed_after`)."""
    match = _BARE_DATE.match(text, pos)
    return match.end() if match else None


def dashed_after(text: str, end: int) -> bool:
    """Whether a dash follows a date ending at `end`: the date is the line's dateline."""
    return bool(_DASH_AFTER.match(text, end))


def is_dated_line(line: str) -> bool:
    """A line that is only a dateline: place, mark, date, maybe (ومع)."""
    at = date_after(line)
    return at is not None and bool(_DATE.match(line, at))


def is_reporter_line(line: str) -> bool:
    """A line that is a town and a reporter's name: "وجدة : إدريس الخولاني"."""
    match = _PLACE_MARK.match(line)
    return bool(match and match["mark"] == ":" and _REPORTER.match(line, match.end()))
