"""Places: the gazetteer's regions, provinces and cities as the text writes them (with
clitics, hyphens, short forms), then the meeting's region, city, province and venue."""

from __future__ import annotations

from dataclasses import dataclass

from events.extraction.datelines import place_mark
from events.extraction.document import Document
from events.extraction.gazetteer import Gazetteer, PlaceRef

JIHA = "جهه"
# Words that announce a place: after them even a weak name (الشرق، الجديدة) is one.
_CUES = frozenset(
    [
        "مدينه",
        "مدينتي",
        "اقليم",
        "اقليمي",
        "عماله",
        "عمالتي",
        "جماعه",
        "بلديه",
        "ولايه",
        "عاصمه",
        "حاضره",
        "باشويه",
    ]
)
PROVINCE_CUES = frozenset(["اقليم", "اقليمي", "عماله", "عمالتي"])
# A port, named by its town (بميناء المضيق، لميناء الجديدة).
_PORTS = frozenset(["ميناء", "بميناء", "لميناء", "وميناء", "مينا", "بمينا"])
# Dual cues name two places: إقليمي الجديدة وسيدي بنور، مدينتي آسفي واليوسفية.
_DUAL_CUES = frozenset(["اقليمي", "عمالتي", "مدينتي"])
DATELINE = "dateline"
BYLINE = "byline"  # a reporter's town: آسفي: عبد الرحيم النبوي


@dataclass(frozen=True)
class PlaceMention:
    first: int  # token indexes, inclusive
    last: int
    refs: tuple[PlaceRef, ...]
    cue: str | None  # the word that announced it: جهه، اقليم، مدينه …
    prefix: str  # clitic letters on its first word (ب، ل، و …)

    def region_refs(self) -> list[PlaceRef]:
        return [r for r in self.refs if r.kind == "region"]


def _dash_only(doc: Document, k: int) -> bool:
    """Whether only a dash stands between tokens k and k + 1: فاس – مكناس is one name; so is
    a point glued between two words (الدار البيضاء.سطات), a copy's slip for the dash."""
    gap = doc.norm[doc.tokens[k].nend : doc.tokens[k + 1].nstart]
    return not gap.strip(" \t-–—") or gap == "."


def match_at(
    doc: Document, i: int, gazetteer: Gazetteer, *, weak: bool = False
) -> tuple[int, tuple[PlaceRef, ...], str] | None:
    """The longest place name starting at token i: (last token, refs, clitic prefix)."""
    tokens = doc.tokens
    if i >= len(tokens):
        return None
    token = tokens[i]
    best = None
    for variant in token.variants:
        entries = gazetteer.place_index.get(variant)
        if not entries:
            continue
        for rest, refs in entries:
            n = len(rest)
            if i + n >= len(tokens) or (best is not None and best[0] >= i + n):
                continue
            if any(tokens[i + 1 + k].norm != rest[k] for k in range(n)):
                continue
            if any(tokens[i + k].brk and not _dash_only(doc, i + k) for k in range(n)):
                continue
            if not weak:
                refs = tuple(r for r in refs if not r.weak)
                if not refs:
                    continue
            norm = token.norm
            prefix = norm[: len(norm) - len(variant)] if norm.endswith(variant) else norm[:1]
            best = (i + n, refs, prefix)
            break
    return best


