"""Chambers: their kind (commerce, crafts, agriculture, fishing) and their region, from the
chamber's name with its qualifier (لجهة …، للشرق، بوجدة), its annexes (ملحقة الغرفة بآسفي)
or, failing those, the article's region."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from events.arabic import words
from events.extraction.document import Document
from events.extraction.gazetteer import Gazetteer
from events.extraction.partner_shapes import received_delegation
from events.extraction.places import JIHA, PROVINCE_CUES, match_at
from events.extraction.result import Found

_PHRASES: list[tuple[tuple[str, ...], str]] = sorted(
    (
        (tuple(words(phrase)), kind)
        for kind, phrases in {
            "ccis": [
                "غرفة التجارة والصناعة والخدمات",
                "غرفة التجارة والصناعة",
                "غرفة التجارة",
                "الغرفة الجهوية للتجارة والصناعة والخدمات",
                # the name's first two words the other way round, as the press often writes it
                "غرفة الصناعة والتجارة والخدمات",
                "الغرفة الجهوية للصناعة والتجارة والخدمات",
                "الغرفة التجارية",
                "CCIS",
                "CCI",
            ],
            "artisanat": [
                "غرفة الصناعة التقليدية",
                "غرفة الصناعات التقليدية",
                "الغرفة الجهوية للصناعة التقليدية",
                "Chambre d'Artisanat",
            ],
            "agriculture": [
                "الغرفة الفلاحية",
                "غرفة الفلاحة",
                "الغرفة الجهوية للفلاحة",
                "الغرفة الجهوية الفلاحية",
                # زراعي is فلاحي in the press's other register (الغرفة الزراعية بالمنطقة الشرقية)
                "الغرفة الزراعية",
                "الغرفة الجهوية الزراعية",
                "Chambre d'Agriculture",
            ],
            "peche": [
                "غرفة الصيد البحري",
                "الغرفة المتوسطية للصيد البحري",
                "الغرفة الأطلسية الشمالية للصيد البحري",
                "الغرفة الأطلسية الوسطى للصيد البحري",
                "الغرفة الأطلسية الجنوبية للصيد البحري",
                "غرف الصيد البحري",
                # غرفة الصيد الأطلسية الجنوبية: the sea left out, the coast kept
                "غرفة الصيد",
                # The fishing chambers' short names, without الصيد البحري.
                "الغرفة المتوسطية",
                "الغرفة الأطلسية الشمالية",
                "الغرفة الأطلسية الوسطى",
                "الغرفة الأطلسية الجنوبية",
            ],
        }.items()
        for phrase in phrases
    ),
    key=lambda item: -len(item[0]),
)
_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _kind in _PHRASES:
    _BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _kind))

_COASTS = {
    "المتوسطيه": "mediterranee",
    "المتوسط": "mediterranee",
    "الشماليه": "atlantique-nord",
    "الوسطي": "atlantique-centre",
    "الجنوبيه": "atlantique-sud",
}
ATLANTIC_WORDS = frozenset(("الاطلسيه", "الاطلسي"))
_COAST_WORDS = frozenset((*_COASTS, *ATLANTIC_WORDS))
_ANNEX = "ملحقه"
_PROVINCES_CUES = PROVINCE_CUES | {"اقاليم"}
_GENERIC = frozenset(("الغرفه", "غرفه"))


@dataclass(frozen=True)
class ChamberMention:
    first: int
    last: int  # including its qualifier
    kind: str | None  # None for an annex named without its chamber's kind
    region: str | None
    coast: str | None = None
    annex: bool = False


def _qualifier(doc: Document, j: int, gazetteer: Gazetteer) -> tuple[str | None, int]:
    """The region written after a chamber's name ending at token j: (region, last token)."""
    tokens = doc.tokens
    if tokens[j].brk or j + 1 >= len(tokens):
        return None, j
    nxt = tokens[j + 1]
    if nxt.norm in ("الجهويه",) and not nxt.brk:
        j += 1
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if nxt is None:
            return None, j
    if JIHA in nxt.variants and nxt.norm != "الجهه" and not nxt.brk:
        found = match_at(doc, j + 2, gazetteer, weak=True)
    elif _PROVINCES_CUES.intersection(nxt.variants) and nxt.norm[:1] in ("ل", "ب") and not nxt.brk:
        # A provincial chamber of before 2015 (لإقليمي الناظور والدريوش، لأقاليم تازة والحسيمة):
        # its first province's region.
        found = match_at(doc, j + 2, gazetteer, weak=True)
    elif nxt.norm[:1] in ("ل", "ب"):
        found = match_at(doc, j + 1, gazetteer, weak=True)
    else:
        found = None
    if not found:
        return None, j
    last, refs, _ = found
    if all(r.split for r in refs):
        return None, last  # a split former region: the article's region (its town) decides
    regions = {gazetteer.region_of(r) for r in refs}
    return (regions.pop() if len(regions) == 1 else None), last


