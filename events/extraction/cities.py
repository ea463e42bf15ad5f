"""The meeting's region, city and province, chosen among the places the text names."""

from __future__ import annotations

from collections import defaultdict

from events.arabic import normalise
from events.dates import MONTH_NUMBERS, WEEKDAY_NUMBERS
from events.extraction.communes import (
    building_communes,
    commune_before,
    commune_of_province,
    held_abroad,
    held_remotely,
    written_town,
)
from events.extraction.document import Document
from events.extraction.gazetteer import Gazetteer
from events.extraction.kind_words import HELD_PARTICIPLES
from events.extraction.organisation_words import VISITS
from events.extraction.place_context import (
    attendees,
    chamber_label,
    dashed,
    official_territory,
    origin,
    outlet,
    planned,
    seat,
    zone,
)
from events.extraction.places import BYLINE, DATELINE, JIHA, PROVINCE_CUES, PlaceMention
from events.extraction.result import Found
from events.extraction.venues import HOSTS


def choose_region(
    mentions: list[PlaceMention],
    gazetteer: Gazetteer,
    chamber_regions: list[str],
) -> Found[str | None]:
    votes: dict[str, float] = defaultdict(float)
    first_span: dict[str, tuple[int, int] | None] = {}
    split_voted: set[str] = set()
    for region in chamber_regions:
        votes[region] += 4
        first_span.setdefault(region, None)
    for m in mentions:
        regions = {gazetteer.region_of(r) for r in m.refs}
        if len(regions) != 1:
            continue
        region = regions.pop()
        named = [r for r in m.refs if r.kind == "region"]
        # A split former region weighs less than one town of the text (let the town decide),
        # a reporter's town less than a town the text places things in.
        if m.cue == BYLINE:
            votes[region] += 0.5
            continue
        if named and all(r.split for r in named):
            # مكناس تافيلالت in the headline and again in the body: one guess, however often
            if region not in split_voted:
                votes[region] += 0.9
                split_voted.add(region)
        else:
            votes[region] += 3 if named else 1
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
    name_spans: list[tuple[int, int]] = (),
    venue_tokens: tuple[int, int] | None,
    boosts: dict[str, float] | None = None,
    events: list[tuple[int, int]] = (),
    served: frozenset[str] = frozenset(),
) -> tuple[Found[str | None], str | None]:
    """The meeting's city: the town the text places things in most, in the meeting's region,
    or plainly in another region the chamber serves (a fishing chamber's other coast).

    Places inside programme names (مركز الأعمال بالمحمدية) and region names do not count.
    """
    abroad = held_abroad(doc)
    if abroad is not None:
        return abroad, None
    if venue_tokens is None and held_remotely(doc):
        return Found(None, None, 0.6), None  # عبر تقنية التواصل عن بعد: no town hosted it
    scores: dict[str, float] = defaultdict(float, boosts or {})
    spans: dict[str, tuple[int, int]] = {}
    # A town of another region where the meeting plainly is (a visit to a fair there).
    outside: dict[str, float] = defaultdict(float)
    communes: dict[tuple[int, int], float] = {}  # towns the gazetteer lacks, by their tokens
    venue_province = None
    named_last = -2  # the last token of a place read as a word of a partner's name
    bylines: list[tuple[str, tuple[int, int]]] = []  # reporters' towns, the last resort
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
        if (
            not m.prefix
            and not m.cue
            and (any(a < start and end <= b for a, b in name_spans) or dashed(doc, named_last, m))
        ):
            named_last = m.last
            continue  # تعاونية معادن الرباط-سلا: words of a partner's name
        if official_territory(doc, m) or planned(doc, m.first) or zone(doc, m):
            continue
        if chamber_label(doc, m) or outlet(doc, m) or origin(doc, m):
            continue
        if m.cue == BYLINE:
            bylines.extend((r.key, (start, end)) for r in m.refs if r.kind == "city")
            continue
        commune = commune_before(doc, m)
        if commune is not None:
            # بجماعة فم الواد بإقليم العيون: the commune is the place; its province locates it.
            # One that hosts (تحتضن جماعة القصر الصغير بإقليم …) is the venue itself.
            hosted = doc.tokens[commune[0] - 2].norm in HOSTS if commune[0] >= 2 else False
            communes[commune] = communes.get(commune, 0) + (6 if hosted else 3)
            continue
        cities = [r.key for r in m.refs if r.kind == "city"]
        weight = 1.0
        # المهرجان الأول للفواكه الحمراء بالعرائش، المديرية الجهوية للفلاحة بطنجة: the town
        # that ends a partner's name places the partner; it tips a choice, never makes one.
        ends_name = "ب" in m.prefix and any(a < start and end == b for a, b in name_spans)
        in_venue = venue_tokens and venue_tokens[0] <= m.first <= venue_tokens[1]
        if not in_venue and (seat(doc, m) or attendees(doc, m) or _minutes_of(doc, m)):
            weight = 0.0  # (a venue's town is the meeting's: شهد مقر المديرية … بوجدة)
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
        if "ب" in m.prefix or m.first > 0 and doc.tokens[m.first - 1].norm in ("في", "وفي"):
            weight += 1
        if m.cue in ("مدينه", "مدينتي", DATELINE):
            weight += 1
        if venue_tokens and venue_tokens[0] <= m.first <= venue_tokens[1]:
            # the venue's own town outweighs one the text speaks of three times elsewhere
            weight += 5
        elif m.first > 0 and doc.tokens[m.first - 1].norm in HOSTS:
            weight += 3  # احتضنت الحمامة البيضاء …: the town hosts, whatever else is named
        elif _held_at(doc, m):
            weight += 3  # خلال الدورة العادية الثانية للغرفة، المنعقدة بمدينة العرائش
        elif _visited(doc, m):
            weight += 2  # زيارة عمل قام بها وفد من الغرفة لمدينة الداخلة: where the visit went
        if "ب" in m.prefix and (
            _after_event(doc, m.first, events)
            or _before_event(doc, m.last, events)
            or _after_date(doc, m.first)
        ):
            # المعرض الجهوي للصناعة التقليدية بإفران، عقدت الغرفة الخميس بمكناس دورتها
            weight += 2
        if ends_name and not in_venue:
            weight = 0.5
        if elsewhere and weight >= 3 and gazetteer.city_by_code[city].region in served:
            elsewhere = False  # بمدينة الداخلة, the other region of a fishing chamber's coast
        if elsewhere:
            if weight >= 3:
                outside[city] += weight
            continue
        scores[city] += weight
        spans.setdefault(city, (start, end))
    for commune in building_communes(doc, mentions):
        communes[commune] = communes.get(commune, 0) + 3
    scores = {c: s for c, s in scores.items() if s >= 1}
    if communes and max(communes.values()) > max(scores.values(), default=0):
        first, last = max(communes, key=lambda k: communes[k])
        return Found(doc.text(first, last), doc.span(first, last), 0.5), None
    if not scores and not venue_province and outside:
        scores = outside
    if not scores and not venue_province and bylines:
        scores = {bylines[0][0]: 1.0}
        spans.setdefault(bylines[0][0], bylines[0][1])
    if not scores:
        if venue_province:
            commune = commune_of_province(doc, venue_tokens, mentions)
            if commune is not None:
                return Found(commune, venue_tokens and doc.span(*venue_tokens), 0.5), None
            # بمقر عمالة إقليم اشتوكة آيت باها: the text names only the province it is held in.
            province = gazetteer.province_by_code[venue_province]
            return Found(province.name_ar, venue_tokens and doc.span(*venue_tokens), 0.5), None
        return written_town(doc), None
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


