"""The cleaned body as the rules read it: normalised words with their spans and the
punctuation between them. Built once per article; every rule module reads the same one."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from events.arabic import clitic_variants, normalise_with_offsets

_WORD = re.compile(r"[^\W_]+")
# What ends a phrase between two words: Latin and folded Arabic punctuation, quotes, newlines.
_BREAK = re.compile(r"[,.;:!?()\[\]{}\"«»“”„'’‘\n*|/…•–—]")


@lru_cache(maxsize=65536)
def variants(word: str) -> tuple[str, ...]:
    """A word's clitic readings (events.arabic.clitic_variants), cached: articles repeat."""
    return tuple(clitic_variants(word))


@lru_cache(maxsize=65536)
def _definite(w: str) -> bool:
    """Written with the article, bare or after clitics: الغرفة، والغرفة، بالغرفة، للغرفة."""
    if w[:1] in ("و", "ف") and len(w) > 3:
        w = w[1:]
    if w.startswith("لل"):
        return True
    if w[:1] in ("ب", "ل") and len(w) > 3:
        w = w[1:]
    return w.startswith("ال")


class Token(NamedTuple):
    """A word of the body. A named tuple rather than a frozen dataclass: a document builds
    hundreds, and a frozen dataclass sets each field through object.__setattr__."""

    norm: str  # the normalised word
    start: int  # span in the body
    end: int
    nstart: int  # span in the normalised text
    nend: int
    brk: bool  # punctuation between this word and the next one
    latin: bool
    digit: bool
    variants: tuple[str, ...]  # the word's clitic readings

    @property
    def definite(self) -> bool:
        """Written with the article, bare or after clitics: الغرفة، والغرفة، بالغرفة، للغرفة."""
        return _definite(self.norm)


class Document:
    """The body, its normalised twin and its words."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.norm, offsets = normalise_with_offsets(body)
        self.offsets = offsets
        norm = self.norm
        spans = [m.span() for m in _WORD.finditer(norm)]
        count = len(spans)
        tokens: list[Token] = []
        append = tokens.append
        for index, (nstart, nend) in enumerate(spans):
            next_start = spans[index + 1][0] if index + 1 < count else len(norm)
            gap = norm[nend:next_start]
            word = norm[nstart:nend]
            append(
                Token(
                    word,
                    offsets[nstart],
                    offsets[nend - 1] + 1,
                    nstart,
                    nend,
                    index + 1 == count or (gap != " " and _BREAK.search(gap) is not None),
                    "a" <= word[0] <= "z",
                    word.isdigit(),
                    variants(word),
                )
            )
        self.tokens = tokens
        self._sentence_ids: list[int] | None = None

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Body span of tokens first..last inclusive."""
        return (self.tokens[first].start, self.tokens[last].end)

    def text(self, first: int, last: int) -> str:
        start, end = self.span(first, last)
        return self.body[start:end]

    def token_at(self, position: int) -> int:
        """Index of the first token that ends after body position `position`."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].end <= position:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def nspan_to_body(self, nstart: int, nend: int) -> tuple[int, int]:
        return (self.offsets[nstart], self.offsets[nend - 1] + 1)

    def sentence_of(self, index: int) -> int:
        """A sentence number for token `index` (sentences end at . ! ? ; and newlines)."""
        ids = self._sentence_ids
        if ids is None:
            ids = []
            current = 0
            norm = self.norm
            tokens = self.tokens
            for i, token in enumerate(tokens):
                ids.append(current)
                if i + 1 < len(tokens):
                    gap = norm[token.nend : tokens[i + 1].nstart]
                    if token.brk and any(ch in gap for ch in ".!?;\n"):
                        current += 1
            self._sentence_ids = ids
        return ids[index]
