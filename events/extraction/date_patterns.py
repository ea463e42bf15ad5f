"""The shapes of dates in the press: written dates and ranges, numeric dates, relative words,
and the phrases around a date that say what it is (a year stated, a place named after a day, an
event lasting until it). dates.py reads them."""

from __future__ import annotations

import re

from events.dates import MONTH_NUMBERS as MONTH_NAMES
from events.dates import WEEKDAY_NUMBERS as WEEKDAYS

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
# The nominative as the press also writes it: السادس والعشرون من شتنبر، العشرون من مارس.
for _w, _n in list(ORDINAL_DAYS.items()):
    if _w.endswith(("العشرين", "الثلاثين")):
        ORDINAL_DAYS[_w[: -len("ين")] + "ون"] = _n
_ORDINAL_ALT = "|".join(
    sorted((w.replace(" ", r"\s+") for w in ORDINAL_DAYS), key=len, reverse=True)
)

_MONTH_ALT = "|".join(
    sorted((re.escape(m).replace(r"\ ", r"\s+") for m in MONTH_NAMES), key=len, reverse=True)
)
_WEEKDAY_ALT = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_L = r"[^\W\d_]"  # a letter

WRITTEN = re.compile(
    rf"(?:(?<![\d/.-])(?P<day>[0-3]?\d)|(?<!{_L})(?P<first>ال)?فاتح"
    rf"|(?<!{_L})(?P<ord>{_ORDINAL_ALT})(?=\s+من\s))"
    # A range of days: من 5 إلى 9 جوان، ما بين 5 و9 يونيو، 5-9 يونيو (the last day kept).
    # من الثلاثاء 3 إلى الخميس 5 يونيو: a weekday may stand before the range's last day.
    rf"(?:\s*(?P<sep>و|-|–|الي|حتي|او)\s*(?:يوم\s+)?(?:(?:{_WEEKDAY_ALT})\s+)?(?P<to>[0-3]?\d))*"
    rf"\s*(?:من\s+)?(?:شهر\s+)?(?:ل|ب)?(?P<month>{_MONTH_ALT})(?!{_L})"
    # A month written twice, in two families: أيار/مايو، أيار (مايو)، مايو-أيار.
    rf"(?:\s*[/(-]\s*(?:{_MONTH_ALT})(?!{_L})\s*\)?)?"
    rf"(?:\s*,?\s*(?:من\s+)?(?:سنه\s+|عام\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
    rf"|(?P<current>\s+الجاري|\s+الحالي|\s+المنصرم|\s+الماضي))?"
)
RANGE_END = re.compile(
    rf"\s*(?:الي\s+غايه|الي|حتي|-|–|و)\s*(?:يوم\s+)?(?:{_WEEKDAY_ALT})?\s*(?:[0-3]?\d)\s*(?:من\s+)?(?:شهر\s+)?(?P<month>{_MONTH_ALT})(?!{_L})"
    rf"(?:\s*,?\s*(?:من\s+)?(?:سنه\s+|عام\s+)?(?P<year>(?:19|20)\d\d)(?!\d))?"
)
NUMERIC = re.compile(
    r"(?<![\d/.-])(?:(?P<day>[0-3]?\d)[/.-](?P<month>[01]?\d)[/.-](?P<year>(?:19|20)\d\d)"
    r"|(?P<iyear>(?:19|20)\d\d)(?P<isep>[-/.])(?P<imonth>[01]\d)(?P=isep)(?P<iday>[0-3]\d))"
    r"(?![\d/.-])"
)
RELATIVE = re.compile(
    rf"(?<!{_L})(?:(?P<word>اول\s+امس|امس|اليوم|غدا|يومه)\s*,?\s*(?P<wd>{_WEEKDAY_ALT})?"
    rf"|(?P<wd2>{_WEEKDAY_ALT})\s+(?P<dir>الماضي|المنصرم|الفارط|الاخير|المقبل|القادم))(?!{_L})"
)
# 14 من الشهر الجاري، 3 من هذا الشهر، 28 من الشهر الماضي.
# The day may be an ordinal in words: الثالث والعشرين من هذا الشهر.
MONTH_RELATIVE = re.compile(
    rf"(?:(?<![\d/.-])(?P<day>[0-3]?\d)|(?<!{_L})(?P<ord>{_ORDINAL_ALT}))\s+(?:من\s+)?"
    r"(?:الشهر\s+(?P<which>الجاري|الحالي|الماضي"
    r"|المنصرم|الفارط|المنقضي|المقبل|القادم)|هذا\s+الشهر)(?!\w)"
)
# يوم الخميس، not followed by a date (a bare weekday, resolved against the reference date).
BARE_WEEKDAY = re.compile(
    rf"(?<!{_L})يوم\s+(?P<wd>{_WEEKDAY_ALT})(?!{_L})(?!\s*,?\s*(?:\d|فاتح|الفاتح|ال\S+\s+من\s))"
)
# An announcement: ستنظم، سيحتضن، سيتم، من المنتظر أن …
FUTURE = re.compile(
    rf"(?<!{_L})(?:و|ف)?س(?:ي|ت|ن)(?:نظم|عقد|تم|حتضن|نعقد|قام|كون|ستضيف|شرف|فتتح|نطلق|تراس"
    rf"|لتئم|جري|شهد|عرف)|من\s+المنتظر|من\s+المرتقب|المرتقب|المزمع|يرتقب|ينتظر"
)
# A dispatch's dateline in one of the first lines dates the dispatch, not the meeting.
DATELINE_LINES = 3
TODAY = re.compile(rf"(?<!{_L})(?P<this>هذا\s+)?اليوم(?!{_L})")
PART_OF_DAY = re.compile(r"(?<!\w)(?:صباح|مساء|ظهر|زوال|عشيه)\s+$")
# The year an article is about, stated elsewhere in it: برسم سنة 2025، دورتها العادية لسنة 2025.
STATED_YEAR = re.compile(
    r"(?<![^\W\d_])(?:برسم\s+(?:سنه\s+|عام\s+)?|ل?سنه\s+|لعام\s+)(?P<year>(?:19|20)\d\d)(?!\d)"
)
# A place named after a date (ساحة 3 مارس، شارع 2 مارس): not a date at all.
NAMED_PLACE = re.compile(r"(?<![^\W\d_])(?:ساحه|شارع|زنقه|حي|تجزيه|مدرسه|ثانويه|اعداديه)\s*$")
# A date an event lasts until: يستمر إلى غاية 31 دجنبر، ويمتد حتى 9 يونيو.
LASTS_UNTIL = re.compile(
    r"(?:س?[يت](?:ستمر|متد|تواصل))(?:\s+\S+){0,4}?"
    r"\s+(?:الي\s+غايه|الي|حتي|لغايه)\s*(?:يوم\s+)?$"
    # المعرض الذي تنظمه الغرفة … إلى غاية 14 نونبر: organised until that day
    r"|(?<![^\W\d_])(?:[تي]نظمه|[تي]نظمها|المنظم|المنظمه|يقام|تقام|المقام|المقامه)"
    r"(?:\s+\S+){0,8}?\s+(?:الي\s+غايه|لغايه)\s*(?:يوم\s+)?$"
)
MONTH_YEAR = re.compile(
    rf"(?<!{_L})(?:ل|ب)?(?P<month>{_MONTH_ALT})\s+(?P<year>(?:19|20)\d\d)(?!\d)"
)
# A full stop before it is a figure's (1.2024) only after a digit: a line's final stop moved
# to its start by right-to-left layout (.2024تجارة القرب …) leaves the year a year.
BARE_YEAR = re.compile(r"(?<![\d/-])(?<!\d\.)((?:19|20)\d\d)(?![\d/.-])")
WEEKDAY_BEFORE = re.compile(rf"(?:يوم\s+)?(?P<wd>{_WEEKDAY_ALT})\s*,?\s*(?:يوم\s+)?$")
