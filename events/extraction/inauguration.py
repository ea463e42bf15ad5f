"""An inauguration named as the meeting: a ceremony (issue 17)."""

from __future__ import annotations

from events.extraction.document import Document
from events.extraction.typos import slip_of

_NOUNS = ("افتتاح", "تدشين")
_LETTERS = {"".join(sorted(n)): n for n in _NOUNS}


def _swapped(word: str) -> str:
    """تشدين → تدشين: two letters of the noun swapped (the same letters, so افتتاحي, an
    adjective, is not one); else the word."""
    noun = _LETTERS.get("".join(sorted(word)))
    return noun if noun and slip_of(word, (noun,)) else word


# What is inaugurated: a building or a project (افتتاح المقر الجديد، تدشين مركز), not the
# proceedings of a session (افتتاح أشغال الدورة), which is the session itself.
_INAUGURATED = {"مقر": "المقر", "بنايه": "البناية", "مركز": "المركز", "مشروع": "المشروع"}


def inauguration(doc: Document, i: int) -> str | None:
    """افتتاح المقر الجديد، تدشين مركز التكوين: a ceremony."""
    tokens = doc.tokens
    if tokens[i].brk or i + 1 >= len(tokens):
        return None
    done = tokens[i + 1].norm
    done = done[2:] if done.startswith("ال") else done
    if done not in _INAUGURATED:
        return None
    noun = tokens[i].norm
    noun = noun[1:] if noun.startswith("و") else noun
    noun = noun[2:] if noun.startswith("ال") else noun
    if noun not in _NOUNS:
        noun = _swapped(noun)
    if noun not in _NOUNS:
        return None
    return f"{noun} {_INAUGURATED[done]}"
