"""Places: the gazetteer's regions, provinces and cities as the text writes them (with
clitics, hyphens, short forms), then the meeting's region, city, province and venue."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from events.extraction.document import Document
from events.extraction.gazetteer import Gazetteer, PlaceRef
from events.extraction.result import Found

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
_PROVINCE_CUES = frozenset(["اقليم", "اقليمي", "عماله", "عمالتي"])

_VENUE_HEADS = frozenset(
    [
        "مقر",
        "قاعه",
        "قصر",
        "فندق",
        "مركب",
        "فضاء",
        "رحاب",
        "مدرج",
        "دار",
        "نادي",
        "مركز",
        "رواق",
        "خيمه",
        "مسرح",
        "المركب",
        "القاعه",
    ]
)
_VENUE_BEFORE = frozenset(["في", "داخل", "بداخل"])
_VENUE_LINKS = frozenset(
    [
        "المتواجد",
        "المتواجده",
        "الكاين",
        "الكائن",
        "الكائنه",
        "الموجود",
        "الموجوده",
        "الواقع",
        "الواقعه",
    ]
)
_VENUE_STOPS = frozenset(
    [
        "في",
        "من",
        "على",
        "الي",
        "عن",
        "مع",
        "حول",
        "يوم",
        "لفائده",
        "بحضور",
        "تحت",
        "جمع",
        "وذلك",
        "ذلك",
        "الذي",
        "التي",
        "حيث",
        "خلال",
        "وقد",
        "قد",
        "اجتماعا",
        "لقاء",
        "لقاءا",
        "اجتماع",
        "بمشاركه",
        "بشراكه",
        "بتنسيق",
        "بتعاون",
        "بهدف",
        "قصد",
        "اجل",
        "وبحضور",
        "لمناقشه",
    ]
)


@dataclass(frozen=True)
class PlaceMention:
    first: int  # token indexes, inclusive
    last: int
    refs: tuple[PlaceRef, ...]
    cue: str | None  # the word that announced it: جهه، اقليم، مدينه …
    prefix: str  # clitic letters on its first word (ب، ل، و …)

    def region_refs(self) -> list[PlaceRef]:
        return [r for r in self.refs if r.kind == "region"]


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
            if any(tokens[i + k].brk for k in range(n)):
                continue
            if any(tokens[i + 1 + k].norm != rest[k] for k in range(n)):
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


def find_places(doc: Document, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Every place the text names, left to right, without overlaps."""
    tokens = doc.tokens
    mentions: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        variants = token.variants
        if not token.brk and (JIHA in variants or _CUES.intersection(variants)):
            found = match_at(doc, i + 1, gazetteer, weak=True)
            if found:
                last, refs, _ = found
                if JIHA in variants:
                    regions = {gazetteer.region_of(r) for r in refs}
                    refs = tuple(PlaceRef("region", slug, False) for slug in sorted(regions))
                    cue = JIHA
                else:
                    cue = next(iter(_CUES.intersection(variants)))
                    if cue in _PROVINCE_CUES and any(r.kind == "province" for r in refs):
                        refs = tuple(r for r in refs if r.kind == "province")
                mentions.append(PlaceMention(i + 1, last, refs, cue, token.norm[:1]))
                i = last + 1
                continue
        found = match_at(doc, i, gazetteer)
        if found:
            last, refs, prefix = found
            mentions.append(PlaceMention(i, last, refs, None, prefix))
            i = last + 1
            continue
        i += 1
    return mentions


def place_ends(mentions: list[PlaceMention]) -> dict[int, int]:
    """first token → last token of each place mention (for phrase rules that stop after one)."""
    return {m.first: m.last for m in mentions}


def choose_region(
    mentions: list[PlaceMention],
    gazetteer: Gazetteer,
    chamber_regions: list[str],
) -> Found[str | None]:
    votes: dict[str, float] = defaultdict(float)
    first_span: dict[str, tuple[int, int] | None] = {}
    for region in chamber_regions:
        votes[region] += 4
        first_span.setdefault(region, None)
    for m in mentions:
        regions = {gazetteer.region_of(r) for r in m.refs}
        if len(regions) != 1:
            continue
        region = regions.pop()
        votes[region] += 3 if any(r.kind == "region" for r in m.refs) else 1
        first_span.setdefault(region, (m.first, m.last))
    if not votes:
        return Found(None, None, 0.0)
    best = max(votes, key=lambda r: votes[r])
    confidence = round(min(0.97, votes[best] / sum(votes.values())), 2)
    return Found(best, first_span.get(best), confidence)


