"""The name a fair, forum or festival carries after its noun: its edition and what it is of.

Real press names such events in full (المعرض الجهوي للصناعة التقليدية، المناظرة الجهوية
الأولى، منتدى الأعمال المغربي الإيبيري، معرض الصناعة التقليدية) and the annotated kind is that
name; a bare «معرض جهوي» says less than the article does. A meeting (اجتماع، لقاء) has no such
name: what follows it is its purpose or its place."""

from __future__ import annotations

import re

from events.extraction.document import Document
from events.extraction.kind_words import (
    EDITION_ORDINALS,
    NAMED_EVENTS,
    NOT_COMPLEMENTS,
    NOT_QUALIFIERS,
)

# A purpose, not a subject: للتعريف بالمنتوج، لتقديم، لتعزيز (the تفعيل verbal noun).
_PURPOSE = re.compile(r"^(?:لل|ل)ت\w\w[يو]\w(?:ه)?$")
_MAX_WORDS = 5


def _adjective(word: str) -> bool:
    """A definite adjective or a conjoined definite word: التقليدية، المجالية، والمحلية."""
    if word[:1] == "و" and word[1:3] == "ال":
        word = word[1:]
    return word.startswith("ال") and len(word) > 4 and word[2:] not in NOT_QUALIFIERS


def _complement(word: str) -> bool:
    """What the event is of: للصناعة، للمنتوجات، لمنتوجات (not a time, a place, a purpose)."""
    if not word.startswith("ل") or len(word) < 5 or word in NOT_COMPLEMENTS:
        return False
    return not _PURPOSE.match(word)


def event_name(doc: Document, noun: str, i: int, j: int, qualified: bool) -> tuple[str, int]:
    """(the words that carry on the event's name after token j as written, its last token);
    ("", j) when none do. `i` is the noun's token, `qualified` whether adjectives follow it."""
    if noun not in NAMED_EVENTS:
        return "", j
    tokens = doc.tokens
    k = j
    if k + 1 < len(tokens) and not tokens[k].brk and tokens[k + 1].norm in EDITION_ORDINALS:
        k += 1  # المناظرة الجهوية الأولى
    if k + 1 < len(tokens) and not tokens[k].brk:
        nxt = tokens[k + 1].norm
        construct = (
            not qualified
            and k == i
            and not tokens[i].definite
            and nxt.startswith("ال")
            and nxt not in NOT_COMPLEMENTS
        )
        if _complement(nxt) or construct:
            k += 1  # للصناعة، معرض الصناعة: what the event is of
            while (
                k + 1 < len(tokens)
                and not tokens[k].brk
                and k - j < _MAX_WORDS
                and _adjective(tokens[k + 1].norm)
                and tokens[k + 1].norm not in NOT_COMPLEMENTS
            ):
                k += 1
    if k == j:
        return "", j
    return doc.text(j + 1, k), k
