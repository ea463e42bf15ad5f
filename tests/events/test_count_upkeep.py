"""events.count_upkeep: the groups computed from a meeting's own fields are those the rebuild's
GROUP BY counts, and every write leaves each summary table equal to a rebuild."""

from __future__ import annotations

import datetime
from collections import Counter

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events import count_upkeep, counts, services
from events.models import Chamber, City, Meeting, MeetingCount, PartnerPairCount
from events.search import index_meetings
from tests.factories import make_meeting, make_partner, make_programme, make_user

pytestmark = pytest.mark.django_db


def _fresh(name: str) -> Counter:
    return Counter({tuple(row.values())[:-1]: row["n"] for row in counts.grouped(name)})


def _kept(name: str) -> Counter:
    model = apps.get_model("events", name)
    return Counter(
        {tuple(row[:-1]): row[-1] for row in model.objects.values_list(*model.keys, "count")}
    )


def _assert_every_table_is_a_rebuild(step: str) -> None:
    for name in counts.SUMMARIES:
        model = apps.get_model("events", name)
        rows = list(model.objects.values_list(*model.keys))
        assert len(rows) == len(set(rows)), f"{step}: {name} holds a group twice"
        assert _kept(name) == _fresh(name), f"{step}: {name}"


@pytest.fixture
def shapes(db):
    """Meetings of every shape the tables distinguish: no partner, one, three; no programme,
    one, two; no city, no date; drafts."""
    cities = list(City.objects.select_related("province__region").order_by("code")[:3])
    partners = [make_partner() for _ in range(3)]
    programmes = [make_programme() for _ in range(2)]
    meetings = []
    for n in range(12):
        city = cities[n % 3] if n % 4 else None
        meetings.append(
            make_meeting(
                chamber=("ccis-oriental", "ccis-souss-massa")[n % 2],
                region=city.province.region if city else None,
                city=city,
                kind=("يوم دراسي", "لقاء تواصلي", "")[n % 3],
                date=None if n % 5 == 0 else datetime.date(2022 + n % 3, 1 + n % 12, 3),
                status=Meeting.Status.DRAFT if n % 6 == 5 else Meeting.Status.PUBLISHED,
                partners=partners[: n % 4],
                programmes=programmes[: n % 3],
            )
        )
    return {"meetings": meetings, "cities": cities, "partners": partners, "programmes": programmes}


def test_the_tally_is_the_rebuilds_group_by(shapes):
    ids = [meeting.pk for meeting in shapes["meetings"]]
    tallied = count_upkeep.tally(count_upkeep.facts(ids).values())
    for name in counts.SUMMARIES:
        mine = Counter({values: n for (table, values), n in tallied.items() if table == name})
        assert mine == _fresh(name), name
    # Whatever the status: where a draft would count once published.
    assert count_upkeep.keys_of(ids) > set(tallied)
    assert PartnerPairCount.objects.exists() and MeetingCount.objects.exists()


def test_facts_keep_the_published_ones_only_when_told(shapes):
    drafts = {m.pk for m in shapes["meetings"] if m.status == Meeting.Status.DRAFT}
    ids = [m.pk for m in shapes["meetings"]]
    assert drafts and drafts <= set(count_upkeep.facts(ids))
    assert not drafts & set(count_upkeep.facts(ids, published_only=True))
    assert count_upkeep.facts([]) == {}


def test_every_write_leaves_each_table_a_rebuild(shapes):
    admin = make_user(superuser=True)
    meetings, partners, programmes = shapes["meetings"], shapes["partners"], shapes["programmes"]
    busy = meetings[3]  # three partners, no programme
    _assert_every_table_is_a_rebuild("made")
    services.meeting_unpublish(meeting=busy, user=admin)
    _assert_every_table_is_a_rebuild("unpublished")
    services.meeting_publish(meeting=busy, user=admin)
    _assert_every_table_is_a_rebuild("published")
    services.meeting_update_from_review(
        meeting=busy,
        user=admin,
        fields={},
        partners=[(partners[0], "organiser"), (make_partner(), "funder")],
        programmes=[programmes[1]],
    )
    _assert_every_table_is_a_rebuild("partners and programmes edited")
    services.meeting_update_from_review(
        meeting=busy, user=admin, fields={}, partners=[], programmes=programmes
    )
    _assert_every_table_is_a_rebuild("partners removed, programmes added")
    other = shapes["cities"][2]
    services.meeting_update_from_review(
        meeting=busy,
        user=admin,
        fields={
            "region": None,
            "city": other,
            "chamber": Chamber.objects.get(slug="ccis-fes-meknes"),
            "category": "study-day",
            "date": None,
        },
    )
    _assert_every_table_is_a_rebuild("place, chamber, kind and date edited")
    services.meeting_update_from_review(
        meeting=busy,
        user=admin,
        fields={"region": other.province.region, "date": datetime.date(2021, 5, 6)},
    )
    _assert_every_table_is_a_rebuild("place and date back")
    draft = next(m for m in meetings if m.status == Meeting.Status.DRAFT)
    services.meeting_update_from_review(meeting=draft, user=admin, fields={}, publish=True)
    _assert_every_table_is_a_rebuild("a draft published in review")
    services.meeting_delete(meeting=meetings[7], user=admin)
    _assert_every_table_is_a_rebuild("deleted")
    services.meetings_delete(meetings=meetings[8:11], user=admin)
    _assert_every_table_is_a_rebuild("three deleted")


def test_a_large_write_goes_in_chunks(shapes, monkeypatch):
    # A few groups per pair of statements: the chunks' boundaries fall inside tables.
    monkeypatch.setattr(count_upkeep, "CHUNK", 5)
    services.meetings_delete(meetings=shapes["meetings"][:9], user=None)
    _assert_every_table_is_a_rebuild("nine deleted")
    assert Meeting.objects.published().exists()


def test_a_group_stored_twice_is_recounted(shapes):
    meeting = shapes["meetings"][1]
    row = MeetingCount.objects.get(
        chamber=meeting.chamber, city=meeting.city, year=meeting.date.year
    )
    MeetingCount.objects.create(
        region=row.region, chamber=row.chamber, city=row.city, kind=row.kind, year=row.year, count=4
    )
    services.meeting_unpublish(meeting=meeting, user=None)
    _assert_every_table_is_a_rebuild("a doubled group recounted")


def test_the_upkeep_is_a_few_statements_whatever_the_tables(shapes):
    """A publish of a meeting with three partners and a programme touches every table: its
    upkeep reads the meeting, its links, and the stored groups in one query each, and writes
    them in one statement on PostgreSQL (one per table and kind of change on SQLite)."""
    meeting = shapes["meetings"][7]
    services.meeting_unpublish(meeting=meeting, user=None)
    Meeting.objects.filter(pk=meeting.pk).update(
        status=Meeting.Status.PUBLISHED, published_at=timezone.now()
    )
    with CaptureQueriesContext(connection) as queries:
        after = count_upkeep.facts([meeting.pk], published_only=True)
        count_upkeep.apply(Counter(), count_upkeep.tally(after.values()))
    touched = {name for name, _values in count_upkeep.tally(after.values())}
    assert touched == set(counts.SUMMARIES)
    sql = [q["sql"] for q in queries.captured_queries]
    if connection.vendor == "postgresql":
        assert len(sql) == 5, sql  # meeting, links, advisory lock, stored groups, the write
    else:
        assert len(sql) <= 3 + 3 * len(touched)
    _assert_every_table_is_a_rebuild("published behind the services, then upkept")
    # The search rows are the other derived data the services keep (events.search).
    index_meetings([meeting.pk])
