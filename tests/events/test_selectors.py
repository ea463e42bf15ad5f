"""events.selectors: the related meetings and a partner's page read in few queries give what
one query per source and a count per facet give."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events import selectors
from events.models import Meeting
from tests.factories import make_meeting, make_partner, make_programme

pytestmark = pytest.mark.django_db


def _newest(queryset, size: int) -> list[tuple]:
    return list(queryset.newest_first().values_list("pk", "date")[:size])


def _related_one_query_per_source(meeting: Meeting) -> list[int]:
    """The newest of each source's newest, as the related meetings were read before."""
    others = Meeting.objects.published().exclude(pk=meeting.pk)
    partners = sorted({role.partner_id for role in meeting.partner_roles.all()})
    programmes = sorted(p.pk for p in meeting.programmes.all())
    sources = [others.filter(chamber=meeting.chamber_id)]
    sources += [others.with_partner(pk) for pk in partners[: selectors.RELATED_PARTNERS]]
    sources += [others.with_programme(pk) for pk in programmes[: selectors.RELATED_PROGRAMMES]]
    found = {pk: date for source in sources for pk, date in _newest(source, 5)}
    ordered = sorted(found, key=lambda pk: (found[pk] is not None, found[pk], pk), reverse=True)
    return ordered[: selectors.RELATED_SIZE]


@pytest.fixture
def crowd(db):
    partners = [make_partner() for _ in range(6)]
    programmes = [make_programme() for _ in range(3)]
    meetings = []
    for n in range(40):
        meetings.append(
            make_meeting(
                chamber=("ccis-oriental", "ccis-souss-massa", "ccis-fes-meknes")[n % 3],
                # Equal dates and undated ones: the order falls back on the id.
                date=None if n % 9 == 0 else datetime.date(2020 + n % 5, 1 + n % 4, 1),
                status=Meeting.Status.DRAFT if n % 8 == 3 else Meeting.Status.PUBLISHED,
                partners=partners[n % 6 : n % 6 + 1 + n % 3],
                programmes=programmes[n % 4 : n % 4 + 1],
            )
        )
    return {"meetings": meetings, "partners": partners}


def test_related_meetings_are_the_newest_of_each_sources_newest(crowd):
    partners = crowd["partners"]
    busy = make_meeting(
        chamber="agriculture-souss-massa", partners=partners, programmes=[make_programme()]
    )
    shown = 0
    for meeting in [*crowd["meetings"], busy]:
        found = selectors.meeting_page(meeting.pk)
        if meeting.status != Meeting.Status.PUBLISHED:
            assert found is None
            continue
        page, related = found
        assert page.pk == meeting.pk
        expected = _related_one_query_per_source(Meeting.objects.with_related().get(pk=meeting.pk))
        assert [m.pk for m in related] == expected, meeting.pk
        shown += bool(related)
    assert shown > 30


def test_a_meetings_page_is_five_queries_with_everything_it_shows(crowd):
    pk = crowd["meetings"][4].pk
    with CaptureQueriesContext(connection) as queries:
        meeting, related = selectors.meeting_page(pk)
        names = [
            role.partner.name_ar for m in [meeting, *related] for role in m.partner_roles.all()
        ]
        places = [(m.chamber.name_ar, m.region_id and m.region.name_ar) for m in related]
        shown = [list(meeting.programmes.all()), list(meeting.people.all())]
        sources = [(a.source_url, a.outlet, a.published_on) for a in meeting.sources.all()]
    assert related and names and places and shown[0] and sources == []
    # The meetings, their partners, programmes, people and sources.
    assert len(queries.captured_queries) == 5


def test_a_partners_page_lists_its_newest_meetings_page_by_page(client, crowd):
    partner = crowd["partners"][1]
    for n in range(25):
        make_meeting(partners=[partner], date=datetime.date(2019, 1 + n % 12, 1 + n % 3))
    mine = Meeting.objects.published().with_partner(partner).newest_first()
    first = client.get(f"/partners/{partner.slug}/").content.decode()
    assert f"عدد اللقاءات: {mine.count()}" in first
    for page, meetings in ((1, mine[:20]), (2, mine[20:40])):
        # The first page's address has no page number (events.clean_urls).
        response = client.get(f"/partners/{partner.slug}/?page={page}", follow=True)
        html = response.content.decode()
        shown = [m.get_absolute_url() for m in meetings]
        positions = [html.index(f'href="{url}"') for url in shown]
        assert positions == sorted(positions), page
    assert mine.count() > 20
