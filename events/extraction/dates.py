"""Dates and times: the meeting's, and the others an article names (deadlines, earlier
meetings, laws), in the four families of month names and the three families of digits."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from events.dates import MONTH_NUMBERS as MONTH_NAMES
from events.dates import WEEKDAY_NUMBERS as WEEKDAYS
from events.dates import WEEKDAYS_AR as _WEEKDAY_NAMES
from events.extraction.date_context import CLOSING, DURING, later_event
from events.extraction.date_context import MEETING as _MEETING
from events.extraction.date_context import classify as _classify
from events.extraction.date_context import context as _context
from events.extraction.date_context import is_earlier as _is_earlier
from events.extraction.date_patterns import (
    BARE_WEEKDAY,
    DATELINE_LINES,
    FUTURE,
    LASTS_UNTIL,
    MONTH_RELATIVE,
    NAMED_PLACE,
    NUMERIC,
    ORDINAL_DAYS,
    PART_OF_DAY,
    RANGE_END,
    RELATIVE,
    STATED_YEAR,
    TODAY,
    WEEKDAY_BEFORE,
    WRITTEN,
)
from events.extraction.date_typos import correct_months
from events.extraction.date_years import EARLIER_EVENT, full_years, make_date, year_from_text
from events.extraction.datelines import bare_date_at, dashed_after, date_after
from events.extraction.document import Document


@dataclass(frozen=True)
class DateMention:
    value: datetime.date | None
    span: tuple[int, int]  # in the body
    score: float
    other: bool  # a deadline, an earlier meeting, a law: not the meeting's date
    weekday: int | None
    note: str | None = None  # a warning about this date
    earlier: bool = False  # an earlier meeting (pluperfect): the meeting's only as a last resort
    dateline: bool = False  # the dispatch's dateline: the publication date
    today: bool = False  # (dateline) the text says the meeting is held اليوم
    end: datetime.date | None = None  # the last day of a range that starts here
    until: bool = False  # the day an event lasts until (يستمر إلى غاية …)
    # an earlier event's date in a relative clause (اللقاء … الذي نظم في 27 أكتوبر 2022): no
    # stand-in for a meeting day the text leaves without a year
    past_event: bool = False
    closing: bool = False  # told as the day something closes (أسدل الستار يوم …، اختتمت)


def _dateline(doc: Document) -> tuple[int, datetime.date] | None:
    """The start (in the normalised text) and value of a dispatch's dateline in one of the
    body's first lines."""
    norm = doc.norm
    start = 0
    for _ in range(DATELINE_LINES):
        at = date_after(norm, start)
        bare = at is None
        if bare:
            at = bare_date_at(norm, start)
        if at is not None:
            written = WRITTEN.match(norm, at)
            if bare and written and not dashed_after(norm, written.end()):
                written = None
            if written and written["year"] and not written["to"]:
                month = MONTH_NAMES[re.sub(r"\s+", " ", written["month"])]
                day = int(written["day"]) if written["day"] else 1
                value = make_date(int(written["year"]), month, day)
                if value:
                    return at, value
            numeric = NUMERIC.match(norm, at)
            if numeric and (not bare or dashed_after(norm, numeric.end())):
                if numeric["iyear"]:
                    value = make_date(
                        int(numeric["iyear"]), int(numeric["imonth"]), int(numeric["iday"])
                    )
                else:
                    value = make_date(
                        int(numeric["year"]), int(numeric["month"]), int(numeric["day"])
                    )
                if value:
                    return at, value
        start = norm.find("\n", start) + 1
        if start == 0:
            break
    return None


def _today_about_the_meeting(doc: Document, after: int) -> bool:
    """اليوم، هذا اليوم، صباح اليوم in a sentence about the meeting, after the dateline."""
    norm = doc.norm
    for match in TODAY.finditer(norm, after):
        if match["this"] or _MEETING.search(_context(doc, *match.span())[2]):
            return True
    return False


