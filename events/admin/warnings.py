"""The extractor's warnings, said in Arabic to the editor.

The extractor writes its warnings in English for its contract (docs/extraction.md); the review
screen shows them in Arabic. Every part that is not Arabic prose (a date, a quoted phrase of the
article, an unknown English note) sits in a bidi isolate, so that numbers and Latin letters
keep their order inside the right-to-left sentence.
"""

from __future__ import annotations

import datetime
import re

from events.dates import format_date

LTR = "\u2066"  # left-to-right isolate
FIRST_STRONG = "\u2068"  # isolate that takes the direction of its own text
POP = "\u2069"


def isolate(text: str, *, ltr: bool = False) -> str:
    return f"{LTR if ltr else FIRST_STRONG}{text}{POP}"


def _day(iso: str) -> str:
    try:
        return isolate(format_date(datetime.date.fromisoformat(iso)))
    except ValueError:
        return isolate(iso, ltr=True)


_RULES: tuple[tuple[re.Pattern, object], ...] = (
    (
        re.compile(r"^date without a year \((?P<where>.*)\)$", re.S),
        lambda m: f"تاريخ بلا سنة في النص ({isolate(m['where'])}): تحقق من السنة.",
    ),
    (
        re.compile(
            r"^weekday mismatch: the text says (?P<said>.+?) but (?P<date>\d{4}-\d\d-\d\d) "
            r"is a (?P<real>.+)$"
        ),
        lambda m: (
            f"اليوم لا يوافق التاريخ: يذكر النص يوم {isolate(m['said'])}، لكن {_day(m['date'])} "
            f"يوافق يوم {isolate(m['real'])}."
        ),
    ),
    (
        re.compile(r"^only the dispatch's dateline gives a date \((?P<date>[\d-]+)\)$"),
        lambda m: f"لا يذكر التاريخ إلا سطر الإرسال ({_day(m['date'])}): تحقق من يوم اللقاء.",
    ),
    (
        re.compile(r"^no chamber named in the text$"),
        lambda m: "لا يذكر النص أي غرفة: تحقق من الغرفة المنظمة.",
    ),
)


def warning_ar(warning: str) -> str:
    """One warning of the extraction, in Arabic."""
    text = str(warning).strip()
    for pattern, say in _RULES:
        match = pattern.match(text)
        if match:
            return say(match)
    # A warning this table does not know yet: still shown, said to be the extractor's, and
    # isolated so its Latin text does not scramble the sentence.
    return f"ملاحظة من الاستخراج: {isolate(text, ltr=True)}"
