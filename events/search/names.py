"""The name index: every name, alias and acronym of every partner, programme, chamber and
place, analysed, kept in this process for NAMES_TTL seconds.

A query word or run of words that is a known name also finds the entity's other names
(Enabel → وكالة التعاون البلجيكي); a misspelt word is corrected to the closest known name
term (pg_trgm's trigram similarity and an edit distance, the same Python on both engines).
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Iterable

from events.arabic import search_terms

MAX_NAME_ALTERNATIVES = 40
NAMES_TTL = 300.0


def _trigrams(term: str) -> frozenset[str]:
    """pg_trgm's trigrams of one word: padded with two spaces before and one after."""
    padded = f"  {term} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def trigram_similarity(a: str, b: str) -> float:
    """pg_trgm's similarity(a, b) for single words."""
    ta, tb = _trigrams(a), _trigrams(b)
    shared = len(ta & tb)
    return shared / (len(ta) + len(tb) - shared) if shared else 0.0


def _edit_distance(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


class _NameIndex:
    def __init__(self) -> None:
        self.by_terms: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self.entities: list[list[tuple[str, ...]]] = []
        self.vocabulary: set[str] = set()
        self.by_trigram: dict[str, set[str]] = defaultdict(set)
        self.longest = 1
        # What events.search.query.prepare made of a reader's text with these names.
        self.prepared: dict = {}

    def add(self, names: Iterable[str]) -> None:
        analysed: list[tuple[str, ...]] = []
        for name in names:
            terms = tuple(search_terms(name or ""))
            if terms and terms not in analysed:
                analysed.append(terms)
        if len(analysed) < 1:
            return
        number = len(self.entities)
        self.entities.append(analysed)
        for terms in analysed:
            self.by_terms[terms].append(number)
            self.longest = max(self.longest, len(terms))
            for term in terms:
                if len(term) >= 3 and not term.isdigit() and term not in self.vocabulary:
                    self.vocabulary.add(term)
                    for gram in _trigrams(term):
                        self.by_trigram[gram].add(term)

    def other_names(self, terms: tuple[str, ...]) -> list[tuple[str, ...]]:
        found: list[tuple[str, ...]] = []
        for number in self.by_terms.get(terms, ()):
            for name in self.entities[number]:
                if name != terms and name not in found:
                    found.append(name)
        return found[:MAX_NAME_ALTERNATIVES]

    def correction(self, term: str) -> str | None:
        """The known name term closest to a misspelt one, or None."""
        if len(term) < 3 or term.isdigit():
            return None
        grams = _trigrams(term)
        candidates: set[str] = set()
        for gram in grams:
            candidates |= self.by_trigram.get(gram, set())
        limit = 1 if len(term) <= 5 else 2
        best: tuple | None = None
        for candidate in candidates:
            if candidate[:1].isascii() != term[:1].isascii():
                continue
            similarity = trigram_similarity(term, candidate)
            distance = _edit_distance(term, candidate, limit)
            if distance > limit and similarity < 0.5:
                continue
            key = (min(distance, limit + 1), -similarity, candidate)
            if best is None or key < best:
                best = key
        return best[2] if best else None


class _NamesCache:
    """The name index, built on first use and kept for NAMES_TTL seconds in this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._index: _NameIndex | None = None
        self._built = 0.0

    def invalidate(self) -> None:
        self._index = None

    def get(self) -> _NameIndex:
        index = self._index
        if index is not None and time.monotonic() - self._built < NAMES_TTL:
            return index
        with self._lock:
            index = _NameIndex()
            for names in _all_names():
                index.add(names)
            self._index, self._built = index, time.monotonic()
            return index


def _all_names() -> Iterable[list[str]]:
    from events.models import Chamber, City, Partner, Programme, Province, Region

    for model in (Region, Province, City, Chamber):
        for name_ar, name_fr, aliases in model.objects.values_list("name_ar", "name_fr", "aliases"):
            yield [name_ar, name_fr, *(aliases or [])]
    for model in (Partner, Programme):
        for row in model.objects.values_list("name_ar", "name_fr", "aliases", "acronym"):
            name_ar, name_fr, aliases, acronym = row
            yield [name_ar, name_fr, *(aliases or []), acronym]


_names = _NamesCache()


def invalidate_names() -> None:
    """Forget the analysed names (after a partner, programme or place changed)."""
    _names.invalidate()