def find_dates(doc: Document, reference_date: datetime.date | None) -> list[DateMention]:
    mentions: list[DateMention] = []
    norm = correct_months(doc.norm)
    taken: list[tuple[int, int]] = []
    dateline = _dateline(doc)
    if dateline and reference_date is None:
        # أمس، اليوم، الخميس الماضي resolve against the dispatch's date.
        reference_date = dateline[1]
    stated = [int(m["year"]) for m in STATED_YEAR.finditer(norm)]
    full: set[int] = set()  # where the dates with a value start
    month_years: dict[int, int] | None = None  # read only for a date the text leaves yearless
    for match in WRITTEN.finditer(norm):
        month = MONTH_NAMES[re.sub(r"\s+", " ", match["month"])]
        if match["ord"]:
            day = ORDINAL_DAYS[re.sub(r"\s+", " ", match["ord"])]
        else:
            day = int(match["day"]) if match["day"] else 1  # فاتح مارس: the first of March
        # ما بين 26 و3 غشت: a range whose first day is past its last starts the month before.
        to_month = month
        if match["to"] and match["sep"] != "او" and match["day"] and int(match["to"]) < day:
            month = month - 1 or 12
        note = None
        # من 28 ماي إلى 2 يونيو 2024: the range's end gives its start a year, and its end.
        following = RANGE_END.match(norm, match.end()) if not match["to"] else None
        end_month = MONTH_NAMES[re.sub(r"\s+", " ", following["month"])] if following else None
        if following and following["year"] and not match["year"]:
            year = int(following["year"])
            if month > end_month:
                year -= 1
        elif match["year"]:
            year = int(match["year"])
        elif reference_date and match["current"]:
            year = reference_date.year
            if "الجاري" not in match["current"] and month > reference_date.month:
                year -= 1
        elif reference_date:
            year = reference_date.year
            if make_date(year, month, day) and make_date(
                year, month, day
            ) > reference_date + datetime.timedelta(days=60):
                year -= 1
        else:
            year = year_from_text(norm, match, month, day, stated)
            if year is None and not WEEKDAY_BEFORE.search(
                norm, max(0, match.start() - 25), match.start()
            ):
                if month_years is None:
                    month_years = full_years(norm)
                year = month_years.get(month)
            if year is None:
                where = doc.body[slice(*doc.nspan_to_body(*match.span()))]
                note = f"date without a year ({where})"
        if year and to_month < month:
            year -= 1  # ما بين 28 و2 يناير 2020 starts in December 2019
        before = norm[max(0, match.start() - 12) : match.start()]
        if not match["year"] and NAMED_PLACE.search(before):
            continue
        value = make_date(year, month, day) if year else None
        if year and value is None:
            continue
        mention = _mention(doc, match.start(), match.end(), value, note)
        lasts = LASTS_UNTIL.search(norm, max(0, match.start() - 90), match.start())
        if value is not None and lasts:
            mention = replace(mention, until=True)
        if (
            match["year"]
            and EARLIER_EVENT.search(norm, max(0, match.start() - 50), match.start())
            and not DURING.search(norm, max(0, match.start() - 60), match.start())
        ):
            mention = replace(mention, past_event=True)
            if _MINUTES.search(norm, max(0, match.start() - 90), match.start()):
                # المصادقة على محضر الدورة العادية الأولى المنعقدة بتاريخ …: the minutes'
                # meeting, never the one that approves them
                mention = replace(mention, other=True, earlier=False)
        end = None
        if value is not None and match["to"] and match["sep"] != "او":
            end = make_date(value.year + (to_month < month), to_month, int(match["to"]))
        elif value is not None and following:
            end_year = int(following["year"]) if following["year"] else value.year
            end_day = int(re.search(r"[0-3]?\d", following.group())[0])
            end = make_date(end_year, end_month, end_day)
        if end and end > value and (end - value).days <= 120:
            mention = replace(mention, end=end)
        mentions.append(mention)
        taken.append(match.span())
        if value is not None:
            full.add(match.start())
        if mention.end:
            # The range's last day: a date of the meeting, but not the one it starts on.
            mentions.append(DateMention(mention.end, mention.span, 0.0, True, None))
    for match in NUMERIC.finditer(norm):
        if match["iyear"]:
            value = make_date(int(match["iyear"]), int(match["imonth"]), int(match["iday"]))
        else:
            value = make_date(int(match["year"]), int(match["month"]), int(match["day"]))
        if value:
            mentions.append(_mention(doc, match.start(), match.end(), value, None))
            taken.append(match.span())
            full.add(match.start())
    for match in RELATIVE.finditer(norm):
        if any(a <= match.start() < b for a, b in taken):
            continue
        if match.end() + len(_GLUE.match(norm, match.end())[0]) in full:
            continue  # أمس الخميس 7 مارس 2024: one date, the full one (beside a page's stamp)
        word, weekday_name = match["word"], match["wd"] or match["wd2"]
        # اليوم الدراسي is not a date; صباح اليوم، مساء اليوم are.
        if (
            word in ("اليوم", "غدا", "يومه")
            and not weekday_name
            and not (word == "اليوم" and PART_OF_DAY.search(norm, 0, match.start()))
        ):
            continue
        weekday = WEEKDAYS[weekday_name] if weekday_name else None
        span = doc.nspan_to_body(*match.span())
        before, after, sentence = _context(doc, *match.span())
        other, score = _classify(before, after, sentence)
        if reference_date is None:
            mentions.append(
                DateMention(
                    None,
                    span,
                    score,
                    other,
                    weekday,
                    f"relative date ({doc.body[slice(*span)]}) without a reference date",
                )
            )
            continue
        if word:
            shift = {"اول امس": -2, "امس": -1, "اليوم": 0, "يومه": 0, "غدا": 1}[
                re.sub(r"\s+", " ", word)
            ]
            value = reference_date + datetime.timedelta(days=shift)
        else:
            delta = (reference_date.weekday() - weekday) % 7
            if match["dir"] in ("المقبل", "القادم"):
                value = reference_date + datetime.timedelta(
                    days=(weekday - reference_date.weekday()) % 7 or 7
                )
            else:
                value = reference_date - datetime.timedelta(days=delta or 7)
        note = None
        if weekday is not None and value.weekday() != weekday:
            note = _mismatch(weekday, value)
        mentions.append(
            _relative(value, span, before, sentence, score, other, weekday, note, taken, match)
        )
    if reference_date is not None:
        _month_relative(doc, reference_date, mentions, taken)
        _bare_weekdays(doc, reference_date, mentions, taken)
    else:
        _lasts_until_this_month(doc, mentions)
    if dateline:
        at = doc.offsets[dateline[0]]
        today = _today_about_the_meeting(doc, dateline[0])
        mentions = [
            replace(m, dateline=True, today=today, other=False, earlier=False)
            if m.span[0] == at and m.value == dateline[1]
            else m
            for m in mentions
        ]
    mentions.sort(key=lambda m: m.span)
    return mentions