def _held_at(doc: Document, m: PlaceMention) -> bool:
    """The place right after the participle of a meeting held (المنعقدة بالعرائش، المنعقدة
    بمدينة العرائش)."""
    k = m.first - (2 if m.cue else 1)
    return (
        k >= 0
        and "ب" in (m.prefix or doc.tokens[m.first - 1].norm[:1])
        and (doc.tokens[k].norm.lstrip("و") in HELD_PARTICIPLES)
    )


_MINUTES = frozenset(("محضر", "لمحضر", "بمحضر", "المحضر"))
_MINUTES_WINDOW = 14


def _minutes_of(doc: Document, m: PlaceMention) -> bool:
    """The town of an earlier session whose minutes the meeting approves (صادقت على محضر
    الدورة الأولى المنعقدة بتاريخ 16 فبراير 2022 بطاطا): that session's, not this one's."""
    tokens = doc.tokens
    sentence = doc.sentence_of(m.first)
    for k in range(m.first - 1, max(-1, m.first - 1 - _MINUTES_WINDOW), -1):
        if doc.sentence_of(k) != sentence:
            return False
        if tokens[k].norm in _MINUTES:
            return True
    return False


_VISIT_WINDOW = 16


def _visited(doc: Document, m: PlaceMention) -> bool:
    """The town a visit is paid to (زيارة عمل قام بها وفد من الغرفة لمدينة الداخلة): the
    place with ل, a visit noun a few words before it in the same clause."""
    tokens = doc.tokens
    to = "ل" in m.prefix or m.cue == "مدينه" and tokens[m.first - 1].norm == "لمدينه"
    if not to or m.cue not in ("مدينه", None, ""):
        return False
    for k in range(m.first - 1, max(-1, m.first - 1 - _VISIT_WINDOW), -1):
        if tokens[k].brk and k != m.first - 1:
            return False
        if tokens[k].norm in VISITS:
            return True
    return False


def _before_event(doc: Document, last: int, events) -> bool:
    """Whether the place comes right before the meeting's noun (بمكناس دورتها العادية)."""
    return any(last < start <= last + 1 and not doc.tokens[last].brk for start, _end in events)


# Words that close a meeting's date, before the town it is held in: يوم الاثنين الماضي
# بتنغير، يوم الجمعة 26 من الشهر الجاري، بطنجة.
_DAY_TAILS = frozenset(("الماضي", "المنصرم", "الاخير", "المقبل", "القادم", "الجاري", "الحالي"))


def _after_date(doc: Document, first: int) -> bool:
    """Whether the place follows the meeting's date (عقدت الغرفة الخميس بمكناس)."""
    if first == 0:
        return False
    token = doc.tokens[first - 1]
    word = token.norm.lstrip("و")
    if doc.norm[token.nend : doc.tokens[first].nstart].strip(" ،,"):
        return False  # a full stop or a line between them
    return (
        word in WEEKDAY_NUMBERS
        or word in _DAY_TAILS
        or word in MONTH_NUMBERS
        or word.isdigit()
        and len(word) == 4
    )


def _town_of_region(gazetteer: Gazetteer, word: str, region: str | None) -> str | None:
    towns = [
        c.code
        for c in gazetteer.cities
        if normalise(c.name_ar) == word and (region is None or c.region == region)
    ]
    return towns[0] if len(towns) == 1 else None