def find_places(
    doc: Document, gazetteer: Gazetteer, regions: frozenset[str] = frozenset()
) -> list[PlaceMention]:
    """Every place the text names, left to right, without overlaps.

    A weak name (الجديدة، بركان، العيون، الداخلة) is a place after a cue word (مدينة، إقليم),
    at the head of a dateline (بركان: …، الداخلة - …), or written with ب / ل when its region
    is one of `regions` (the chambers'); with ب alone when no chamber names a region.
    """
    tokens = doc.tokens
    mentions: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        variants = token.variants
        capital = _capital(doc, i, gazetteer, regions)
        if capital:
            mentions.append(capital)
            i = capital.last + 1
            continue
        if not token.brk and (JIHA in variants or _CUES.intersection(variants)):
            found = match_at(doc, i + 1, gazetteer, weak=True)
            if found:
                last, refs, _ = found
                if JIHA in variants:
                    regions_named = {gazetteer.region_of(r) for r in refs}
                    split = all(r.split for r in refs)
                    refs = tuple(
                        PlaceRef("region", slug, False, split) for slug in sorted(regions_named)
                    )
                    cue = JIHA
                else:
                    cue = next(iter(_CUES.intersection(variants)))
                    refs = _for_cue(cue, refs)
                mentions.append(PlaceMention(i + 1, last, refs, cue, token.norm[:1]))
                i = last + 1
                if cue in _DUAL_CUES and not tokens[last].brk and i < len(tokens):
                    second = tokens[i].norm
                    found = match_at(doc, i, gazetteer, weak=True) if second[:1] == "و" else None
                    if found:
                        last, refs, prefix = found
                        mentions.append(PlaceMention(i, last, _for_cue(cue, refs), cue, prefix))
                        i = last + 1
                continue
        found = match_at(doc, i, gazetteer)
        if found:
            last, refs, prefix = found
            mentions.append(PlaceMention(i, last, refs, None, prefix))
            i = last + 1
            continue
        found = match_at(doc, i, gazetteer, weak=True)
        if found:
            last, refs, prefix = found
            if not prefix and _dateline(doc, i, last):
                mentions.append(PlaceMention(i, last, refs, DATELINE, prefix))
                i = last + 1
                continue
            if not prefix and i > 0 and tokens[i - 1].norm in _PORTS and not tokens[i - 1].brk:
                # بميناء المضيق: a port is named by its town, a weak name too
                towns = tuple(r for r in refs if r.kind == "city")
                if towns:
                    mentions.append(PlaceMention(i, last, towns, None, prefix))
                    i = last + 1
                    continue
            if prefix[-1:] in ("ب", "ل"):
                kept = tuple(r for r in refs if gazetteer.region_of(r) in regions)
                if not regions and prefix[-1:] == "ب":
                    kept = refs
                if kept:
                    mentions.append(PlaceMention(i, last, kept, None, prefix))
                    i = last + 1
                    continue
        glued = _glued_town(token.norm, gazetteer)
        if glued:
            mentions.append(PlaceMention(i, i, glued, None, ""))
        i += 1
    return mentions


def _glued_town(word: str, gazetteer: Gazetteer) -> tuple[PlaceRef, ...] | None:
    """A town with the article glued to the word before it (بوزيدالجديدة): its refs. Not
    after a feminine noun (الحكامةالجديدة: an adjective glued on), nor the last of a glued
    list of names (تطوانالمضيقالفنيدق, a region's or a prefecture's name)."""
    at = word.find("ال", 3)
    while at > 0:
        refs = gazetteer.glued_towns.get(word[at:])
        if refs and word[at - 1] != "ه":
            before = word[:at]
            places = gazetteer.one_word_places
            if any(
                before[a:b] in places
                for a in range(len(before))
                for b in range(a + 4, len(before) + 1)
            ):
                return None
            return refs
        at = word.find("ال", at + 1)
    return None


def _capital(
    doc: Document, i: int, gazetteer: Gazetteer, regions: frozenset[str]
) -> PlaceMention | None:
    """A town named by its role: عاصمة جهة X is X's capital, عاصمة الجهة the capital of the one
    region the chambers name."""
    tokens = doc.tokens
    token = tokens[i]
    if "عاصمه" not in token.variants or token.brk or i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    if nxt.norm == "الجهه":
        if len(regions) != 1:
            return None
        last, code = i + 1, gazetteer.capital(next(iter(regions)))
    elif JIHA in nxt.variants and not nxt.brk:
        found = match_at(doc, i + 2, gazetteer, weak=True)
        named = {gazetteer.region_of(r) for r in found[1]} if found else set()
        if len(named) != 1 or not any(r.kind == "region" for r in found[1]):
            return None
        last = found[0]
        name = tuple(t.norm for t in tokens[i + 2 : last + 1])
        name = (name[0][len(found[2]) :], *name[1:]) if found[2] else name
        code = gazetteer.capital(named.pop(), name)
    else:
        return None
    if code is None:
        return None
    return PlaceMention(i, last, (PlaceRef("city", code, False),), "عاصمه", token.norm[:1])


def _for_cue(cue: str, refs: tuple[PlaceRef, ...]) -> tuple[PlaceRef, ...]:
    if cue in PROVINCE_CUES and any(r.kind == "province" for r in refs):
        return tuple(r for r in refs if r.kind == "province")
    return refs


def _dateline(doc: Document, first: int, last: int) -> bool:
    """Whether the place at first..last opens a line as a dateline, a colon or dash after it
    (بركان: لقاء …، الرباط – نظمت …)."""
    tokens = doc.tokens
    line_start = doc.norm.rfind("\n", 0, tokens[first].nstart) + 1
    match = place_mark(doc.norm, line_start)
    if not match or match["mark"] == "," or match.start("mark") < tokens[last].nend:
        return False
    if doc.norm[tokens[last].nend : match.start("mark")].strip():
        return False
    return doc.norm[line_start : tokens[first].nstart].strip() == "" and (
        last + 1 >= len(tokens) or match.end() <= tokens[last + 1].nstart
    )


def place_ends(mentions: list[PlaceMention]) -> dict[int, int]:
    """first token → last token of each place mention (for phrase rules that stop after one)."""
    return {m.first: m.last for m in mentions}
