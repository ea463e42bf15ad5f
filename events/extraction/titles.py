"""A title for an article without a headline, composed from what the extractor found: the
kind of meeting, its subject, the chamber and the town (اجتماع تنسيقي حول مشروع حاضنة
المقاولات بالحسيمة). Never the article's first sentence cut in the middle."""

from __future__ import annotations

from events.extraction.document import Document
from events.extraction.gazetteer import Gazetteer
from events.extraction.result import Found

# Words that introduce what a meeting is about.
_SUBJECT_CUES = frozenset(["حول", "لتدارس", "لمناقشه", "لدراسه", "بخصوص", "لبحث", "لتقديم"])
# A subject does not end on these (the phrase would be cut short).
_DANGLING = frozenset(
    ["و", "في", "من", "علي", "الي", "عن", "مع", "ب", "ل", "حول", "بين", "او", "ثم", "التي", "الذي"]
)
_SUBJECT_WORDS = 10
_SUBJECT_SENTENCES = 3


def compose_title(
    doc: Document,
    gazetteer: Gazetteer,
    *,
    kind: str | None,
    chamber: str | None,
    city: str | None,
) -> Found[str | None]:
    """kind + subject + town, or kind + chamber + town; null when there is no kind."""
    if not kind:
        return Found(None, None, 0.0)
    parts = [kind]
    subject = _subject(doc)
    if subject:
        parts.append("حول " + subject)
    else:
        entry = gazetteer.chamber_by_slug.get(chamber) if chamber else None
        if entry and entry.name_ar:
            name = entry.name_ar
            parts.append(("ل" + name[1:]) if name.startswith("ال") else "ل" + name)
    if city and (not subject or city not in subject):
        parts.append("ب" + city)
    return Found(" ".join(parts), None, 0.4)


def _subject(doc: Document) -> str | None:
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if doc.sentence_of(i) >= _SUBJECT_SENTENCES:
            return None
        if token.norm not in _SUBJECT_CUES or token.brk:
            continue
        last, closed = i, False
        while last + 1 < len(tokens) and last - i < _SUBJECT_WORDS:
            last += 1
            if tokens[last].brk and not _dash(doc, last):
                closed = True
                break
        if not closed:
            continue  # the phrase runs on: it would be cut in the middle
        while last > i and (tokens[last].norm in _DANGLING or tokens[last].digit):
            last -= 1
        if last - i >= 2:
            return doc.text(i + 1, last)
    return None


def _dash(doc: Document, k: int) -> bool:
    """Only a dash after token k (فاس–مكناس): the phrase goes on."""
    if k + 1 >= len(doc.tokens):
        return False
    gap = doc.norm[doc.tokens[k].nend : doc.tokens[k + 1].nstart]
    return not gap.strip(" \t-–—")
