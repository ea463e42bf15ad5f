"""Every public page runs a fixed number of SQL queries, however many meetings it shows.

Forty realistic meetings (generate_meetings: several partners, programmes and people each)
would make an N+1 query pattern show as dozens of extra queries; the bounds are fixed numbers
a little above today's counts, and each page must count the same with twice the data.
"""

from __future__ import annotations

import datetime
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.generation import generate
from events.models import Meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def meetings(db):
    generate(40, seed=11, batch_size=40, jobs=0)
    return Meeting.objects.published()


def _sample(meetings) -> Meeting:
    meeting = (
        meetings.filter(city__isnull=False, date__isnull=False)
        .exclude(programmes=None)
        .select_related("region", "city__province", "chamber")
        .order_by("id")
        .first()
    )
    assert meeting is not None
    return meeting


def _all_filters(m: Meeting) -> str:
    return "?" + urlencode(
        {
            "region": m.region.slug,
            "province": m.city.province.slug,
            "city": m.city.slug,
            "chamber": m.chamber.slug,
            "partner": m.partner_roles.first().partner.slug,
            "programme": m.programmes.first().slug,
            "kind": m.kind,
            "date_from": (m.date - datetime.timedelta(days=3650)).isoformat(),
            "date_to": m.date.isoformat(),
        }
    )


# The bounds: today's counts plus a little room, for a first visit, when nothing is cached yet.
# That visit reads the cache once per cached thing (the page, its facets and total, a partner's
# aggregates) and writes each back (five statements on the database cache: COUNT, SAVEPOINT,
# SELECT, INSERT, RELEASE). Search may refill its cache of names on the first query after
# meetings change (six queries), hence the room on the q pages. Where no summary table holds
# the filters (a search, part of a year), each facet of a filter in use reads its own window of
# newest meetings (MeetingFilter.newest): one query more per such filter; on PostgreSQL a
# search's windows set the planner for them and restore it (events.search.window): twice for
# the total, twice for the facets.
PAGES = {
    "home": (lambda m: "/", 25),
    "list": (lambda m: "/meetings/", 24),
    "list page 2": (lambda m: "/meetings/?page=2", 24),
    "list all filters and facets": (lambda m: "/meetings/" + _all_filters(m), 39),
    "list q": (lambda m: "/meetings/?" + urlencode({"q": m.kind}), 41),
    "list q and filters": (
        lambda m: "/meetings/?" + urlencode({"q": m.kind, "region": m.region.slug}),
        42,
    ),
    "detail": (lambda m: m.get_absolute_url(), 17),
    "partner page": (lambda m: m.partner_roles.first().partner.get_absolute_url(), 37),
    "csv": (lambda m: "/meetings.csv", 6),
    "csv filtered": (lambda m: "/meetings.csv" + _all_filters(m), 12),
    "json": (lambda m: "/meetings.json", 6),
    "json filtered": (lambda m: "/meetings.json" + _all_filters(m), 12),
    "ics": (lambda m: "/meetings.ics", 6),
    "atom": (lambda m: "/meetings.atom", 6),
}
# Pages kept whole by events.cache: a second visit is one read of the cache.
CACHED_PAGES = [
    "home",
    "list",
    "list page 2",
    "list all filters and facets",
    "list q",
    "list q and filters",
    "detail",
    "partner page",
]


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        assert response.status_code == 200, url
        if response.streaming:
            b"".join(response.streaming_content)  # exports query as they stream
    return len(captured.captured_queries)


@pytest.mark.parametrize("name", list(PAGES))
def test_query_count_is_bounded(client, meetings, name, django_assert_max_num_queries):
    url_of, bound = PAGES[name]
    url = url_of(_sample(meetings))
    with django_assert_max_num_queries(bound):
        response = client.get(url)
        assert response.status_code == 200
        if response.streaming:
            b"".join(response.streaming_content)


@pytest.mark.parametrize("name", list(PAGES))
def test_query_count_does_not_grow_with_the_data(client, meetings, name):
    url_of, _bound = PAGES[name]
    sample = _sample(meetings)
    url = url_of(sample)
    client.get(url)  # caches that fill on first use (names, maps) are not the page's
    before = _count(client, url)
    generate(40, seed=12, batch_size=40, jobs=0)
    client.get(url)  # new meetings empty the search engine's cache of names: refill it
    assert _count(client, url) == before


@pytest.mark.parametrize("name", CACHED_PAGES)
def test_a_cached_page_is_one_query(client, meetings, name):
    url_of, _bound = PAGES[name]
    url = url_of(_sample(meetings))
    client.get(url)
    assert _count(client, url) == 1