def choose_city(
    doc: Document,
    mentions: list[PlaceMention],
    gazetteer: Gazetteer,
    region: str | None,
    *,
    excluded: list[tuple[int, int]],
    venue_tokens: tuple[int, int] | None,
    boosts: dict[str, float] | None = None,
) -> tuple[Found[str | None], str | None]:
    """The meeting's city: the town the text places things in most, in the meeting's region.

    Places inside programme names (مركز الأعمال بالمحمدية) and region names do not count.
    """
    scores: dict[str, float] = defaultdict(float, boosts or {})
    spans: dict[str, tuple[int, int]] = {}
    for m in mentions:
        if m.cue == JIHA or any(r.kind == "region" for r in m.refs):
            continue
        start, end = doc.span(m.first, m.last)
        if any(a <= start and end <= b for a, b in excluded):
            continue
        cities = [r.key for r in m.refs if r.kind == "city"]
        weight = 1.0
        if not cities:
            # إقليم الحسيمة: the province's town of the same name, a little.
            names = {gazetteer.province_by_code[r.key].name_ar for r in m.refs}
            cities = [c.code for c in gazetteer.cities if c.name_ar in names]
            weight = 0.5
        if len(cities) != 1:
            continue
        city = cities[0]
        if region and gazetteer.city_by_code[city].region != region:
            continue
        if "ب" in m.prefix:
            weight += 1
        if m.cue in ("مدينه", "مدينتي"):
            weight += 1
        if venue_tokens and venue_tokens[0] <= m.first <= venue_tokens[1]:
            weight += 3
        scores[city] += weight
        spans.setdefault(city, (start, end))
    scores = {c: s for c, s in scores.items() if s >= 1}
    if not scores:
        return Found(None, None, 0.0), None
    best = max(scores, key=lambda c: scores[c])
    confidence = round(min(0.95, scores[best] / sum(scores.values())), 2)
    city = gazetteer.city_by_code[best]
    return Found(city.name_ar, spans.get(best), confidence), city.code


def choose_province(
    mentions: list[PlaceMention], gazetteer: Gazetteer, city_code: str | None, region: str | None
) -> Found[str | None]:
    if city_code:
        return Found(gazetteer.city_by_code[city_code].province, None, 0.8)
    counts: dict[str, int] = defaultdict(int)
    for m in mentions:
        provinces = [r.key for r in m.refs if r.kind == "province"]
        if (
            len(provinces) == 1
            and m.cue in _PROVINCE_CUES
            and (region is None or gazetteer.province_by_code[provinces[0]].region == region)
        ):
            counts[provinces[0]] += 1
    if not counts:
        return Found(None, None, 0.0)
    return Found(max(counts, key=lambda p: counts[p]), None, 0.6)


def find_venue(
    doc: Document, mentions: list[PlaceMention]
) -> tuple[Found[str | None], tuple[int, int] | None]:
    """مقر ملحقة الغرفة بالحسيمة، قصر المؤتمرات بمجمع الصناع التقليديين: a building
    introduced by ب or في, up to the end of its phrase."""
    tokens = doc.tokens
    ends = place_ends(mentions)
    for i, token in enumerate(tokens):
        head = token.norm
        if head.startswith("وب"):
            head = head[2:]
        elif head.startswith("ب"):
            head = head[1:]
        elif not (i > 0 and tokens[i - 1].norm in _VENUE_BEFORE and not tokens[i - 1].brk):
            continue
        if head not in _VENUE_HEADS or token.brk:
            continue
        first = i
        if head == "رحاب":  # في رحاب الكلية → the building itself
            first = i + 1
            if first >= len(tokens):
                continue
        pieces: list[tuple[int, int]] = [(first, first)]
        j = first
        while not tokens[j].brk and j + 1 < len(tokens) and j - first < 9:
            nxt = tokens[j + 1]
            if nxt.norm in _VENUE_STOPS or nxt.digit or nxt.latin:
                break
            if nxt.norm in _VENUE_LINKS:
                j += 1
                if tokens[j].brk:
                    break
                continue
            if j + 1 in ends:
                last = ends[j + 1]
                pieces.append((j + 1, last))
                j = last
                break
            if not nxt.definite and not nxt.norm.startswith(("ب", "ل")) and tokens[j].definite:
                break  # an indefinite word only continues a construct (مقر ملحقة …)
            pieces.append((j + 1, j + 1))
            j += 1
        if j == first and head != "رحاب":
            continue
        text = _join(doc, pieces)
        if token.norm.startswith(("وب", "ب")) and first == i:
            cut = 2 if token.norm.startswith("وب") else 1
            text = text[cut:]
        return Found(text, doc.span(first, j), 0.7), (first, j)
    return Found(None, None, 0.0), None


def _join(doc: Document, pieces: list[tuple[int, int]]) -> str:
    """The text of token runs, where the runs were adjacent and a linking word was dropped."""
    runs: list[list[int]] = []
    for first, last in pieces:
        if runs and first == runs[-1][1] + 1:
            runs[-1][1] = last
        else:
            runs.append([first, last])
    return " ".join(doc.text(first, last) for first, last in runs)
