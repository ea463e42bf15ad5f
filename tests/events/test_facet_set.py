"""A list whose filters leave few meetings is read once (events.facet_set): its facets, total
and rows are those the windows give when the window holds every meeting."""

import datetime
import itertools

import pytest
from django.http import QueryDict

from events import facet_set
from events.filters import MeetingFilter, meeting_filter
from events.models import Chamber, City
from events.selectors import list_total
from tests.factories import make_meeting, make_partner, make_programme

pytestmark = pytest.mark.django_db


@pytest.fixture
def spread(db):
    """Meetings over two chambers, their cities, three partners, two programmes and three
    years, some of several days; a few undated and drafts."""
    chambers = [Chamber.objects.get(slug=s) for s in ("ccis-oriental", "ccis-souss-massa")]
    partners = [make_partner(slug=f"p{n}") for n in range(3)]
    programmes = [make_programme(slug=f"g{n}") for n in range(2)]
    made = []
    for n in range(60):
        chamber = chambers[n % 2]
        cities = list(City.objects.filter(province__region=chamber.region).order_by("pk")[:3])
        date = datetime.date(2023, 1, 10) + datetime.timedelta(days=17 * n)
        if n % 19 == 0:
            date = None
        extra = {"date_end": date + datetime.timedelta(days=3)} if date and n % 7 == 0 else {}
        made.append(
            make_meeting(
                chamber=chamber,
                city=cities[n % 3],
                date=date,
                status="draft" if n % 23 == 0 else "published",
                partners=partners[: 1 + n % 3] if n % 5 else [partners[2]],
                programmes=[programmes[n % 2]] if n % 4 else [],
                kind=("ورشة تكوينية", "لقاء تواصلي", "ندوة")[n % 3],
                **extra,
            )
        )
    return made


def _queries() -> list[str]:
    oriental = City.objects.filter(province__region__slug="oriental").order_by("pk").first()
    parts = {
        "chamber": "chamber=ccis-oriental",
        "city": f"city={oriental.slug}",
        "province": f"province={oriental.province.slug}",
        "region": "region=oriental",
        "partner": "partner=p1",
        "programme": "programme=g0",
        "kind": "kind=training",
        "dates": "date_from=2023-06-15&date_to=2024-08-20",
    }
    queries = []
    for size in (2, 3, 5, len(parts)):
        for combo in itertools.combinations(parts, size):
            if sum(name in facet_set.INDEXED for name in combo) >= 2:
                queries.append("&".join(parts[name] for name in combo))
    return queries


def _listed(query: str, monkeypatch, windows: bool):
    if windows:
        monkeypatch.setattr(facet_set, "SET_LIMIT", -1)
        monkeypatch.setattr(MeetingFilter, "window", 10_000)
    filterset = meeting_filter(QueryDict(query))
    filterset.rank_in_window = True
    facets = {
        name: [(v.value, v.label, v.count, v.selected) for v in values]
        for name, values in filterset.facets().items()
    }
    used = filterset.filtered_set() is not None
    result = (facets, list_total(filterset), [m.pk for m in filterset.qs], used)
    monkeypatch.undo()
    return result


def test_the_set_gives_what_a_window_of_every_meeting_gives(spread, monkeypatch):
    queries = _queries()
    used = 0
    for query in queries:
        facets, total, ids, read_once = _listed(query, monkeypatch, windows=False)
        expected_facets, expected_total, expected_ids, _ = _listed(query, monkeypatch, True)
        assert (facets, total, ids) == (expected_facets, expected_total, expected_ids), query
        used += read_once
    # The others are the summary tables' (no part of a year, no partner with a programme).
    assert used > 20


def test_filters_that_leave_many_meetings_read_windows(spread, monkeypatch):
    monkeypatch.setattr(facet_set, "SET_LIMIT", 5)
    filterset = meeting_filter(QueryDict("chamber=ccis-oriental&region=oriental&partner=p1"))
    assert filterset.filtered_set() is None
    # One indexed filter only (a partner, a programme and a kind are not read through an
    # index with the date): the windows.
    filterset = meeting_filter(QueryDict("chamber=ccis-oriental&partner=p1&kind=training"))
    assert filterset.filtered_set() is None
    assert list_total(filterset)[0] == filterset.qs.count()


def test_a_city_with_its_province_is_read_once(spread, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    city = City.objects.filter(province__region__slug="oriental").order_by("pk").first()
    other = City.objects.exclude(province=city.province).order_by("pk").first()
    reads = {}
    for name, chosen in (("own", city), ("other", other)):
        query = (
            f"province={city.province.slug}&city={chosen.slug}&partner=p1&programme=g0"
            "&date_from=2023-06-15&date_to=2024-08-20"
        )
        filterset = meeting_filter(QueryDict(query))
        with CaptureQueriesContext(connection) as queries:
            found = filterset.filtered_set()
        assert found is not None
        # The set's reads are the statements that ask each meeting which filters it fails.
        reads[name] = sum('AS "failed"' in (q["sql"] or "") for q in queries.captured_queries)
        # What one read gives is what both give (the windows' answer, tested above, is both).
        monkeypatch.setattr(facet_set, "_covering", lambda active, a, b: (a, b))
        both = meeting_filter(QueryDict(query)).filtered_set()
        monkeypatch.undo()
        for facet in ("city", "province", None):
            assert sorted(r.pk for r in found.matching(facet)) == sorted(
                r.pk for r in both.matching(facet)
            )
    # A city of another province: both filters' meetings are read.
    assert reads == {"own": 1, "other": 2}


def test_the_set_holds_only_meetings_that_fail_one_filter_at_most(spread):
    from events.models import Meeting

    city = City.objects.filter(province__region__slug="oriental").order_by("pk").first()
    query = f"city={city.slug}&chamber=ccis-oriental&partner=p1&kind=training"
    found = meeting_filter(QueryDict(query)).filtered_set()
    assert found is not None
    held = {row.pk for row in found.rows}

    def failures(meeting) -> int:
        partners = set(meeting.partner_roles.values_list("partner__slug", flat=True))
        return sum(
            (
                meeting.city_id != city.pk,
                meeting.chamber.slug != "ccis-oriental",
                "p1" not in partners,
                meeting.category != "training",
            )
        )

    published = Meeting.objects.published().filter(city=city) | Meeting.objects.published().filter(
        chamber__slug="ccis-oriental"
    )
    expected = {m.pk for m in published if failures(m) <= 1}
    assert held == expected
    assert any(failures(m) > 1 for m in published)  # some were left out


def test_a_facet_holding_only_the_value_filtered_by_reads_no_name(spread):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # The fixture's second Oriental city holds meetings with p1 and g0 (n = 10, 22, 34, …).
    city = City.objects.filter(province__region__slug="oriental").order_by("pk")[1]
    query = (
        f"city={city.slug}&chamber=ccis-oriental&partner=p1&programme=g0"
        "&date_from=2023-02-01&date_to=2025-06-30"
    )
    filterset = meeting_filter(QueryDict(query))
    assert filterset.form.is_valid()  # the form reads the chamber by its slug, once
    with CaptureQueriesContext(connection) as queries:
        facets = filterset.facets()
    assert filterset.filtered_set() is not None
    assert [(v.value, v.count > 0) for v in facets["chamber"]] == [("ccis-oriental", True)]
    assert facets["chamber"][0].label == Chamber.objects.get(slug="ccis-oriental").name_ar
    named = [
        q["sql"] for q in queries.captured_queries if 'FROM "events_chamber"' in (q["sql"] or "")
    ]
    assert named == []
