"""The hour of a meeting: 10:30، 15h، على الساعة العاشرة صباحا، الثالثة بعد الزوال."""

from __future__ import annotations

import datetime
import re

from events.arabic import normalise
from events.extraction.date_context import MEETING as _MEETING
from events.extraction.date_context import context as _context
from events.extraction.document import Document
from events.extraction.result import Found

_L = r"[^\W\d_]"  # a letter

_HOUR_WORDS = {
    normalise(w): n
    for n, w in enumerate(
        [
            "الواحدة",
            "الثانية",
            "الثالثة",
            "الرابعة",
            "الخامسة",
            "السادسة",
            "السابعة",
            "الثامنة",
            "التاسعة",
            "العاشرة",
            "الحادية عشرة",
            "الثانية عشرة",
        ],
        start=1,
    )
}
_HOUR_WORDS["الحاديه عشر"] = 11
_HOUR_WORDS["الثانيه عشر"] = 12
_HOUR_ALT = "|".join(sorted((w.replace(" ", r"\s+") for w in _HOUR_WORDS), key=len, reverse=True))
_PERIOD = (
    r"(?P<period>صباحا|صباح|مساء|مساءا|ليلا|زوالا|ظهرا|عصرا|عشيه|بعد\s+الظهر|بعد\s+الظهيره"
    r"|بعد\s+الزوال|زوال)"
)
_TIME_DIGITS = re.compile(
    rf"(?:(?P<cue>الساعه|ساعه)\s*)?(?<![\d/.-])(?P<h>[0-2]?\d)\s*(?:(?::|h|س)\s*(?P<m>[0-5]\d)|(?P<hh>h))?(?![\d/])"
    # على الساعة 10 و30 دقيقة
    rf"(?:\s*و\s*(?P<m2>[0-5]?\d)\s*(?:دقيقه|دقائق|د)(?!{_L}))?"
    rf"(?:\s*(?:من\s+)?{_PERIOD})?"
)
_TIME_WORDS = re.compile(
    rf"(?P<cue>الساعه\s+)?(?<!{_L})(?P<hw>{_HOUR_ALT})(?!{_L})"
    rf"(?:\s+(?P<frac>والنصف|والربع|الا\s+ربعا|الا\s+ربع|و\s*(?P<wm>[0-5]?\d)\s*(?:دقيقه|دقائق)))?"
    rf"(?:\s*(?:من\s+)?{_PERIOD})?"
)
# Noon: في حدود منتصف النهار، عند منتصف النهار، على الساعة الثانية عشرة زوالا.
_NOON = re.compile(r"(?<!\w)منتصف\s+النهار(?!\w)")


def _to_time(hour: int, minute: int, period: str | None) -> datetime.time | None:
    if period:
        period = re.sub(r"\s+", " ", period)
        if (
            period
            in ("مساء", "مساءا", "ليلا", "بعد الظهر", "بعد الظهيره", "بعد الزوال", "عصرا", "عشيه")
            and hour < 12
            or period in ("زوالا", "زوال", "ظهرا")
            and 1 <= hour <= 6
        ):
            hour += 12
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return datetime.time(hour, minute)


def find_time(doc: Document, *, meeting_only: bool = False) -> Found[datetime.time | None]:
    """The first hour the text states (على الساعة العاشرة صباحا، 15h30، الثالثة بعد الزوال).

    With `meeting_only` (an article without a date), only an hour stated in a sentence about
    the meeting (نظم، انعقد، لقاء، ورشة …) counts."""
    norm = doc.norm
    found: list[tuple[int, int, datetime.time]] = []
    for match in _TIME_DIGITS.finditer(norm):
        # A bare number is a time only after الساعة, or written 15h / 15h30 / 10:30 صباحا.
        if not (match["cue"] or match["hh"] or (match["m"] and match["period"])):
            continue
        value = _to_time(int(match["h"]), int(match["m"] or match["m2"] or 0), match["period"])
        if value:
            found.append((match.start(), match.end(), value))
    for match in _TIME_WORDS.finditer(norm):
        if not (match["cue"] or match["period"]):
            continue
        hour = _HOUR_WORDS[re.sub(r"\s+", " ", match["hw"])]
        minute = 0
        frac = match["frac"] or ""
        if frac == "والنصف":
            minute = 30
        elif frac == "والربع":
            minute = 15
        elif frac.startswith("الا"):
            hour, minute = hour - 1, 45
        elif match["wm"]:
            minute = int(match["wm"])
        value = _to_time(hour, minute, match["period"])
        if value:
            found.append((match.start(), match.end(), value))
    for match in _NOON.finditer(norm):
        found.append((match.start(), match.end(), datetime.time(12, 0)))
    if meeting_only:
        found = [f for f in found if _MEETING.search(_context(doc, f[0], f[1])[2])]
    if not found:
        return Found(None, None, 0.0)
    start, end, value = min(found)
    return Found(value, doc.nspan_to_body(start, end), 0.8)
