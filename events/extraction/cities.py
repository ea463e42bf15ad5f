"""The meeting's region, city and province, chosen among the places the text names."""

from __future__ import annotations

import re
from collections import defaultdict

from events.arabic import normalise
from events.extraction.document import Document
from events.extraction.gazetteer import Gazetteer
from events.extraction.partner_context import COUNTRIES
from events.extraction.places import DATELINE, JIHA, PROVINCE_CUES, PlaceMention
from events.extraction.result import Found

# An official's title before a place names his territory, not the venue: عامل إقليم صفرو.
_OFFICIALS = frozenset(["عامل", "والي", "باشا", "قائد", "عمال", "ولاه"])
# A building planned somewhere is no venue: تشييد مقر للغرفة بمدينة سلا، إقامة معرض بالقنيطرة.
# Nor is the place of an event the meeting prepares or agrees on: اتفاقيات لتنظيم الأبواب
# المفتوحة بإقليم تيزنيت.
_PROJECT_WORDS = frozenset(
    [
        *("تشييد", "اقامه", "احداث", "بناء", "اقتناء", "انجاز", "تهيئه"),
        *("لتشييد", "لاقامه", "لاحداث", "لتنظيم"),
    ]
)
# A stretch of coast or sea is a fishing zone, not a venue: بسواحل الناظور، بساحل سيدي إفني.
_ZONE_WORDS = frozenset(["ساحل", "سواحل", "شواطي", "شاطي", "مياه", "سواحلنا"])
# A building spoken for (لمجمع الصناعة التقليدية بتطوان، للمركب …) sits somewhere; the
# meeting is not said to be there.
_BUILDINGS = frozenset(
    ["مجمع", "مركب", "مركز", "سوق", "قصر", "دار", "فضاء", "مقر", "حي", "قريه", "ميناء", "معهد"]
)
# The seat of a body before the place (المديرية الجهوية للصناعة التقليدية بأكادير): where the
# body sits, not where the meeting is.
_SEAT_HEADS = frozenset(
    [
        "المديريه",
        "مديريه",
        "المندوبيه",
        "مندوبيه",
        "النيابه",
        "الاكاديميه",
        "المصالح",
        "الوكاله",
        "المكتب",
    ]
)
_SEAT_WINDOW = 6
# A town the gazetteer does not know, said to be the place (بمدينة القاهرة، بجماعة سيدي وساي).
_WRITTEN_TOWN = re.compile(
    r"(?<![^\W\d_])(?:ب|في\s+)(?:مدينه|جماعه|بلديه)\s*[\"“”«]?\s*"
    r"(?P<name>[^\W\d_]{2,}(?:\s+[^\W\d_]{2,})?)"
)
# A town abroad named before its country, where the meeting is held: ينظم بكونيل بإسبانيا.
_TOWN_ABROAD = re.compile(
    r"(?<![^\W\d_])(?:[تي]?نظم|نظمت|المنظم|المنظمه|[تي]?نعقد|انعقدت|المنعقد|المنعقده|[تي]قام"
    r"|المقام|المقامه|عقد|عقدت|[تي]عقد)\s+"
    r"ب(?P<name>[^\W\d_]{3,})\s+ب(?:ال)?(?P<country>[^\W\d_]{3,})(?![^\W\d_])"
)
# A rural commune named after its weekly market (حد كورت، سبت جزولة، خميس الزمامرة), where
# the gazetteer lacks it: not الى حد كبير، على حد قوله، بلغت حد التوتر.
_SOUK_TOWN = re.compile(
    r"(?<![^\W\d_])(?<!الي )(?<!علي )(?<!في )ب?(?P<name>(?:حد(?!\s+ال)|سبت|ثلاثاء|اربعاء|خميس)"
    r"\s+(?!كبير|سواء|قول|ذات|ما\b|بعيد|ادني|اقصي|تعبير)[^\W\d_]{3,})(?![^\W\d_])"
)
_TOWN_STOPS = frozenset(
    ["في", "من", "علي", "الي", "مع", "يوم", "وذلك", "التي", "الذي", "حيث", "التابعه", "التابع"]
)


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
        named = [r for r in m.refs if r.kind == "region"]
        # A split former region weighs less than one town of the text (let the town decide).
        votes[region] += (0.9 if all(r.split for r in named) else 3) if named else 1
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
    events: list[tuple[int, int]] = (),
    served: frozenset[str] = frozenset(),
) -> tuple[Found[str | None], str | None]:
    """The meeting's city: the town the text places things in most, in the meeting's region,
    or plainly in another region the chamber serves (a fishing chamber's other coast).

    Places inside programme names (مركز الأعمال بالمحمدية) and region names do not count.
    """
    abroad = _held_abroad(doc)
    if abroad is not None:
        return abroad, None
    scores: dict[str, float] = defaultdict(float, boosts or {})
    spans: dict[str, tuple[int, int]] = {}
    # A town of another region where the meeting plainly is (a visit to a fair there).
    outside: dict[str, float] = defaultdict(float)
    communes: dict[tuple[int, int], float] = {}  # towns the gazetteer lacks, by their tokens
    venue_province = None
    for m in mentions:
        if m.cue == JIHA or any(r.kind == "region" for r in m.refs):
            if m.cue in ("مدينه", "مدينتي"):
                # مدينة كلميم واد نون: the town the region is named after.
                town = _town_of_region(gazetteer, doc.tokens[m.first].norm, region)
                if town:
                    scores[town] += 2.0
                    spans.setdefault(town, (m.first, m.first))
            continue
        start, end = doc.span(m.first, m.last)
        if any(a <= start and end <= b for a, b in excluded):
            continue
        if _official_territory(doc, m) or _planned(doc, m.first) or _zone(doc, m):
            continue
        if _chamber_label(doc, m):
            continue
        commune = _commune_before(doc, m)
        if commune is not None:
            # بجماعة فم الواد بإقليم العيون: the commune is the place; its province locates it.
            communes[commune] = communes.get(commune, 0) + 3
            continue
        cities = [r.key for r in m.refs if r.kind == "city"]
        weight = 1.0
        if _seat(doc, m):
            weight = 0.0
        provinces = [r.key for r in m.refs if r.kind == "province"]
        if (
            venue_tokens
            and venue_tokens[0] <= m.first <= venue_tokens[1]
            and len(provinces) == 1
            and not cities
        ):
            venue_province = provinces[0]
        if not cities:
            # إقليم الحسيمة: the province's town of the same name, a little.
            names = {gazetteer.province_by_code[r.key].name_ar for r in m.refs}
            cities = [c.code for c in gazetteer.cities if c.name_ar in names]
            weight = 0.5
        if len(cities) != 1 or weight == 0:
            continue
        city = cities[0]
        elsewhere = region and gazetteer.city_by_code[city].region != region
        if "ب" in m.prefix:
            weight += 1
        if m.cue in ("مدينه", "مدينتي", DATELINE):
            weight += 1
        if venue_tokens and venue_tokens[0] <= m.first <= venue_tokens[1]:
            weight += 3
        if "ب" in m.prefix and _after_event(doc, m.first, events):
            weight += 2  # المعرض الجهوي للصناعة التقليدية بإفران
        if elsewhere and weight >= 3 and gazetteer.city_by_code[city].region in served:
            elsewhere = False  # بمدينة الداخلة, the other region of a fishing chamber's coast
        if elsewhere:
            if weight >= 3:
                outside[city] += weight
            continue
        scores[city] += weight
        spans.setdefault(city, (start, end))
    scores = {c: s for c, s in scores.items() if s >= 1}
    if communes and max(communes.values()) > max(scores.values(), default=0):
        first, last = max(communes, key=lambda k: communes[k])
        return Found(doc.text(first, last), doc.span(first, last), 0.5), None
    if not scores and not venue_province and outside:
        scores = outside
    if not scores:
        if venue_province:
            commune = _commune_of_province(doc, venue_tokens, mentions)
            if commune is not None:
                return Found(commune, venue_tokens and doc.span(*venue_tokens), 0.5), None
            # بمقر عمالة إقليم اشتوكة آيت باها: the text names only the province it is held in.
            province = gazetteer.province_by_code[venue_province]
            return Found(province.name_ar, venue_tokens and doc.span(*venue_tokens), 0.5), None
        return _written_town(doc), None
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
            and m.cue in PROVINCE_CUES
            and (region is None or gazetteer.province_by_code[provinces[0]].region == region)
        ):
            counts[provinces[0]] += 1
    if not counts:
        return Found(None, None, 0.0)
    return Found(max(counts, key=lambda p: counts[p]), None, 0.6)


