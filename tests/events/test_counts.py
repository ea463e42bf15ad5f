"""events.counts: the summary tables give exactly the live facets and totals, and every write
path keeps them so."""

from __future__ import annotations

import datetime
import itertools

import pytest
from django.apps import apps
from django.http import QueryDict

from events import counts, selectors, services
from events.filters import meeting_filter
from events.models import City, KindCityCount, Meeting, MeetingCount, ProgrammeKindCount
from tests.factories import make_meeting, make_partner, make_programme, make_user

pytestmark = pytest.mark.django_db

KINDS = ("لقاء تواصلي", "يوم دراسي", "")
CHAMBERS = ("ccis-souss-massa", "ccis-oriental", "agriculture-souss-massa", "ccis-fes-meknes")
DATES = (
    datetime.date(2023, 1, 1),
    datetime.date(2024, 12, 31),
    datetime.date(2024, 6, 5),
    datetime.date(2023, 12, 30),
    None,
)


@pytest.fixture
def varied(db):
    cities = list(City.objects.select_related("province__region").order_by("code")[:6])
    partners = [make_partner(slug=f"p{n}") for n in range(3)]
    programmes = [make_programme(slug=f"g{n}") for n in range(2)]
    combos = itertools.product(CHAMBERS, KINDS, DATES)
    for n, (chamber, kind, date) in enumerate(combos):
        city = cities[n % len(cities)] if n % 5 else None
        make_meeting(
            chamber=chamber,
            # The region need not be the city's (as an article may say), nor present.
            region=None if n % 11 == 0 else (city.province.region if city else None),
            city=city,
            kind=kind,
            date=date,
            # Some last several days, into the next year for those of late December.
            date_end=date + datetime.timedelta(days=3) if date and n % 3 == 1 else None,
            status=Meeting.Status.DRAFT if n % 7 == 0 else Meeting.Status.PUBLISHED,
            partners=partners[: n % 4],
            programmes=programmes[n % 3 : n % 3 + 1],
        )
    return {"cities": cities, "partners": partners, "programmes": programmes}


def _facets(query: str, *, summary: bool) -> tuple[int, dict]:
    filterset = meeting_filter(QueryDict(query))
    filterset.summary = summary
    total, _capped = selectors.list_total(filterset)
    facets = filterset.facets(total=total)
    return total, {name: [(v.value, v.count) for v in values] for name, values in facets.items()}


def _queries(varied) -> list[str]:
    city = varied["cities"][1]
    region, province = city.province.region.slug, city.province.slug
    partner, programme = varied["partners"][1].slug, varied["programmes"][0].slug
    return [
        "",
        f"region={region}",
        f"province={province}",
        f"city={city.slug}",
        "chamber=ccis-souss-massa",
        "kind=coordination-meeting",
        "date_from=2024-01-01",
        "date_to=2023-12-31",
        "date_from=2023-01-01&date_to=2024-12-31",
        f"partner={partner}",
        f"programme={programme}",
        f"partner={partner}&region={region}&date_from=2024-01-01",
        f"programme={programme}&chamber=ccis-oriental&kind=study-day",
        f"region={region}&city={city.slug}&kind=coordination-meeting&date_to=2024-12-31",
        f"province={province}&chamber=ccis-oriental",
        f"partner={partner}&programme={programme}",
        f"partner={partner}&city={city.slug}",
        f"province={province}&partner={partner}&kind=coordination-meeting",
        # A kind's city, province and programme facets (KindCityCount, ProgrammeKindCount).
        f"kind=coordination-meeting&province={province}&date_from=2023-01-01&date_to=2023-12-31",
        f"programme={programme}&kind=study-day",
        # Days inside a year: the total sums the whole years and counts the days of the others.
        "date_from=2024-06-05",
        "date_to=2024-06-04",
        "date_from=2023-01-02&date_to=2024-06-05",
        "date_from=2024-02-01&date_to=2024-11-30",
        f"region={region}&date_from=2023-06-01&date_to=2024-12-31",
        # Meetings of several days that began before date_from and are still on then.
        "date_from=2025-01-01",
        "date_from=2024-06-07&date_to=2024-12-31",
        f"date_from=2024-01-01&partner={partner}",
        "date_from=2024-01-01&date_to=2024-12-31&kind=coordination-meeting",
        "date_from=2024-01-01&date_to=2024-01-01",
        # Not held by the tables: counted live on both sides, must agree all the same.
        f"partner={partner}&programme={programme}&region={region}",
    ]


def test_summary_facets_and_totals_equal_the_live_ones(varied):
    for query in _queries(varied):
        assert _facets(query, summary=True) == _facets(query, summary=False), query


def test_the_common_filters_are_read_from_the_summary_tables(varied):
    for query in _queries(varied)[:-1]:
        filterset = meeting_filter(QueryDict(query))
        filterset.form.is_valid()
        assert filterset.summary_total() is not None, query
    filterset = meeting_filter(QueryDict(_queries(varied)[-1]))
    assert filterset.summary_total() is None


