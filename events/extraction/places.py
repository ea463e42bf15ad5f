"""Places: the gazetteer's regions, provinces and cities as the text writes them (with
clitics, hyphens, short forms), then the meeting's region, city, province and venue."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from events.extraction.datelines import place_mark
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
# Dual cues name two places: إقليمي الجديدة وسيدي بنور، مدينتي آسفي واليوسفية.
_DUAL_CUES = frozenset(["اقليمي", "عمالتي", "مدينتي"])
DATELINE = "dateline"

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
_VENUE_HEADS = _VENUE_HEADS | frozenset(
    [
        "مدرسه",
        "المدرسه",
        "معهد",
        "المعهد",
        "كليه",
        "الكليه",
        "مجمع",
        "المجمع",
        "الفندق",
        "المقر",
        "الدار",
        "المركز",
        "القصر",
        "الفضاء",
        "المسرح",
        "مدرج",
        "المدرج",
    ]
)
_VENUE_HEADS = _VENUE_HEADS | frozenset(
    ["ملحقه", "الملحقه", "ميناء", "الميناء", "مينا", "سوق", "السوق", "مخيم", "خزانه", "مكتبه"]
)
# Heads of institutions that are partners as often as venues (أستاذ في كلية العلوم): after
# في they are a venue only as the subject of احتضن.
_INSTITUTION_HEADS = frozenset(
    ["كليه", "الكليه", "مدرسه", "المدرسه", "معهد", "المعهد", "جامعه", "الجامعه", "مركز", "المركز"]
)
# The object of احتضن between the verb and its subject: احتضن أشغال الورشة فندق …
_HOSTED_OBJECTS = frozenset(
    ["اشغال", "فعاليات", "هذا", "هذه", "اللقاء", "الورشه", "الندوه", "الاجتماع", "اليوم"]
)
# Definite heads that name a venue only after ب or as the subject of احتضن.
_WEAK_HEADS = frozenset(
    ["المدرسه", "المعهد", "الكليه", "المجمع", "الفندق", "المقر", "الدار", "المركز"]
)
# The chamber's own seat: بمقرها، بمقره، احتضنه مقرها.
_SEAT_POSSESSIVES = frozenset(["مقرها", "مقره", "مقرهم"])
# Verbs whose subject is the venue: احتضنت المدرسة الوطنية للفلاحة …
_HOSTS = frozenset(
    [
        "احتضن",
        "احتضنت",
        "احتضنه",
        "احتضنها",
        "احتضنته",
        "احتضنتها",
        "تحتضن",
        "يحتضن",
        "استضاف",
        "استضافت",
        "استضافه",
        "استضافها",
        "تستضيف",
        "يستضيف",
        "شهد",
        "شهدت",
        "تشهد",
        "يشهد",
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
        if not token.brk and (JIHA in variants or _CUES.intersection(variants)):
            found = match_at(doc, i + 1, gazetteer, weak=True)
            if found:
                last, refs, _ = found
                if JIHA in variants:
                    regions_named = {gazetteer.region_of(r) for r in refs}
                    refs = tuple(PlaceRef("region", slug, False) for slug in sorted(regions_named))
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
            if prefix[-1:] in ("ب", "ل"):
                kept = tuple(r for r in refs if gazetteer.region_of(r) in regions)
                if not regions and prefix[-1:] == "ب":
                    kept = refs
                if kept:
                    mentions.append(PlaceMention(i, last, kept, None, prefix))
                    i = last + 1
                    continue
        i += 1
    return mentions


def _for_cue(cue: str, refs: tuple[PlaceRef, ...]) -> tuple[PlaceRef, ...]:
    if cue in _PROVINCE_CUES and any(r.kind == "province" for r in refs):
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
        if m.cue in ("مدينه", "مدينتي", DATELINE):
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
    introduced by ب or في, or the subject of احتضن (احتضنت المدرسة الوطنية للفلاحة بمكناس),
    up to the end of its phrase. "بمقرها" is the chamber's seat: مقر الغرفة.

    The subject of احتضن wins over a building merely introduced by ب; otherwise the first."""
    tokens = doc.tokens
    ends = place_ends(mentions)
    first_found = None
    for i, token in enumerate(tokens):
        head = token.norm
        hosted = _hosted(tokens, i)
        introduced_by_fi = (
            not hosted
            and not head.startswith(("ب", "وب"))
            and i > 0
            and tokens[i - 1].norm in _VENUE_BEFORE
        )
        if introduced_by_fi and head in _INSTITUTION_HEADS:
            continue  # أستاذ في كلية العلوم: where someone works, not the venue
        if head.startswith("وب"):
            head = head[2:]
        elif head.startswith("ب"):
            head = head[1:]
        elif not hosted and not (
            i > 0 and tokens[i - 1].norm in _VENUE_BEFORE and not tokens[i - 1].brk
        ):
            continue
        possessive = head in _SEAT_POSSESSIVES
        if i in ends:
            continue  # بالدار البيضاء: a town, not a building
        if not possessive and (head not in _VENUE_HEADS or token.brk):
            continue
        if head in _WEAK_HEADS and not hosted and head == token.norm:
            continue  # الباحثة في المعهد الوطني …: where someone works, not the venue
        found = _venue_at(doc, i, head, possessive, ends)
        if found is None:
            continue
        if hosted:
            return found
        if first_found is None:
            first_found = found
    if first_found is None:
        return Found(None, None, 0.0), None
    return first_found