def _after_event(doc: Document, first: int, events) -> bool:
    """Whether the place closes the phrase of a meeting named just before it."""
    for _start, last in events:
        if last < first <= last + 5 and not any(t.brk for t in doc.tokens[last:first]):
            return True
    return False


def _official_territory(doc: Document, m: PlaceMention) -> bool:
    """عامل إقليم صفرو، والي جهة فاس مكناس، باشا مدينة تافراوت."""
    tokens = doc.tokens
    for k in (m.first - 1, m.first - 2):
        if k < 0 or (k < m.first - 1 and not m.cue):
            break
        if _OFFICIALS.intersection(tokens[k].variants[:3]):
            return True
    return False


def _planned(doc: Document, first: int) -> bool:
    """A project's place: تشييد مقر للغرفة بمدينة سلا."""
    sentence = doc.sentence_of(first)
    for k in range(max(0, first - 12), first):
        if _PROJECT_WORDS.intersection(doc.tokens[k].variants[:3]) and (
            doc.sentence_of(k) == sentence
        ):
            return True
    return False


def _seat(doc: Document, m: PlaceMention) -> bool:
    """A body's seat (المديرية الجهوية للصناعة التقليدية بأكادير), or a building's spoken of
    with ل (لمجمع الصناعة التقليدية بتطوان)."""
    if "ب" not in m.prefix or m.cue:
        return False
    tokens = doc.tokens
    for k in range(m.first - 1, max(-1, m.first - 1 - _SEAT_WINDOW), -1):
        if tokens[k].brk and k != m.first - 1:
            return False
        if _SEAT_HEADS.intersection(tokens[k].variants[:3]):
            return True
        word = tokens[k].norm
        if (
            word[:1] == "ل"
            and word[1:] in _BUILDINGS
            or word.startswith("لل")
            and (word[3:] in _BUILDINGS)
        ):
            return True
    return False


