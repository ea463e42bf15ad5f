"""One entry per programme the text names: the same slug or name twice, a name and the same
name with a place, a Latin name the text gives to a programme (البرنامج الذي يحمل اسم DELIO);
each with its period when the text gives one (2021-2027)."""

from __future__ import annotations

import re

from events.extraction.document import Document
from events.extraction.gazetteer import Gazetteer
from events.extraction.programme_words import NAMING as _NAMING
from events.extraction.result import Found, ProgrammeMatch

_PERIOD = re.compile(r"^\D{0,40}?((?:19|20)\d\d)\s*[-/–]\s*((?:19|20)\d\d)")


def merge(
    doc: Document, gazetteer: Gazetteer, found: list[tuple[int, int, str, str | None]]
) -> list[Found[ProgrammeMatch]]:
    """One entry per programme: same slug, same name, a name plus a place, or a Latin name
    the text gives to a programme (البرنامج الذي يحمل اسم DELIO)."""
    from events.arabic import words

    entries: list[dict] = []
    for first, last, name, slug in found:
        key = tuple(words(name))
        latin = name.isascii()
        target = None
        for entry in entries:
            if (
                slug
                and entry["slug"] == slug
                or (
                    key == entry["key"]
                    or key[: len(entry["key"])] == entry["key"]
                    and key[len(entry["key"])].startswith("ب")
                )
            ):
                target = entry
            elif entry["key"] == key[: len(entry["key"])] and len(key) > len(entry["key"]):
                pass
            if target:
                break
        if target is None and latin and _named_after(doc, first):
            target = next((e for e in reversed(entries) if not e["latin"]), None)
        if target is not None:
            if latin and name not in target["aliases"] and name != target["name"]:
                target["aliases"].append(name)
                target["acronym"] = target["acronym"] or name
            if slug and not target["slug"]:
                target["slug"] = slug
            continue
        period = _period(doc, last)
        entries.append(
            {
                "key": key,
                "name": name,
                "slug": slug,
                "span": doc.span(first, last),
                "latin": latin,
                "aliases": [],
                "acronym": name if latin else None,
                "period": period,
            }
        )
    # A shorter name that a longer one ends with a place: keep the shorter (حاضنة المقاولات).
    results = []
    for entry in entries:
        prog = gazetteer.programme_by_slug.get(entry["slug"]) if entry["slug"] else None
        acronym = entry["acronym"] or (prog.acronym if prog and prog.acronym else None)
        period = entry["period"] or (
            (prog.start_year, prog.end_year) if prog and prog.start_year and prog.end_year else None
        )
        results.append(
            Found(
                ProgrammeMatch(
                    entry["name"], entry["slug"], acronym, tuple(entry["aliases"]), period
                ),
                entry["span"],
                0.9 if entry["slug"] else 0.6,
            )
        )
    return results


def _named_after(doc: Document, first: int) -> bool:
    """Whether a word like اسم / المسمى comes just before token `first`."""
    tokens = doc.tokens
    return any(t.norm in _NAMING for t in tokens[max(0, first - 3) : first])


def _period(doc: Document, last: int) -> tuple[int, int] | None:
    end = doc.tokens[last].nend
    match = _PERIOD.match(doc.norm[end : end + 60])
    if match:
        start, stop = int(match[1]), int(match[2])
        if start <= stop:
            return (start, stop)
    return None