def find_chambers(doc: Document, gazetteer: Gazetteer) -> list[ChamberMention]:
    tokens = doc.tokens
    mentions: list[ChamberMention] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        matched = None
        for variant in token.variants:
            for phrase, kind in _BY_FIRST.get(variant, ()):
                n = len(phrase) - 1
                if i + n < len(tokens) and all(
                    tokens[i + 1 + k].norm == phrase[1 + k] and not tokens[i + k].brk
                    for k in range(n)
                ):
                    matched = (i + n, kind)
                    break
            if matched:
                break
        if matched:
            last, kind = matched
            if kind == "ccis" and last + 1 < len(tokens) and tokens[last + 1].norm == "التقليديه":
                kind, last = "artisanat", last + 1  # غرفة التجارة والصناعة التقليدية: a slip
            coast = None
            if kind == "peche":
                # غرفة الصيد البحري الأطلسية الجنوبية: the coast belongs to the name.
                while (
                    last + 1 < len(tokens)
                    and not tokens[last].brk
                    and tokens[last + 1].norm in _COAST_WORDS
                ):
                    last += 1
                for k in range(i, min(last + 4, len(tokens))):
                    # الغرفة المتوسطية الشمالية is the Mediterranean one: its coast word wins.
                    if coast != "mediterranee":
                        coast = _COASTS.get(tokens[k].norm, coast)
                    if tokens[k].brk and k >= last:
                        break
            region, end = _qualifier(doc, last, gazetteer)
            mentions.append(ChamberMention(i, end, kind, region, coast))
            i = end + 1
            continue
        inverted = _inverted(doc, i, gazetteer)
        if inverted:
            mentions.append(inverted)
            i = inverted.last + 1
            continue
        if _ANNEX in token.variants and not token.brk:
            j = i + 1
            if tokens[j].norm in ("الغرفه", "الاقليميه") and not tokens[j].brk:
                j += 1
            found = match_at(doc, j, gazetteer, weak=True)
            if found is None and j + 1 < len(tokens) and tokens[j].norm in ("الغرفه",):
                found = match_at(doc, j + 1, gazetteer, weak=True)
            if found:
                last, refs, _ = found
                regions = {gazetteer.region_of(r) for r in refs}
                if len(regions) == 1:
                    mentions.append(ChamberMention(i, last, None, regions.pop(), annex=True))
                    i = last + 1
                    continue
        i += 1
    return mentions


# The kind after the region, in «غرفة الشرق للفلاحة», «غرفة سوس ماسة للتجارة والصناعة».
_KIND_AFTER = {"للفلاحه": "agriculture", "للتجاره": "ccis", "للصناعه": "artisanat"}