_COMMUNE_CUES = frozenset(["بجماعه", "بالجماعه", "ببلديه", "بمدينه"])


def _commune_before(doc: Document, m: PlaceMention) -> tuple[int, int] | None:
    """The tokens of a town the gazetteer does not know, written just before its province:
    بجماعة فم الواد بإقليم العيون → (فم, الواد)."""
    if m.cue not in PROVINCE_CUES or "ب" not in m.prefix:
        return None
    tokens = doc.tokens
    cue_at = m.first - 1
    for k in range(cue_at - 2, max(-1, cue_at - 5), -1):
        if tokens[k].brk:
            return None
        if tokens[k].norm in _COMMUNE_CUES:
            words = tokens[k + 1 : cue_at]
            if any(t.brk or t.digit or t.latin for t in words):
                return None
            return (k + 1, cue_at - 1)
    return None


def _commune_of_province(
    doc: Document, venue: tuple[int, int] | None, mentions: list[PlaceMention]
) -> str | None:
    """A commune named after its province, written in the venue (بالصخور الرحامنة) and as a
    commune elsewhere in the text (جماعة صخور الرحامنة): that commune."""
    if venue is None:
        return None
    tokens = doc.tokens
    for m in mentions:
        if not (venue[0] < m.first <= venue[1]) or m.cue:
            continue
        before = tokens[m.first - 1].norm
        names = [t.norm for t in tokens[m.first : m.last + 1]]
        for k in range(len(tokens) - len(names) - 1):
            if "جماعه" in tokens[k].variants[:3] and not tokens[k].brk:
                word = tokens[k + 1].norm
                if (
                    before in ("ب" + word, "بال" + word)
                    and [t.norm for t in tokens[k + 2 : k + 2 + len(names)]] == names
                ):
                    return doc.text(k + 1, k + 1 + len(names))
    return None


