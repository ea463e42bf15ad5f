"""What the words around a meeting noun say about it: a count of past events, an event decided
on, a signing the meeting saw, a ceremony named by its act, the frame (في إطار …) rather than
the event."""

from __future__ import annotations

import re

from events.extraction.date_context import PAST_MEETING
from events.extraction.document import Document
from events.extraction.kind_words import (
    CEREMONY_ACTS,
    HELD_PARTICIPLES,
    HELD_VERBS,
    SIDELINES,
    TO_COME,
    WITNESSES,
    WITNESSING,
)

# A decision or proposal to hold an event: the event decided on is not the meeting that
# decided it (حيث تقرر تنظيم ندوة تشاورية). An announcement (ستنظم، سيتم) is not one.
_DECIDED = frozenset(("تقرر", "قرر", "قررت", "تقررت", "اقترح", "اقتراح", "برمجه", "الاتفاق"))


def decided(doc: Document, i: int) -> bool:
    """تقرر تنظيم ندوة، اقترح عقد لقاء: an event decided on, at most two words before."""
    tokens = doc.tokens
    for k in range(i - 1, max(-1, i - 4), -1):
        if tokens[k].brk:
            return False
        if tokens[k].norm.lstrip("و") in _DECIDED:
            return True
    return False


# An event told as what came before or after the meeting (جاء بعد زيارة عمل، عقب لقاء …،
# استعدادا لعقد الجمع العام، التحضير لتنظيم المعرض): another event, not the meeting.
_BEFORE_OR_AFTER = frozenset(("بعد", "عقب", "اثر", "اعقاب", "قبيل"))
_PREPARED = frozenset(
    (
        *("لعقد", "لتنظيم", "لانعقاد", "التحضير", "للتحضير", "تحضيرا", "الاعداد", "للاعداد"),
        *("استعدادا", "اعدادا"),
    )
)


# What an earlier meeting gave (اللجنة المنبثقة من توصيات الجمع العام، تنفيذا لمخرجات
# الملتقى): that meeting is spoken of, not told.
_ISSUED = frozenset(("توصيات", "مخرجات", "قرارات", "مقررات", "لتوصيات", "لمخرجات", "لقرارات"))


def issued_from(doc: Document, i: int) -> bool:
    """The meeting noun at i right after what an earlier meeting gave (توصيات الجمع العام), or
    after the body it gave (لجنة العمل المنبثقة عن الجمعية العامة)."""
    tokens = doc.tokens
    if i > 0 and not tokens[i - 1].brk and tokens[i - 1].norm.lstrip("و") in _ISSUED:
        return True
    return (
        i > 1
        and tokens[i - 1].norm == "عن"
        and tokens[i - 2].norm in _ISSUED_BODY
        and not tokens[i - 2].brk
    )


_ISSUED_BODY = frozenset(("المنبثقه", "المنبثق", "المنبثقين", "المنبثقتين"))


def another_event(doc: Document, i: int) -> bool:
    """The meeting noun at i right after بعد / عقب, or after a word of preparing for it (at
    most two words before: التحضير لعقد الجمع العام)."""
    tokens = doc.tokens
    for k in range(i - 1, max(-1, i - 3), -1):
        if tokens[k].brk:
            return False
        word = tokens[k].norm
        if k == i - 1 and word in _BEFORE_OR_AFTER:
            return True
        if word in _PREPARED or word.lstrip("و") in _PREPARED:
            return True
    return False


_FUTURE_VERB = re.compile(r"^(?:و|ف)?س[يتن][^\W\d_]{3,}$")


def later(doc: Document, i: int) -> bool:
    """A meeting noun after a future verb (ستقيم الغرفة حفلا ختاميا) when the text has told a
    meeting in the past before it (انطلقت فعاليات المعرض): the meeting's later part, not it."""
    tokens = doc.tokens
    for k in range(i - 1, max(-1, i - 4), -1):
        if tokens[k].brk:
            return False
        if _FUTURE_VERB.match(tokens[k].norm):
            return bool(PAST_MEETING.search(doc.norm, 0, tokens[k].nstart))
    return False


def counted(doc: Document, i: int) -> bool:
    """A meeting noun right after a small number (58 معرض، 12 لقاء), not its edition's."""
    before = doc.tokens[i - 1] if i > 0 else None
    return (
        before is not None
        and before.digit
        and len(before.norm) <= 3
        and not before.brk
        and doc.tokens[i].norm[:1] != "ل"
    )


