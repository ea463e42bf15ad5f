"""Programme names in quotes after their head word: برنامج "فرصة"، مبادرة «من أجلك»، the
quoted names of a list that follow (برامج "إدماج" و"تحفيز"), and a name given a few words
after the head (برنامج للتكوين، تحت اسم "كنوز حرفية")."""

from __future__ import annotations

from events.extraction.document import Document
from events.extraction.partner_role_words import BUILDING
from events.extraction.programme_words import CLOSE_QUOTES as _CLOSE_QUOTES
from events.extraction.programme_words import NAME_NOUNS
from events.extraction.programme_words import OPEN_QUOTES as _OPEN_QUOTES
from events.extraction.programme_words import QUOTED_HEADS as _QUOTED_HEADS


def _quoted(doc: Document, i: int) -> tuple[int, int, str, int] | None:
    """A quoted name after a head word: برنامج "فرصة"، مبادرة «من أجلك» (first, last, name,
    scope end), the name without its head and quotes."""
    tokens = doc.tokens
    token = tokens[i]
    if not any(v in _QUOTED_HEADS for v in token.variants[:3]):
        return None
    if token.definite and not any(
        v.startswith("ال") and v in _QUOTED_HEADS for v in token.variants
    ):
        return None  # بالبرنامج "…": not a head followed by its name
    return quoted_after(doc, i)


def quoted_after(doc: Document, i: int) -> tuple[int, int, str, int] | None:
    """The name quoted right after token i (مشروع إحداث “واحة فنون الصناعة التقليدية”)."""
    tokens = doc.tokens
    norm = doc.norm
    if i + 1 >= len(tokens):
        return None
    gap = norm[tokens[i].nend : tokens[i + 1].nstart]
    if not any(q in gap for q in _OPEN_QUOTES) or any(ch in gap for ch in ".,;:\n"):
        return None
    last = None
    for j in range(i + 1, min(len(tokens), i + 11)):
        end = tokens[j + 1].nstart if j + 1 < len(tokens) else len(norm)
        gap = norm[tokens[j].nend : end]
        if any(q in gap for q in _CLOSE_QUOTES):
            last = j
            break
        if any(ch in gap for ch in ".;:!?\n"):
            return None
    if last is None:
        return None
    while last > i + 1 and tokens[last].digit:
        last -= 1  # "الجيل الأخضر 2020-2030": the period is not the name
    if tokens[i + 1].digit:
        return None
    return (i + 1, last, doc.text(i + 1, last), last)


_PROJECTS = frozenset(("مشروع", "مشاريع"))


def quoted_project(doc: Document, i: int) -> tuple[int, int, str, int] | None:
    """A facility a project builds, by its quoted name after its kind (لإنجاز مركز الأعمال
    “الإسماعيلية بيزنس سانتر”، مشاريع مدرسة البرمجة “YOUCODE FAS”): the project's name."""
    tokens = doc.tokens
    if i + 2 >= len(tokens) or tokens[i].brk:
        return None
    word = tokens[i].norm.lstrip("و")
    if not (word in _PROJECTS or word.removeprefix("ل") in BUILDING):
        return None  # what opens it: لإنجاز مركز …، مشاريع مدرسة …
    if tokens[i + 1].definite or tokens[i + 1].brk or not tokens[i + 2].definite:
        return None
    return quoted_after(doc, i + 2)


def _quoted_list(doc: Document, last: int) -> list[tuple[int, int]]:
    """The quoted names that follow a quoted name ending at token `last`, joined by و or
    commas: "إدماج" و"تحفيز" و"تأهيل" → [(first, last) of تحفيز, of تأهيل]."""
    tokens = doc.tokens
    norm = doc.norm
    names: list[tuple[int, int]] = []
    while last + 1 < len(tokens):
        gap = norm[tokens[last].nend : tokens[last + 1].nstart]
        if not any(q in gap for q in _CLOSE_QUOTES):
            break
        j = last + 1
        if tokens[j].norm == "و":  # و "تحفيز" (the conjunction written apart)
            if j + 1 >= len(tokens):
                break
            gap = norm[tokens[j].nend : tokens[j + 1].nstart]
            j += 1
            opens = any(q in gap for q in _OPEN_QUOTES)
        elif "," in gap:
            opens = _reopens(gap)  # "أليوتيس"، إلى جانب …: the quote closed, none opens
        else:
            break
        if not opens or any(ch in gap for ch in ".;:\n"):
            break
        end = None
        for k in range(j, min(len(tokens), j + 8)):
            after = norm[tokens[k].nend : tokens[k + 1].nstart if k + 1 < len(tokens) else None]
            if any(q in after for q in _CLOSE_QUOTES):
                end = k
                break
            if tokens[k].brk:
                break
        if end is None or tokens[j].digit:
            break
        names.append((j, end))
        last = end
    return names


def _reopens(gap: str) -> bool:
    """Whether a quote opens again in `gap` after the one that closed the previous name
    (straight quotes both close and open: `" و"` does, `"، ` does not)."""
    closed = min((gap.find(q) for q in _CLOSE_QUOTES if q in gap), default=-1)
    if closed < 0:
        return any(q in gap for q in _OPEN_QUOTES)
    return any(q in gap[closed + 1 :] for q in _OPEN_QUOTES)


# How far after its head a programme may be given its name (برنامج للتكوين، تحت اسم "…").
_NAMED_WINDOW = 4


def quoted_by_name(doc: Document, i: int) -> tuple[int, int, str, int] | None:
    """The quoted name a head at token i is given a few words later, after a noun of naming
    (برنامج للتكوين، تحت اسم "كنوز حرفية"، مشروع يحمل اسم «…»), in the same sentence."""
    tokens = doc.tokens
    for j in range(i + 1, min(len(tokens) - 1, i + 1 + _NAMED_WINDOW)):
        if doc.sentence_of(j) != doc.sentence_of(i):
            return None
        if tokens[j].norm in NAME_NOUNS:
            return quoted_after(doc, j)
    return None
