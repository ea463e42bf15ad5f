"""events.selectors: the related meetings and a partner's page read in few queries give what
one query per source and a count per facet give."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events import selectors
from events.models import Article, Meeting, MeetingPartner
from events.writes import meetings_write
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
        assert found.meeting.pk == meeting.pk
        expected = _related_one_query_per_source(Meeting.objects.with_related().get(pk=meeting.pk))
        assert [m.pk for m in found.related] == expected, meeting.pk
        shown += bool(found.related)
    assert shown > 30


def test_a_meetings_page_is_two_queries_with_everything_it_shows(crowd):
    meeting = crowd["meetings"][4]
    sources = [
        {"outlet": "هسبريس", "published_on": datetime.date(2024, 3, 1)},
        {"source_url": "https://example.org/a"},
    ]
    # People and sources are in the search document: written as an editor's change is.
    with meetings_write([meeting.pk]):
        person = meeting.people.create(name="سعيد", role="رئيس", position=1)
        meeting.people.create(name="أمينة", position=0)
        for n, fields in enumerate(sources):
            Article.objects.create(
                **{"raw_text": "نص.", "text": "نص.", "content_hash": f"h{n}", **fields},
                chamber=meeting.chamber,
                meeting=meeting,
            )
    with CaptureQueriesContext(connection) as queries:
        page = selectors.meeting_page(meeting.pk)
        places = [(m.chamber, m.region) for m in page.related]
    # The meetings, then their partners and the meeting's programmes, people and sources.
    assert len(queries.captured_queries) == 2
    assert page.meeting == meeting and page.related and all(places)
    by_name = meeting.partner_roles.order_by("partner__name_ar")
    assert [(p.slug, p.role) for p in page.partners] == [(r.partner.slug, r.role) for r in by_name]
    for row in page.related:
        roles = MeetingPartner.objects.filter(meeting_id=row.pk).order_by("partner__name_ar")
        assert row.partners == [(r.partner.name_ar, r.partner.name_fr) for r in roles]
    assert [p.slug for p in page.programmes] == [p.slug for p in meeting.programmes.all()]
    assert page.people == [("أمينة", ""), (person.name, person.role)]
    assert page.sources == [
        (a.source_url, a.outlet, a.published_on) for a in meeting.sources.order_by("-imported_at")
    ]
    assert page.sources[1][2] == datetime.date(2024, 3, 1)


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
