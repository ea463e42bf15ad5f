"""Dates and times: the meeting's, and the others an article names (deadlines, earlier
meetings, laws), in the four families of month names and the three families of digits."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from events.arabic import normalise
from events.extraction.document import Document
from events.extraction.result import Found

_MONTHS = {
    1: "يناير جانفي janvier|كانون الثاني",
    2: "فبراير فيفري شباط fevrier",
    3: "مارس آذار mars",
    4: "أبريل إبريل أفريل نيسان avril",
    5: "ماي مايو أيار mai",
    6: "يونيو يونية جوان حزيران juin",
    7: "يوليوز يوليو يولية جويلية تموز juillet",
    8: "غشت أغسطس أوت آب aout",
    9: "شتنبر سبتمبر أيلول septembre",
    10: "أكتوبر اكتوبر octobre|تشرين الأول",
    11: "نونبر نوفمبر novembre|تشرين الثاني",
    12: "دجنبر ديسمبر decembre|كانون الأول",
}
MONTH_NAMES: dict[str, int] = {}
for _number, _names in _MONTHS.items():
    _single, _, _double = _names.partition("|")
    for _name in _single.split() + ([_double] if _double else []):
        MONTH_NAMES[normalise(_name)] = _number

WEEKDAYS = {
    normalise(name): number
    for number, name in enumerate(
        ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
    )
}
WEEKDAYS[normalise("الإثنين")] = 0
_WEEKDAY_NAMES = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

# Ordinal day words before من + month: الأول من آذار، الخامس عشر من يونيو، الحادي والعشرين.
_ORDINAL_UNITS = [
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
]
ORDINAL_DAYS: dict[str, int] = {w: n for n, w in enumerate(_ORDINAL_UNITS, start=1)}
ORDINAL_DAYS["العاشر"] = 10
ORDINAL_DAYS["الحادي عشر"] = 11
for _n, _w in enumerate(_ORDINAL_UNITS[1:], start=12):
    ORDINAL_DAYS[_w + " عشر"] = _n
ORDINAL_DAYS["العشرين"] = 20
ORDINAL_DAYS["الحادي والعشرين"] = 21
for _n, _w in enumerate(_ORDINAL_UNITS[1:], start=22):
    ORDINAL_DAYS[_w + " والعشرين"] = _n
ORDINAL_DAYS["الثلاثين"] = 30
ORDINAL_DAYS["الحادي والثلاثين"] = 31
_ORDINAL_ALT = "|".join(
    sorted((w.replace(" ", r"\s+") for w in ORDINAL_DAYS), key=len, reverse=True)
)

_MONTH_ALT = "|".join(
    sorted((re.escape(m).replace(r"\ ", r"\s+") for m in MONTH_NAMES), key=len, reverse=True)
)
_WEEKDAY_ALT = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_L = r"[^\W\d_]"  # a letter

_WRITTEN = re.compile(
    rf"(?:(?<![\d/.-])(?P<day>[0-3]?\d)|(?<!{_L})(?P<first>ال)?فاتح"
    rf"|(?<!{_L})(?P<ord>{_ORDINAL_ALT})(?=\s+من\s))"
    # A range of days: من 5 إلى 9 جوان، ما بين 5 و9 يونيو، 5-9 يونيو (the last day kept).
    rf"(?:\s*(?P<sep>و|-|–|الي|حتي|او)\s*(?P<to>[0-3]?\d))*"
    rf"\s*(?:من\s+)?(?:شهر\s+)?(?:ل|ب)?(?P<month>{_MONTH_ALT})(?!{_L})"
    # A month written twice, in two families: أيار/مايو، أيار (مايو)، مايو-أيار.
    rf"(?:\s*[/(-]\s*(?:{_MONTH_ALT})(?!{_L})\s*\)?)?"
    rf"(?:\s*,?\s*(?:من\s+)?(?:سنه\s+|عام\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
    rf"|(?P<current>\s+الجاري|\s+المنصرم|\s+الماضي))?"
)
_RANGE_END = re.compile(
    rf"\s*(?:الي|حتي|-|–|و)\s*(?:[0-3]?\d)\s*(?:من\s+)?(?:شهر\s+)?(?P<month>{_MONTH_ALT})(?!{_L})"
    rf"(?:\s*,?\s*(?:من\s+)?(?:سنه\s+|عام\s+)?(?P<year>(?:19|20)\d\d)(?!\d))?"
)
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?:(?P<day>[0-3]?\d)[/.-](?P<month>[01]?\d)[/.-](?P<year>(?:19|20)\d\d)"
    r"|(?P<iyear>(?:19|20)\d\d)-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d))(?![\d/.-])"
)
_RELATIVE = re.compile(
    rf"(?<!{_L})(?:(?P<word>اول\s+امس|امس|اليوم|غدا|يومه)\s*,?\s*(?P<wd>{_WEEKDAY_ALT})?"
    rf"|(?P<wd2>{_WEEKDAY_ALT})\s+(?P<dir>الماضي|المنصرم|الفارط|الاخير|المقبل|القادم))(?!{_L})"
)
# 14 من الشهر الجاري، 3 من هذا الشهر، 28 من الشهر الماضي.
_MONTH_RELATIVE = re.compile(
    r"(?<![\d/.-])(?P<day>[0-3]?\d)\s+(?:من\s+)?(?:الشهر\s+(?P<which>الجاري|الحالي|الماضي"
    r"|المنصرم|الفارط|المنقضي|المقبل|القادم)|هذا\s+الشهر)(?!\w)"
)
# يوم الخميس، not followed by a date (a bare weekday, resolved against the reference date).
_BARE_WEEKDAY = re.compile(
    rf"(?<!{_L})يوم\s+(?P<wd>{_WEEKDAY_ALT})(?!{_L})(?!\s*,?\s*(?:\d|فاتح|الفاتح|ال\S+\s+من\s))"
)
# An announcement: ستنظم، سيحتضن، سيتم، من المنتظر أن …
_FUTURE = re.compile(
    rf"(?<!{_L})(?:و|ف)?س(?:ي|ت|ن)(?:نظم|عقد|تم|حتضن|نعقد|قام|كون|ستضيف|شرف|فتتح|نطلق|تراس"
    rf"|لتئم|جري|شهد|عرف)|من\s+المنتظر|من\s+المرتقب|المرتقب|المزمع|يرتقب|ينتظر"
)
# A dispatch's dateline at the start of the body: "الرباط - 14 مارس 2024 (ومع) -",
# "وجدة – 12/03/2024 (ومع)", "أكادير: 5 يونيو 2024". It dates the dispatch, not the meeting.
_DATELINE = re.compile(rf"[ \t]*(?:{_L}+[ \t]+){{0,2}}{_L}+[ \t]*[-–—:,][ \t]*(?=\d)")
_DATELINE_LINES = 3
_TODAY = re.compile(rf"(?<!{_L})(?P<this>هذا\s+)?اليوم(?!{_L})")
_PART_OF_DAY = re.compile(r"(?<!\w)(?:صباح|مساء|ظهر|زوال|عشيه)\s+$")
_WEEKDAY_BEFORE = re.compile(rf"(?:يوم\s+)?(?P<wd>{_WEEKDAY_ALT})\s*,?\s*(?:يوم\s+)?$")

_DEADLINE = re.compile(
    r"(اخر|اقصي)\s+(اجل|موعد)|اجل\s+اقصاه|موعد\s+اقصاه|في\s+اجل|قبل|الي\s+غايه|حتي|حدود"
    r"|ابتداء\s+من|انطلاقا\s+من|اعتبارا\s+من|تنتهي|ينتهي|اجال|الاجل|بحلول"
    r"|(?<![^\W\d_])(?:في\s+)?(?:ال)?افق(?![^\W\d_])"
)
_DEADLINE_AFTER = re.compile(r"^\s*,?\s*(ك|ك\s*)?(اخر|اقصي)\s+(اجل|موعد)")
_EARLIER = re.compile(r"(الاول|السابق|السابقه|الماضيه|سبق|المنعقد|المنعقده|سابق)(\s+\S+){0,3}\s*$")
# An earlier meeting told in the pluperfect or as a previous one, anywhere before the date in
# its sentence (كانت الغرفة قد عقدت … يوم، سبق أن، في وقت سابق، خلال اجتماع سابق): not the
# meeting's date unless the text gives no other.
_PLUPERFECT = re.compile(
    rf"(?<!{_L})(?:و|ف)?(?:كان|كانت|كانوا|كنا)\s+(?:\S+\s+){{0,5}}?قد\s+{_L}+"
    rf"|(?<!{_L})(?:و|ف|كما\s+)?سبق\s+(?:ل{_L}+\s+)?(?:ان|و)(?!{_L})"
    rf"|(?<!{_L})(?:في|ب)\s*وقت\s+سابق"
)
_PREVIOUS = re.compile(
    rf"(?<!{_L})(?:ال)?(?:اجتماع|لقاء|دوره|ندوه|ورشه|جلسه|نسخه|مناسبه)"
    rf"\s+(?:ال)?(?:سابق|سابقه|ماضيه|فارطه|منصرمه)(?!{_L})"
)
# A new clause with its own verb: "سبق أن نظمت …، فيما نظمت يوم …".
_NEW_CLAUSE = re.compile(r",\s*(?:فيما|بينما|في\s+حين|كما|و(?=\S{3,}))")
_LAW = re.compile(
    r"ظهير|قانون|القانون|مرسوم|المرسوم|قرار|الصادر|المؤرخ|الجريده|دستور|نشر|تاسيس|تاسست|احدثت|منذ"
)
_MEETING = re.compile(
    r"نظم|انعقد|تنعقد|ينعقد|عقد|احتضن|تحتضن|استضاف|تستضيف|تراس|ترؤس|شهد|اشرف|اجتماع|لقاء|ندوه"
    r"|ورشه|يوما|الدوره|دوره|منتدي|ملتقي|معرض|جلسه|حفل|توقيع|زياره|افتتاح"
)


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


def _make(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _context(doc: Document, nstart: int, nend: int) -> tuple[str, str, str]:
    norm = doc.norm
    sentence_start = max(norm.rfind(".", 0, nstart), norm.rfind("\n", 0, nstart)) + 1
    before = norm[max(sentence_start, nstart - 90) : nstart]
    after = norm[nend : nend + 40]
    sentence_end = min(
        x for x in (norm.find(".", nend), norm.find("\n", nend), len(norm)) if x >= 0
    )
    sentence = norm[sentence_start:sentence_end]
    return before, after, sentence


def _classify(before: str, after: str, sentence: str) -> tuple[bool, float]:
    near = before[-45:]
    if _DEADLINE.search(near) or _DEADLINE_AFTER.search(after) or _LAW.search(before[-35:]):
        return True, 0.0
    if _EARLIER.search(before[-40:]):
        return True, 0.0
    score = 1.0
    if _MEETING.search(sentence):
        score += 1.0
    if re.search(r"(يوم|بتاريخ)\s*$", before):
        score += 0.5
    return False, score


def _is_earlier(before: str) -> bool:
    """An earlier meeting: a pluperfect (كانت … قد عقدت، سبق أن) before the date in its
    sentence, or a previous one (في وقت سابق، الاجتماع السابق) in its clause."""
    start = max((m.end() for m in _NEW_CLAUSE.finditer(before)), default=0)
    if _PLUPERFECT.search(before, start):
        return True
    clause = before[before.rfind(",") + 1 :]
    return bool(_PREVIOUS.search(clause))


def _dateline(doc: Document) -> tuple[int, datetime.date] | None:
    """The start (in the normalised text) and value of a dispatch's dateline in one of the
    body's first lines."""
    norm = doc.norm
    start = 0
    for _ in range(_DATELINE_LINES):
        match = _DATELINE.match(norm, start)
        if match:
            at = match.end()
            written = _WRITTEN.match(norm, at)
            if written and written["year"] and not written["to"]:
                month = MONTH_NAMES[re.sub(r"\s+", " ", written["month"])]
                day = int(written["day"]) if written["day"] else 1
                value = _make(int(written["year"]), month, day)
                if value:
                    return at, value
            numeric = _NUMERIC.match(norm, at)
            if numeric:
                if numeric["iyear"]:
                    value = _make(
                        int(numeric["iyear"]), int(numeric["imonth"]), int(numeric["iday"])
                    )
                else:
                    value = _make(int(numeric["year"]), int(numeric["month"]), int(numeric["day"]))
                if value:
                    return at, value
        start = norm.find("\n", start) + 1
        if start == 0:
            break
    return None