_GLUE = re.compile(r"[\s,]*(?:يوم\s+)?")
_MINUTES = re.compile(r"(?<![^\W\d_])محضر(?![^\W\d_])")


def _relative(value, span, before, sentence, score, other, weekday, note, taken, match):
    """A relative date (أمس الأربعاء، اليوم الخميس، السبت الماضي): in a sentence about the
    meeting it is the news's own date and beats an absolute one."""
    taken.append(match.span())
    earlier = not other and _is_earlier(before)
    if weekday is not None:
        score += 2
    if _MEETING.search(sentence) and not earlier:
        score += 1.0
    else:
        score -= 0.25
    return DateMention(value, span, score, other or earlier, weekday, note, earlier=earlier)


def _month_relative(doc: Document, reference: datetime.date, mentions, taken) -> None:
    """14 من الشهر الجاري، 28 من الشهر الماضي."""
    if "الشهر" not in doc.norm:
        return  # (a cheap test before the long pattern)
    for match in MONTH_RELATIVE.finditer(doc.norm):
        if any(a <= match.start() < b for a, b in taken):
            continue
        year, month = reference.year, reference.month
        which = match["which"] or "الجاري"
        if which in ("الماضي", "المنصرم", "الفارط", "المنقضي"):
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        elif which in ("المقبل", "القادم"):
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        value = make_date(year, month, _day_of(match))
        if value is None:
            continue
        before, after, sentence = _context(doc, *match.span())
        other, score = _classify(before, after, sentence)
        span = doc.nspan_to_body(*match.span())
        found = WEEKDAY_BEFORE.search(before[-25:])
        weekday = WEEKDAYS[found["wd"]] if found else None
        note = (
            _mismatch(weekday, value)
            if weekday is not None and value.weekday() != weekday
            else None
        )
        mentions.append(
            _relative(value, span, before, sentence, score, other, weekday, note, taken, match)
        )


