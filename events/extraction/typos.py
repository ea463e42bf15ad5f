"""A slip of one letter: how the press misspells a known word (أكتوير، يوينو، شتنبير for a
month; تشدين for تدشين; تنسيقس for تنسيقي). One rule, shared by the date and kind readers."""

from __future__ import annotations


def one_slip(a: str, b: str) -> bool:
    """Whether a and b are at most one substitution, insertion, deletion or swap of two
    neighbouring letters apart."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


def slip_of(word: str, known, *, shortest: int = 4) -> str | None:
    """The one word of `known` (at least `shortest` letters) that `word` is a slip of, or None
    when it is none's or several's."""
    found = {k for k in known if len(k) >= shortest and one_slip(word, k)}
    return found.pop() if len(found) == 1 else None
