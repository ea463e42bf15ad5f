"""The meeting's date among the dates an article names, and its last day."""

from __future__ import annotations

import datetime

from events.extraction.dates import DateMention
from events.extraction.result import Found


def choose_date(
    mentions: list[DateMention],
) -> tuple[Found[datetime.date | None], list[Found[datetime.date]], list[str]]:
    """The meeting's date (the best candidate that is not a deadline or an earlier event),
    the other dates, and warnings."""
    warnings: list[str] = []
    candidates = [m for m in mentions if not m.other and not m.dateline]
    if not candidates:
        # The dispatch's date, when the text says the meeting is held that day (اليوم).
        candidates = [m for m in mentions if m.dateline and m.today]
    if not candidates:
        # An earlier meeting told in the pluperfect, when the text gives no other date.
        candidates = [m for m in mentions if m.earlier]
    best = max(candidates, key=lambda m: m.score, default=None)
    if best is not None and best.value is None:
        # A full date beside a relative word the text cannot resolve (أمس … 22 يوليوز 2016):
        # the full date, unless it is plainly weaker.
        # An earlier event's date (الذي نظم في …) stands in for no day of this one.
        valued = [
            m
            for m in candidates
            if m.value is not None and m.score >= best.score - 1 and not m.past_event
        ]
        best = max(valued, key=lambda m: m.score, default=best)
    if best is not None and best.value is not None and best.closing:
        # أسدل الستار يوم 20 أكتوبر 2025 على المعرض الذي أقيم من 15 الى 20 أكتوبر: a closing
        # day that ends a range the text gives is the meeting's last; the range is the meeting
        # (not a day on the sidelines of a host event's range: على هامش مهرجان من 24 الى 26).
        ranged = [m for m in candidates if m.end == best.value and m.value and m.value < best.value]
        best = ranged[0] if ranged else best
    others = [
        Found(m.value, m.span, 0.6) for m in mentions if m is not best and m.value is not None
    ]
    seen: set[datetime.date] = set()
    unique_others = []
    for found in others:
        if found.value not in seen and (best is None or found.value != best.value):
            seen.add(found.value)
            unique_others.append(found)
    if best is None:
        dateline = next((m for m in mentions if m.dateline and m.value), None)
        if dateline:
            warnings.append(
                f"only the dispatch's dateline gives a date ({dateline.value.isoformat()})"
            )
        return Found(None, None, 0.0), unique_others, warnings
    if best.note:
        warnings.append(best.note)
    if best.value is None:
        return Found(None, best.span, 0.0), unique_others, warnings
    confidence = 0.95 if best.weekday is not None else 0.8 if best.score >= 2 else 0.6
    if best.note:
        confidence = 0.5
    return Found(best.value, best.span, confidence), unique_others, warnings


def choose_end(mentions: list[DateMention], date: Found[datetime.date | None]) -> Found:
    """The last day of the meeting: the end of the range it starts (من 22 إلى 31 يوليوز، ما
    بين 15 و21 غشت، من 28 ماي إلى 2 يونيو), or the day it is said to last until (يستمر إلى
    غاية 31 دجنبر). Null for a meeting of one day."""
    if date.value is None:
        return Found(None, None, 0.0)
    for m in mentions:
        # The range may be written apart from the day the text dates the meeting by.
        if m.value == date.value and m.end:
            return Found(m.end, m.span, date.confidence)
    for m in mentions:
        # opened on the 16th of a fair held from the 14th to the 18th: the range still ends it;
        # a ceremony late in a long fair is a day of its own
        if m.end and m.value and 0 < (date.value - m.value).days <= 3 and date.value < m.end:
            return Found(m.end, m.span, 0.6)
    for m in mentions:
        if m.until and m.value and date.value < m.value <= date.value + datetime.timedelta(120):
            return Found(m.value, m.span, 0.6)
    return Found(None, None, 0.0)