def _day_of(match: re.Match) -> int:
    """The day of a MONTH_RELATIVE match, in digits or an ordinal in words."""
    if match["day"]:
        return int(match["day"])
    return ORDINAL_DAYS[re.sub(r"\s+", " ", match["ord"])]


def _lasts_until_this_month(doc: Document, mentions: list[DateMention]) -> None:
    """16 يوليوز 2025 … ويستمر إلى غاية 21 من الشهر الجاري, with no publication date: the
    month is the one of the full date before it, and the day is where the event ends."""
    if "الشهر" not in doc.norm:
        return  # (a cheap test before the long pattern)
    for match in MONTH_RELATIVE.finditer(doc.norm):
        if match["which"] not in (None, "الجاري", "الحالي"):
            continue
        if not LASTS_UNTIL.search(doc.norm, max(0, match.start() - 90), match.start()):
            continue
        at = doc.nspan_to_body(*match.span())
        before = [m for m in mentions if m.value and m.span[0] < at[0] and not m.other]
        if not before:
            continue
        start = max(before, key=lambda m: m.span).value
        value = make_date(start.year, start.month, _day_of(match))
        if value and value > start:
            mentions.append(DateMention(value, at, 0.0, True, None, until=True))


def _bare_weekdays(doc: Document, reference: datetime.date, mentions, taken) -> None:
    """يوم الخميس without a date: the last such day up to the reference date, or the next one
    in an announcement (ستنظم … يوم الخميس). A weak candidate."""
    for match in BARE_WEEKDAY.finditer(doc.norm):
        if any(a <= match.start() < b or a < match.end() <= b for a, b in taken):
            continue
        weekday = WEEKDAYS[match["wd"]]
        before, after, sentence = _context(doc, *match.span())
        if re.match(r"\s*(?:الماضي|المنصرم|الفارط|الاخير|المقبل|القادم)", after):
            continue
        other, score = _classify(before, after, sentence)
        if FUTURE.search(before[-60:]):
            value = reference + datetime.timedelta(days=(weekday - reference.weekday()) % 7)
        else:
            value = reference - datetime.timedelta(days=(reference.weekday() - weekday) % 7)
        span = doc.nspan_to_body(*match.span())
        earlier = not other and _is_earlier(before)
        taken.append(match.span())
        mentions.append(
            DateMention(value, span, score - 1.0, other or earlier, weekday, None, earlier=earlier)
        )


def _mention(doc: Document, nstart: int, nend: int, value, note) -> DateMention:
    before, after, sentence = _context(doc, nstart, nend)
    other, score = _classify(before, after, sentence)
    other = other or later_event(doc, nstart)
    earlier = not other and _is_earlier(before)
    found = WEEKDAY_BEFORE.search(before[-25:])
    weekday = WEEKDAYS[found["wd"]] if found else None
    if weekday is not None:
        score += 2
        if value and value.weekday() != weekday:
            note = _mismatch(weekday, value)
    span = doc.nspan_to_body(nstart, nend)
    closing = bool(CLOSING.search(before[-60:]))
    return DateMention(
        value, span, score, other or earlier, weekday, note, earlier=earlier, closing=closing
    )


def _mismatch(weekday: int, value: datetime.date) -> str:
    return (
        f"weekday mismatch: the text says {_WEEKDAY_NAMES[weekday]} but {value.isoformat()} "
        f"is a {_WEEKDAY_NAMES[value.weekday()]}"
    )