def _hosted(tokens, i: int) -> bool:
    """Whether token i is the subject of احتضن / استضاف: right after the verb, or after the
    verb's object (واحتضن أشغال الورشة فندق …، احتضنت هذا اللقاء قاعة …)."""
    for back in range(1, 5):
        k = i - back
        if k < 0 or tokens[k].brk:
            return False
        if _HOSTS.intersection(tokens[k].variants[:2]):
            if back == 1:
                return True
            between = tokens[k + 1 : i]
            return between[0].norm in _HOSTED_OBJECTS and all(
                t.definite or t.norm in _HOSTED_OBJECTS for t in between[1:]
            )
    return False


def _venue_at(
    doc: Document, i: int, head: str, possessive: bool, ends: dict[int, int]
) -> tuple[Found[str | None], tuple[int, int]] | None:
    tokens = doc.tokens
    token = tokens[i]
    first = i
    if head == "رحاب":  # في رحاب الكلية → the building itself
        first = i + 1
        if first >= len(tokens):
            return None
    pieces: list[tuple[int, int]] = [(first, first)]
    j = first
    while not tokens[j].brk and j + 1 < len(tokens) and j - first < 14:
        nxt = tokens[j + 1]
        if nxt.norm == "في" and not nxt.brk and j + 2 in ends:
            pieces.append((j + 1, ends[j + 2]))  # بمقرها في مراكش
            j = ends[j + 2]
            break
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
            # … لجهة الرباط سلا القنيطرة بالقنيطرة: the town after the region.
            if (
                not tokens[j].brk
                and j + 1 in ends
                and tokens[j + 1].norm[:1] == "ب"
                and "ب" not in tokens[first].norm[:1]
            ):
                pieces.append((j + 1, ends[j + 1]))
                j = ends[j + 1]
            break
        if not nxt.definite and not nxt.norm.startswith(("ب", "ل")) and tokens[j].definite:
            break  # an indefinite word only continues a construct (مقر ملحقة …)
        if possessive and not nxt.definite and not nxt.norm.startswith("ب"):
            break  # بمقرها المركزي بالرباط; not بمقرها ورشة
        pieces.append((j + 1, j + 1))
        j += 1
    if j == first and head != "رحاب" and not possessive:
        return None
    if possessive:
        adjectives = [p for p in pieces[1:] if p[0] == p[1] and tokens[p[0]].norm.startswith("ال")]
        adjectives = adjectives[
            : next((n for n, p in enumerate(adjectives) if p != pieces[n + 1]), len(adjectives))
        ]
        rest = (
            _join(doc, pieces[1 + len(adjectives) :]) if len(pieces) > 1 + len(adjectives) else ""
        )
        if adjectives:  # بمقرها المركزي → المقر المركزي للغرفة
            text = " ".join(["المقر", _join(doc, adjectives), "للغرفة", rest]).strip()
        else:
            text = ("مقر الغرفة " + rest).strip()
    else:
        text = _join(doc, pieces)
        if token.norm.startswith(("وب", "ب")) and first == i:
            text = text[2 if token.norm.startswith("وب") else 1 :]
    return Found(text, doc.span(first, j), 0.7), (first, j)


def _join(doc: Document, pieces: list[tuple[int, int]]) -> str:
    """The text of token runs, where the runs were adjacent and a linking word was dropped."""
    runs: list[list[int]] = []
    for first, last in pieces:
        if runs and first == runs[-1][1] + 1:
            runs[-1][1] = last
        else:
            runs.append([first, last])
    return " ".join(doc.text(first, last) for first, last in runs)