def test_a_kinds_facets_are_read_from_its_own_tables(varied):
    kind = {"kind": "study-day"}
    assert counts.facet_table("city", kind)[0] is KindCityCount
    assert counts.facet_table("province", {**kind, "year__gte": 2023})[0] is KindCityCount
    assert counts.facet_table("programme", kind)[0] is ProgrammeKindCount
    assert counts.facet_table("kind", {"programme": varied["programmes"][0]})[0] is (
        ProgrammeKindCount
    )
    # Not a chamber with them: the finest table.
    assert counts.facet_table("city", {**kind, "chamber": 1})[0] is MeetingCount


def _rows() -> dict:
    models = [apps.get_model("events", name) for name in counts.SUMMARIES]
    return {
        model.__name__: sorted(
            model.objects.values_list(*(f.attname for f in model._meta.concrete_fields[1:])),
            key=repr,
        )
        for model in models
    }


def _assert_current() -> None:
    kept = _rows()
    counts.rebuild()
    assert kept == _rows()


def test_rebuild_gives_what_the_refreshes_kept(varied):
    assert sum(MeetingCount.objects.values_list("count", flat=True)) == (
        Meeting.objects.published().count()
    )
    _assert_current()


def test_every_write_path_keeps_them_current(varied, client):
    admin = make_user(superuser=True)
    meeting = Meeting.objects.published().filter(city__isnull=False).first()
    services.meeting_unpublish(meeting=meeting, user=admin)
    _assert_current()
    services.meeting_publish(meeting=meeting, user=admin)
    _assert_current()
    city = varied["cities"][3]
    services.meeting_update_from_review(
        meeting=meeting,
        user=admin,
        fields={
            "region": city.province.region,
            "city": city,
            "kind": "يوم دراسي",
            "category": "study-day",
            "date": datetime.date(2021, 3, 4),
        },
        partners=[(varied["partners"][2], "funder")],
        programmes=[varied["programmes"][1]],
    )
    _assert_current()
    draft = Meeting.objects.drafts().first()
    services.meeting_update_from_review(meeting=draft, user=admin, fields={}, publish=True)
    _assert_current()
    services.meeting_resolve_name(meeting=meeting, user=admin, kind="partner", name="شريك جديد")
    _assert_current()
    client.force_login(admin)
    response = client.post(f"/admin/events/meeting/{meeting.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Meeting.objects.filter(pk=meeting.pk).exists()
    _assert_current()


def test_partner_page_counts_equal_the_live_ones(varied):
    from django.db.models import Count
    from django.db.models.functions import ExtractYear

    from events.models import MeetingPartner

    partner = varied["partners"][1]
    summed = selectors.partner_counts(partner)
    roles = MeetingPartner.objects.filter(partner=partner, meeting__status="published")
    meetings = Meeting.objects.published().filter(pk__in=roles.values("meeting_id"))
    per_year = list(
        meetings.filter(date__isnull=False)
        .annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(n=Count("pk"))
        .order_by("year")
    )
    co_partners = MeetingPartner.objects.filter(meeting__in=roles.values("meeting_id")).exclude(
        partner=partner
    )
    assert summed == {
        "per_year": per_year,
        "undated": meetings.filter(date__isnull=True).count(),
        "regions": selectors.named_counts(meetings, "region"),
        "chambers": selectors.named_counts(meetings, "chamber"),
        "co_partners": selectors.named_counts(co_partners, "partner", 20),
    }
    assert summed["co_partners"] and summed["per_year"]


def _stored(model) -> set[tuple]:
    return {tuple(row) for row in model.objects.values_list(*model.keys, "count")}


def _rebuilt(model) -> set[tuple]:
    return {tuple(row.values()) for row in counts.grouped(model.__name__)}


def test_a_write_adds_its_difference_to_each_group():
    partner = make_partner()
    first = make_meeting(chamber="ccis-oriental", partners=[partner])
    second = make_meeting(chamber="ccis-oriental", partners=[partner])
    user = make_user(superuser=True)
    services.meeting_unpublish(meeting=first, user=user)
    # One of two meetings left in the groups they share: counted down, not recounted away.
    assert (first.region_id, first.chamber_id, "other", 2025, 1) in _stored(
        apps.get_model("events", "RegionMeetingCount")
    )
    services.meeting_publish(meeting=first, user=user)
    services.meeting_unpublish(meeting=second, user=user)
    services.meeting_unpublish(meeting=first, user=user)
    for name in counts.SUMMARIES:
        model = apps.get_model("events", name)
        assert _stored(model) == _rebuilt(model) == set(), name


def test_a_group_that_would_go_below_zero_is_recounted():
    meeting = make_meeting(chamber="ccis-oriental")
    other = make_meeting(chamber="ccis-oriental")
    # Rows lost behind the write path's back: the next write recounts what it cannot subtract.
    MeetingCount.objects.all().delete()
    services.meeting_unpublish(meeting=meeting, user=make_user(superuser=True))
    assert _stored(MeetingCount) == _rebuilt(MeetingCount)
    assert sum(row[-1] for row in _stored(MeetingCount)) == 1 == Meeting.objects.published().count()
    assert other.pk in Meeting.objects.published().values_list("pk", flat=True)