def _inverted(doc: Document, i: int, gazetteer: Gazetteer) -> ChamberMention | None:
    """غرفة الشرق للفلاحة: the chamber named by its region, then its kind."""
    tokens = doc.tokens
    if tokens[i].norm.lstrip("و") != "غرفه" or tokens[i].brk or i + 2 >= len(tokens):
        return None
    found = match_at(doc, i + 1, gazetteer, weak=True)
    if not found or found[0] + 1 >= len(tokens) or tokens[found[0]].brk:
        return None
    last, refs, _ = found
    kind = _KIND_AFTER.get(tokens[last + 1].norm)
    regions = {gazetteer.region_of(r) for r in refs if r.kind == "region"}
    if kind is None or len(regions) != 1:
        return None
    if kind == "artisanat" and (last + 2 >= len(tokens) or tokens[last + 2].norm != "التقليديه"):
        return None  # للصناعة alone is the commerce chamber's word
    return ChamberMention(i, last + 1, kind, regions.pop())


def town_chambers(doc: Document, places, gazetteer: Gazetteer, own) -> list[tuple[int, int]]:
    """غرفة الدار البيضاء: a chamber named by its town alone, when the town is of a region the
    article's chamber does not serve (a counterpart's delegation, a sister chamber signing)."""
    served = set(own.regions or (own.region,))
    starts = {p.first: p for p in places}
    spans = []
    for i, token in enumerate(doc.tokens[:-1]):
        place = starts.get(i + 1)
        if token.brk or token.norm.lstrip("و") != "غرفه" or place is None or place.prefix:
            continue
        regions = {gazetteer.region_of(r) for r in place.refs}
        if regions and not regions & served:
            spans.append((i, place.last))
    return spans


def chamber_regions(mentions: list[ChamberMention], doc: Document | None = None) -> list[str]:
    """The regions the chambers named are of; with `doc`, a visiting delegation's chamber
    left out when a host is named too."""
    regions = [m.region for m in mentions if m.region]
    if doc is None:
        return regions
    hosts = [m.region for m in mentions if m.region and not received_delegation(doc, m.first)]
    return hosts or regions


def served_regions(mentions: list[ChamberMention], gazetteer: Gazetteer) -> frozenset[str]:
    """Every region the chambers named serve: their qualifier's, or a fishing chamber's coast."""
    regions = set(chamber_regions(mentions))
    for m in mentions:
        if m.coast:
            chamber = gazetteer.chamber_by_slug.get(f"peche-{m.coast}")
            if chamber:
                regions.update(chamber.regions or (chamber.region,))
    return frozenset(regions)


def choose_chamber(
    doc: Document,
    mentions: list[ChamberMention],
    region: str | None,
    gazetteer: Gazetteer,
) -> Found[str | None]:
    kinds: Counter[str] = Counter()
    for m in mentions:
        if m.kind:
            kinds[m.kind] += 2 if doc.sentence_of(m.first) <= 1 else 1
    if not kinds:
        if any(_GENERIC.intersection(t.variants) for t in doc.tokens) or any(
            m.annex for m in mentions
        ):
            annex_regions = [m.region for m in mentions if m.annex]
            slug = gazetteer.chamber_slug("ccis", annex_regions[0] if annex_regions else region)
            return Found(slug, None, 0.3 if slug else 0.0)
        return Found(None, None, 0.0)
    kind = max(kinds, key=lambda k: (kinds[k], -min(m.first for m in mentions if m.kind == k)))
    own = [m for m in mentions if m.kind == kind]
    named: Counter[str] = Counter()
    for m in own:
        if m.region:
            # استقبال وفد عن غرفة …، قام وفد رفيع المستوى من غرفة … بزيارة لغرفة …: the
            # visitors' chamber, named as often as the host, is not the one meeting
            named[m.region] += 0.3 if received_delegation(doc, m.first) else 1
    annexed = Counter(m.region for m in mentions if m.annex)
    chamber_region = (
        named.most_common(1)[0][0] if named else annexed.most_common(1)[0][0] if annexed else region
    )
    coast = next((m.coast for m in own if m.coast), None)
    slug = gazetteer.chamber_slug(kind, chamber_region, coast)
    first = own[0]
    confidence = 0.9 if named else 0.75 if chamber_region else 0.3
    return Found(slug, doc.span(first.first, first.last), confidence if slug else 0.0)
