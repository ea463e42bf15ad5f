"""The one table of month and weekday names, and how dates are shown to readers.

Parsing (events.extraction.dates) reads every family of month names from MONTH_WRITINGS;
Django's own date filter would give the Middle-Eastern names (سبتمبر) for Arabic, but the
portal's readers are Moroccan, so public pages use the Moroccan family, with Western digits.
"""

from __future__ import annotations

import datetime

from events.arabic import normalise

# Every way the press writes each month, the Moroccan form first: Moroccan, Middle-Eastern,
# Algerian-Tunisian, Levantine-Iraqi, French (shared/REFERENCE.md).
MONTH_WRITINGS: tuple[tuple[str, ...], ...] = (
    ("يناير", "جانفي", "كانون الثاني", "janvier"),
    ("فبراير", "فيفري", "شباط", "fevrier"),
    ("مارس", "آذار", "mars"),
    ("أبريل", "إبريل", "أفريل", "نيسان", "avril"),
    ("ماي", "مايو", "أيار", "mai"),
    ("يونيو", "يونية", "جوان", "حزيران", "juin"),
    ("يوليوز", "يوليو", "يولية", "جويلية", "تموز", "juillet"),
    ("غشت", "أغسطس", "أوت", "آب", "aout"),
    ("شتنبر", "سبتمبر", "أيلول", "septembre"),
    ("أكتوبر", "اكتوبر", "octobre", "تشرين الأول"),
    ("نونبر", "نوفمبر", "novembre", "تشرين الثاني"),
    ("دجنبر", "ديسمبر", "decembre", "كانون الأول"),
)
MONTHS_AR_MA = tuple(names[0] for names in MONTH_WRITINGS)
# Monday first, as datetime.date.weekday() counts.
WEEKDAYS_AR = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
# Spellings the press also uses: the hamza, and ت for ث (الاتنين، الثلاتاء).
_WEEKDAY_WRITINGS = {0: ("الإثنين", "الاتنين", "الإتنين"), 1: ("الثلاتاء",)}

# Normalised name → number (month 1..12, weekday 0..6), for parsing.
MONTH_NUMBERS: dict[str, int] = {
    normalise(name): number
    for number, names in enumerate(MONTH_WRITINGS, start=1)
    for name in names
}
WEEKDAY_NUMBERS: dict[str, int] = {
    normalise(name): number
    for number, name in enumerate(WEEKDAYS_AR)
    for name in (name, *_WEEKDAY_WRITINGS.get(number, ()))
}

MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def format_date(value: datetime.date | None, language: str = "ar") -> str:
    """'3 شتنبر 2025' in Arabic, '3 septembre 2025' in French; '' when there is no date."""
    if value is None:
        return ""
    months = MONTHS_FR if language.startswith("fr") else MONTHS_AR_MA
    day = "1er" if language.startswith("fr") and value.day == 1 else str(value.day)
    return f"{day} {months[value.month - 1]} {value.year}"


def format_range(
    start: datetime.date | None, end: datetime.date | None, language: str = "ar"
) -> str:
    """A meeting's days: 'من 22 إلى 31 يوليوز 2016' ('du 22 au 31 juillet 2016'), the month
    and year said once when the days share them; one date when there is no later end."""
    if start is None or end is None or end <= start:
        return format_date(start, language)
    french = language.startswith("fr")
    first = format_date(start, language)
    if (start.year, start.month) == (end.year, end.month):
        first = first.split(" ")[0]
    elif start.year == end.year:
        first = first.rsplit(" ", 1)[0]
    last = format_date(end, language)
    return f"du {first} au {last}" if french else f"من {first} إلى {last}"


def format_time(value: datetime.time | None) -> str:
    """'11:00': both languages write the 24-hour clock with Western digits."""
    if value is None:
        return ""
    return value.strftime("%H:%M")