def _today_about_the_meeting(doc: Document, after: int) -> bool:
    """اليوم، هذا اليوم، صباح اليوم in a sentence about the meeting, after the dateline."""
    norm = doc.norm
    for match in _TODAY.finditer(norm, after):
        if match["this"] or _MEETING.search(_context(doc, *match.span())[2]):
            return True
    return False


def find_dates(doc: Document, reference_date: datetime.date | None) -> list[DateMention]:
    mentions: list[DateMention] = []
    norm = doc.norm
    taken: list[tuple[int, int]] = []
    dateline = _dateline(doc)
    if dateline and reference_date is None:
        # أمس، اليوم، الخميس الماضي resolve against the dispatch's date.
        reference_date = dateline[1]
    for match in _WRITTEN.finditer(norm):
        month = MONTH_NAMES[re.sub(r"\s+", " ", match["month"])]
        if match["ord"]:
            day = ORDINAL_DAYS[re.sub(r"\s+", " ", match["ord"])]
        else:
            day = int(match["day"]) if match["day"] else 1  # فاتح مارس: the first of March
        note = None
        # من 28 ماي إلى 2 يونيو 2024: the range's end gives its start a year.
        following = None if match["year"] else _RANGE_END.match(norm, match.end())
        if following and following["year"]:
            year = int(following["year"])
            if month > MONTH_NAMES[re.sub(r"\s+", " ", following["month"])]:
                year -= 1
        elif match["year"]:
            year = int(match["year"])
        elif reference_date and match["current"]:
            year = reference_date.year
            if "الجاري" not in match["current"] and month > reference_date.month:
                year -= 1
        elif reference_date:
            year = reference_date.year
            if _make(year, month, day) and _make(
                year, month, day
            ) > reference_date + datetime.timedelta(days=60):
                year -= 1
        else:
            year = None
            note = f"date without a year ({doc.body[slice(*doc.nspan_to_body(*match.span()))]})"
        value = _make(year, month, day) if year else None
        if year and value is None:
            continue
        mention = _mention(doc, match.start(), match.end(), value, note)
        mentions.append(mention)
        taken.append(match.span())
        if match["to"] and match["sep"] != "او" and value is not None:
            # The range's last day: a date of the meeting, but not the one it starts on.
            last = _make(value.year, month, int(match["to"]))
            if last and last > value:
                mentions.append(DateMention(last, mention.span, 0.0, True, None))
    for match in _NUMERIC.finditer(norm):
        if match["iyear"]:
            value = _make(int(match["iyear"]), int(match["imonth"]), int(match["iday"]))
        else:
            value = _make(int(match["year"]), int(match["month"]), int(match["day"]))
        if value:
            mentions.append(_mention(doc, match.start(), match.end(), value, None))
            taken.append(match.span())
    for match in _RELATIVE.finditer(norm):
        if any(a <= match.start() < b for a, b in taken):
            continue
        word, weekday_name = match["word"], match["wd"] or match["wd2"]
        # اليوم الدراسي is not a date; صباح اليوم، مساء اليوم are.
        if (
            word in ("اليوم", "غدا", "يومه")
            and not weekday_name
            and not (word == "اليوم" and _PART_OF_DAY.search(norm, 0, match.start()))
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
    for match in _MONTH_RELATIVE.finditer(doc.norm):
        if any(a <= match.start() < b for a, b in taken):
            continue
        year, month = reference.year, reference.month
        which = match["which"] or "الجاري"
        if which in ("الماضي", "المنصرم", "الفارط", "المنقضي"):
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        elif which in ("المقبل", "القادم"):
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        value = _make(year, month, int(match["day"]))
        if value is None:
            continue
        before, after, sentence = _context(doc, *match.span())
        other, score = _classify(before, after, sentence)
        span = doc.nspan_to_body(*match.span())
        found = _WEEKDAY_BEFORE.search(before[-25:])
        weekday = WEEKDAYS[found["wd"]] if found else None
        note = (
            _mismatch(weekday, value)
            if weekday is not None and value.weekday() != weekday
            else None
        )
        mentions.append(
            _relative(value, span, before, sentence, score, other, weekday, note, taken, match)
        )


def _bare_weekdays(doc: Document, reference: datetime.date, mentions, taken) -> None:
    """يوم الخميس without a date: the last such day up to the reference date, or the next one
    in an announcement (ستنظم … يوم الخميس). A weak candidate."""
    for match in _BARE_WEEKDAY.finditer(doc.norm):
        if any(a <= match.start() < b or a < match.end() <= b for a, b in taken):
            continue
        weekday = WEEKDAYS[match["wd"]]
        before, after, sentence = _context(doc, *match.span())
        if re.match(r"\s*(?:الماضي|المنصرم|الفارط|الاخير|المقبل|القادم)", after):
            continue
        other, score = _classify(before, after, sentence)
        if _FUTURE.search(before[-60:]):
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
    earlier = not other and _is_earlier(before)
    found = _WEEKDAY_BEFORE.search(before[-25:])
    weekday = WEEKDAYS[found["wd"]] if found else None
    if weekday is not None:
        score += 2
        if value and value.weekday() != weekday:
            note = _mismatch(weekday, value)
    span = doc.nspan_to_body(nstart, nend)
    return DateMention(value, span, score, other or earlier, weekday, note, earlier=earlier)


def _mismatch(weekday: int, value: datetime.date) -> str:
    return (
        f"weekday mismatch: the text says {_WEEKDAY_NAMES[weekday]} but {value.isoformat()} "
        f"is a {_WEEKDAY_NAMES[value.weekday()]}"
    )


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


# ---------------------------------------------------------------------------- time

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