_FRAME_WINDOW = 15


def witnessed(doc: Document, i: int) -> bool:
    """وشهد الحفل توقيع …، وعرف اللقاء توقيع …: a signing the meeting saw, not the meeting."""
    tokens = doc.tokens
    if i < 2 or tokens[i - 2].brk or tokens[i - 1].brk:
        return False
    return tokens[i - 2].norm.lstrip("و") in WITNESSING and tokens[i - 1].norm in WITNESSES


def ceremony_of(doc: Document, i: int) -> bool:
    """حفل لتوزيع …، حفل تكريم …: the ceremony's act follows it."""
    tokens = doc.tokens
    if i + 1 >= len(tokens) or tokens[i].brk:
        return False
    word = tokens[i + 1].norm
    return word in CEREMONY_ACTS or word[:1] == "ل" and word[1:] in CEREMONY_ACTS


def framed(doc: Document, i: int) -> bool:
    """Whether token i sits in a «في إطار …» phrase (no punctuation between it and إطار), or
    is the occasion of what the sentence told before it (وقعت الغرفتان اتفاقية، وذلك بمناسبة
    زيارة عمل)."""
    tokens = doc.tokens
    for k in range(i - 1, max(-1, i - _FRAME_WINDOW), -1):
        if tokens[k].brk:
            return False
        if tokens[k].norm in ("اطار", "باطار") and k > 0 and tokens[k - 1].norm in ("في", "وفي"):
            return True
        if tokens[k].norm == "بمناسبه" and k > 0 and tokens[k - 1].norm == "وذلك":
            return True
    return False


def to_come(doc: Document, j: int) -> bool:
    """Whether the meeting phrase ending at token j is said to be held later (المزمع تنظيمه)."""
    for token in doc.tokens[j + 1 : j + 4]:
        if token.norm in TO_COME:
            return True
        if token.brk:
            break
    return False


def told_held(doc: Document, i: int, j: int | None = None) -> bool:
    """Whether a holding verb opens the clause of the meeting noun at i, a few words before,
    or its participle follows the phrase ending at j (خلال الدورة العادية الثانية للغرفة،
    المنعقدة بمدينة العرائش)."""
    if j is not None and any(t.norm in HELD_PARTICIPLES for t in doc.tokens[j + 1 : j + 4]):
        return True
    sentence = doc.sentence_of(i)
    for k in range(i - 1, max(-1, i - 9), -1):
        if doc.sentence_of(k) != sentence:
            return False
        if doc.tokens[k].norm.lstrip("و") in HELD_VERBS:
            return True
    return False


# Verbs whose object is the meeting the article tells: نظمت الغرفة … اجتماعا، عقدت لقاء.
_ORGANISED = HELD_VERBS | frozenset(("نظمت", "نظم", "تنظم", "ينظم", "اقامت", "اقام"))


def organising_verb(doc: Document, i: int) -> int | None:
    """The organising verb a few words before the indefinite meeting noun at i, in its
    sentence, whose object the noun is (نظمت غرفة الصيد البحري المتوسطية، اجتماعا أمس): the
    news itself, beside the events its agenda lists (وتنظيم يوم تحسيسي); None if none."""
    sentence = doc.sentence_of(i)
    # past the chamber's full name and the day (نظمت غرفة التجارة والصناعة والخدمات لجهة
    # الشرق يوم 4 يونيو 2024 بوجدة ندوة)
    for k in range(i - 1, max(-1, i - 17), -1):
        if doc.sentence_of(k) != sentence:
            return None
        if doc.tokens[k].norm in _ORGANISED:
            # تم عقد جلسة عمل: the verbal noun, which tells side events as readily; وعلى هامش
            # المناظرة نظمت مائدة مستديرة: a side event
            aside = any(
                t.norm in SIDELINES or t.norm in _ALONGSIDE for t in doc.tokens[max(0, k - 4) : i]
            )
            if aside or k > 0 and doc.tokens[k - 1].norm in ("تم", "وتم"):
                return None
            return k
    return None


_ALONGSIDE = frozenset(("بالموازاه", "وبالموازاه", "بالموزاه", "وبالموزاه", "موازاه"))
