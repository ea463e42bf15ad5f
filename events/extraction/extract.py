"""One article's text → an Extraction: the rule modules run in order over one Document."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from events.categories import categorise
from events.extraction.chambers import (
    ATLANTIC_WORDS,
    chamber_regions,
    choose_chamber,
    find_chambers,
    served_regions,
    town_chambers,
)
from events.extraction.cities import choose_city, choose_province, choose_region
from events.extraction.clean import clean
from events.extraction.date_choice import choose_date, choose_end
from events.extraction.dates import find_dates
from events.extraction.document import Document
from events.extraction.gazetteer import Gazetteer
from events.extraction.kinds import choose_kind, find_kinds
from events.extraction.numbers import find_participants
from events.extraction.organisations import find_partners
from events.extraction.people import find_people
from events.extraction.place_context import byline
from events.extraction.places import BYLINE, find_places, place_ends
from events.extraction.programmes import find_programmes
from events.extraction.result import Extraction, Found
from events.extraction.stamps import page_date
from events.extraction.times import find_time
from events.extraction.titles import compose_title
from events.extraction.venues import find_venue

_SENTENCE = re.compile(r"[^.!?؟\n]+")
_LEAD_IN = re.compile(r"^\s*(في\s+إطار|فی\s+اطار|في\s+اطار|تفعيلا|تنفيذا|وعملا|عملا)[^،,]*[،,]\s*")


def extract(
    text: str, gazetteer: Gazetteer, *, reference_date: datetime.date | None = None
) -> Extraction:
    cleaned = clean(text)
    doc = Document(cleaned.body)
    warnings: list[str] = []

    chambers = find_chambers(doc, gazetteer)
    places = find_places(doc, gazetteer, served_regions(chambers, gazetteer))
    # A reporter's town (آسفي: عبد الرحيم النبوي) says where the paper writes from: the
    # meeting's place only when the text names no other; a signature's, never.
    marks = [byline(doc, p) for p in places]
    places = [
        replace(p, cue=BYLINE) if mark == ":" else p
        for p, mark in zip(places, marks, strict=True)
        if mark != "-"
    ]
    ends = place_ends(places)
    region = choose_region(places, gazetteer, chamber_regions(chambers, doc))
    chamber = choose_chamber(doc, chambers, region.value, gazetteer)
    if region.value is None and chamber.value in gazetteer.chamber_by_slug:
        # A meeting held nowhere the text says (online, at the seat): the chamber's region.
        seat_region = gazetteer.chamber_by_slug[chamber.value].region
        region = Found(seat_region, chamber.span, 0.5)

    chamber_spans = [doc.span(m.first, m.last) for m in chambers if m.kind]
    programmes, programme_spans = find_programmes(doc, gazetteer, ends, chamber_spans)
    region_starts = frozenset(m.first for m in places if any(r.kind == "region" for r in m.refs))
    own = gazetteer.chamber_by_slug.get(chamber.value) if chamber.value else None
    # The chambers of another kind beside the chamber (a joint meeting of a region's chambers,
    # an agreement with the agriculture chamber) are candidates like any named body.
    # So are the chambers of the same kind that name another region or coast (an agreement
    # with غرفة الصيد البحري الأطلسية … for the Mediterranean chamber).
    others = [(m.first, m.last) for m in chambers if own and _another_chamber(doc, m, own)]
    others += town_chambers(doc, places, gazetteer, own) if own else []
    sisters = [(m.first, m.last) for m in chambers if own and m.kind == own.kind]
    partners = find_partners(
        doc,
        gazetteer,
        ends,
        programme_spans + [doc.span(m.first, m.last) for m in chambers if m.kind],
        regions=region_starts,
        chambers=others,
        sisters=frozenset(span for span in others if span in sisters),
        own=[
            (m.first, m.last)
            for m in chambers
            if m.kind and own and m.kind == own.kind and (m.first, m.last) not in others
        ],
    )
    venue, venue_tokens = find_venue(doc, places)
    boosts = {}
    for m in chambers:
        # The town in a chamber's qualifier (للشرق بوجدة) or an annex's (ملحقة الغرفة بآسفي).
        for mention in places:
            near = m.first <= mention.first <= m.last + 2
            if near and mention.cue is None and "ب" in mention.prefix:
                for ref in mention.refs:
                    if ref.kind == "city":
                        boosts[ref.key] = boosts.get(ref.key, 0) + 1
    kinds = find_kinds(doc)
    served = gazetteer.chamber_by_slug.get(chamber.value) if chamber.value else None
    city, city_code = choose_city(
        doc,
        places,
        gazetteer,
        region.value,
        excluded=programme_spans,
        name_spans=[p.span for p in partners if p.span],
        venue_tokens=venue_tokens,
        boosts=boosts,
        events=[(m.first, m.last) for m in kinds],
        served=frozenset(served.regions) if served else frozenset(),
    )
    region = _served_region(gazetteer, chamber.value, city_code, region)
    province = choose_province(places, gazetteer, city_code, region.value)

    # Without a publication date, the page's own stamp stands for it.
    dates = find_dates(doc, reference_date or page_date(cleaned.stamps))
    date, other_dates, date_warnings = choose_date(dates)
    date_end = choose_end(dates, date)
    warnings += date_warnings
    # Without a date (or with one the text cannot resolve), an hour counts only when it is
    # stated in a sentence about the meeting.
    time = find_time(doc, meeting_only=date.value is None)

    title_tokens = doc.token_at(len(cleaned.title)) if cleaned.title else 0
    kind = choose_kind(doc, kinds, title_tokens)
    date_spans = [m.span for m in dates]
    participants = find_participants(doc, date_spans)
    people = find_people(doc, ends, chambers)

    if cleaned.title:
        title = Found(cleaned.title, (0, len(cleaned.title)), 0.9)
        made = False
    else:
        title = compose_title(
            doc, gazetteer, kind=kind.value, chamber=chamber.value, city=city.value
        )
        made = True
    if chamber.value is None:
        warnings.append("no chamber named in the text")

    return Extraction(
        body=doc.body,
        title=title,
        date=date,
        date_end=date_end,
        time=time,
        region=region,
        province=province,
        city=city,
        city_code=city_code,
        venue=venue,
        chamber=chamber,
        kind=kind,
        partners=partners,
        programmes=programmes,
        participants=participants,
        people=people,
        other_dates=other_dates,
        warnings=warnings,
        title_made=made,
        category=categorise(kind.value or "", doc.body),
    )


def _served_region(gazetteer: Gazetteer, chamber: str | None, city_code, region: Found):
    """A chamber serving a coast of several regions (a fishing chamber) is of the region of
    the town the meeting is held in when that town is on its coast, else of its seat's: the
    ports and shores an article names (بسواحل الناظور) are not where it meets, and a fair off
    its coast (the Mediterranean chamber's stand at Agadir) leaves it its seat's region."""
    entry = gazetteer.chamber_by_slug.get(chamber) if chamber else None
    if entry is None or len(entry.regions) < 2:
        return region
    town = gazetteer.city_by_code.get(city_code) if city_code else None
    if town is not None and town.region in entry.regions:
        return region if town.region == region.value else Found(town.region, region.span, 0.7)
    return region if region.value == entry.region else Found(entry.region, None, 0.6)


def _another_chamber(doc: Document, mention, own) -> bool:
    """Whether a chamber mention names a chamber other than the article's: another kind, the
    same kind of another region, or a fishing chamber of another coast (الأطلسية for the
    Mediterranean one)."""
    if not mention.kind:
        return False
    if mention.kind != own.kind:
        return True
    if mention.kind == "peche":
        if mention.coast:
            return f"peche-{mention.coast}" != own.slug
        words = {t.norm for t in doc.tokens[mention.first : mention.last + 1]}
        return own.slug == "peche-mediterranee" and bool(words & ATLANTIC_WORDS)
    return mention.region is not None and mention.region != own.region
