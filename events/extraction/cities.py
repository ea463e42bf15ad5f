"""The meeting's region, city and province, chosen among the places the text names."""

from __future__ import annotations

from collections import defaultdict

from events.extraction.document import Document
from events.extraction.gazetteer import Gazetteer
from events.extraction.places import DATELINE, JIHA, PROVINCE_CUES, PlaceMention
from events.extraction.result import Found


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
            and m.cue in PROVINCE_CUES
            and (region is None or gazetteer.province_by_code[provinces[0]].region == region)
        ):
            counts[provinces[0]] += 1
    if not counts:
        return Found(None, None, 0.0)
    return Found(max(counts, key=lambda p: counts[p]), None, 0.6)
