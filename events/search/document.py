"""The search document: a meeting's analysed terms by weight, what both engines index.

Weights: A title; B partners, programmes, region, province, city (every name, alias and
acronym); C chamber, kind, venue, summary, people; D body. Sections are never adjacent, so a
phrase cannot run from one into the next on either engine.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable

from events.arabic import normalise, search_terms
from events.extraction.gazetteer import SPLIT_FORMER_REGIONS

# PostgreSQL keeps positions up to 16383: both engines index that many terms at most.
MAX_POSITION = 16383
# Between two names or fields of one section: a token of its own, so that a phrase cannot run
# from one name into the next. Tatweel, which the analysis removes from every word: no query
# can contain it. FTS5 counts it as a token; the tsvector leaves its position empty.
SEPARATOR = "\u0640"

Analyser = Callable[[str], list[str]]
_SPLIT_FORMER = tuple(normalise(name) for name in SPLIT_FORMER_REGIONS)


@dataclasses.dataclass(frozen=True)
class Document:
    """A meeting's analysed terms, by weight."""

    a: tuple[str, ...]
    b: tuple[str, ...]
    c: tuple[str, ...]
    d: tuple[str, ...]

    @classmethod
    def from_sections(cls, *sections: list[str]) -> Document:
        # Positions run across sections with one left free between them; cut at MAX_POSITION.
        room, kept = MAX_POSITION, []
        for terms in sections:
            kept.append(tuple(terms[: max(room, 0)]))
            room -= len(terms) + 1
        return cls(*kept)

    @classmethod
    def parse(cls, text: str) -> Document:
        lines = (text or "").split("\n")
        lines += [""] * (4 - len(lines))
        return cls(*(tuple(line.split()) for line in lines[:4]))

    def text(self) -> str:
        """What Meeting.search_document stores: one line of terms per weight, A to D."""
        return "\n".join(" ".join(terms) for terms in (self.a, self.b, self.c, self.d))

    def columns(self) -> list[str]:
        return [" ".join(terms) for terms in (self.a, self.b, self.c, self.d)]

    def tsvector(self) -> str:
        """A tsvector literal: each term with its positions and weight, as FTS5 counts them."""
        positions: dict[str, list[str]] = defaultdict(list)
        position = 1
        for weight, terms in zip("ABCD", (self.a, self.b, self.c, self.d), strict=True):
            for term in terms:
                if term != SEPARATOR and len(positions[term]) < 256:
                    positions[term].append(f"{position}{weight}")
                position += 1
            position += 1
        return " ".join(
            "'{}':{}".format(term.replace("\\", "\\\\").replace("'", "''"), ",".join(p))
            for term, p in positions.items()
        )


def _joined(texts: Iterable[str], analyse: Analyser = search_terms) -> list[str]:
    """The terms of several names or fields, a SEPARATOR between each two."""
    terms: list[str] = []
    for text in texts:
        analysed = analyse(text or "")
        if analysed:
            if terms:
                terms.append(SEPARATOR)
            terms.extend(analysed)
    return terms


def _section(*parts: list[str]) -> list[str]:
    terms: list[str] = []
    for part in parts:
        if part:
            if terms:
                terms.append(SEPARATOR)
            terms.extend(part)
    return terms


def _split_former(name: str) -> bool:
    """Whether a name holds a pre-2015 region split among today's (تازة الحسيمة تاونات on
    Fès-Meknès): it names towns of other regions, so a search for one of them (الحسيمة) must
    not find the region's meetings by it. Extraction still reads it (events.extraction)."""
    folded = normalise(name)
    return any(former in folded for former in _SPLIT_FORMER)


def build_document(
    meeting, cache: dict | None = None, *, analyse: Analyser = search_terms
) -> Document:
    """The search document of a meeting whose relations are loaded (see
    `events.search.index.meetings_to_index`).

    `analyse` must give what `search_terms` gives; a bulk writer passes a memoised one.
    `cache` keeps the analysed names of partners, places… across meetings.
    """
    cache = {} if cache is None else cache

    def names(obj) -> list[str]:
        if obj is None:
            return []
        key = (type(obj).__name__, obj.pk)
        if key not in cache:
            cache[key] = _joined([n for n in obj.all_names() if not _split_former(n)], analyse)
        return cache[key]

    places = [names(meeting.region)]
    if meeting.city is not None:
        places += [names(meeting.city), names(meeting.city.province)]
    b = _section(
        *(names(role.partner) for role in meeting.partner_roles.all()),
        *(names(programme) for programme in meeting.programmes.all()),
        *places,
    )
    c = _section(
        names(meeting.chamber),
        _joined([meeting.kind, meeting.venue, meeting.summary], analyse),
        *(_joined([person.name, person.role], analyse) for person in meeting.people.all()),
    )
    # Every outlet's words find the meeting: the body, then the further sources' texts.
    further = [a.text for a in meeting.sources.all() if a.pk != meeting.article_id]
    body = "\n".join([meeting.body or "", *further])
    return Document.from_sections(analyse(meeting.title or ""), b, c, analyse(body))