def _zone(doc: Document, m: PlaceMention) -> bool:
    """بسواحل الناظور، بساحل سيدي إفني: a fishing zone."""
    k = m.first - 1
    return (
        k >= 0
        and not doc.tokens[k].brk
        and bool(_ZONE_WORDS.intersection(doc.tokens[k].variants[:3]))
    )


def _chamber_label(doc: Document, m: PlaceMention) -> bool:
    """A line that is the chamber's name, a dash and its town (غرفة الصيد البحري المتوسطية-
    طنجة): a label of who is writing from where, not the meeting's place."""
    if m.prefix or m.cue or m.first == 0:
        return False
    tokens = doc.tokens
    norm = doc.norm
    gap = norm[tokens[m.first - 1].nend : tokens[m.first].nstart]
    if not any(dash in gap for dash in "-–—"):
        return False
    line_start = norm.rfind("\n", 0, tokens[m.first].nstart) + 1
    line_end = norm.find("\n", tokens[m.last].nend)
    tail = norm[tokens[m.last].nend : line_end if line_end >= 0 else len(norm)]
    head = norm[line_start : tokens[m.first - 1].nend].split()
    return not tail.strip(" .") and 0 < len(head) <= 8 and head[0] in ("غرفه", "الغرفه")


def _held_abroad(doc: Document) -> Found[str | None] | None:
    """ينظم بكونيل بإسبانيا: the meeting is held in a town abroad, whatever towns at home the
    text names."""
    for match in _TOWN_ABROAD.finditer(doc.norm):
        country = match["country"]
        if country in COUNTRIES or "ال" + country in COUNTRIES:
            span = doc.nspan_to_body(match.start("name"), match.end("name"))
            return Found(doc.body[slice(*span)], span, 0.5)
    return None


def _written_town(doc: Document) -> Found[str | None]:
    """The town the text says the meeting is in when the gazetteer does not know it: a town
    abroad (بمدينة القاهرة) or a rural commune (بجماعة سيدي وساي)."""
    for match in _WRITTEN_TOWN.finditer(doc.norm):
        words = match["name"].split()
        if words[0] in _TOWN_STOPS:
            continue
        if len(words) > 1 and words[1] in _TOWN_STOPS:
            words = words[:1]
        first = doc.token_at(doc.offsets[match.start("name")])
        if first >= len(doc.tokens) or _planned(doc, first):
            continue
        last = min(first + len(words) - 1, len(doc.tokens) - 1)
        if doc.tokens[first].brk:
            last = first
        return Found(doc.text(first, last), doc.span(first, last), 0.4)
    for match in _SOUK_TOWN.finditer(doc.norm):
        span = doc.nspan_to_body(match.start("name"), match.end("name"))
        return Found(doc.body[slice(*span)], span, 0.4)
    return Found(None, None, 0.0)


def _town_of_region(gazetteer: Gazetteer, word: str, region: str | None) -> str | None:
    towns = [
        c.code
        for c in gazetteer.cities
        if normalise(c.name_ar) == word and (region is None or c.region == region)
    ]
    return towns[0] if len(towns) == 1 else None
