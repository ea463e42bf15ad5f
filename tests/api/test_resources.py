"""Places, chambers, programmes, partners and categories, each named in both languages; and
the queries an API answer costs, however many meetings it lists."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.generation import generate
from events.models import City, Meeting, Partner, Province, Region
from tests.events.views.demo import demo_meetings
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db


def every_page(client, url: str) -> list[dict]:
    rows = []
    while url:
        data = client.get(url).json()
        rows += data["results"]
        url = data["next"]
    return rows


@pytest.mark.parametrize(
    "resource, model",
    [("regions", Region), ("provinces", Province), ("cities", City), ("partners", Partner)],
)
def test_each_list_holds_every_object_once_with_both_names(client, resource, model):
    rows = every_page(client, f"/api/v1/{resource}/")
    assert len(rows) == len({r["slug"] for r in rows}) == model.objects.count()
    one = model.objects.exclude(name_fr="").order_by("pk").first()
    [row] = [r for r in rows if r["slug"] == one.slug]
    assert (row["name_ar"], row["name_fr"]) == (one.name_ar, one.name_fr)
    detail = client.get(f"/api/v1/{resource}/{one.slug}/").json()
    assert detail["slug"] == one.slug
    assert client.get(f"/api/v1/{resource}/no-such-{resource}/").status_code == 404


def test_regions_come_in_their_official_order(client):
    codes = [r["code"] for r in client.get("/api/v1/regions/").json()["results"]]
    assert codes == sorted(codes) and len(codes) == 12


def test_a_city_names_its_province_and_region(client):
    city = City.objects.select_related("province__region").get(name_ar="وجدة")
    data = client.get(f"/api/v1/cities/{city.slug}/").json()
    assert data["province"]["slug"] == city.province.slug
    assert data["region"] == {
        "slug": "oriental",
        "name_ar": "الشرق",
        "name_fr": city.province.region.name_fr,
    }


def test_a_partner_is_counted_per_year_region_chamber_and_co_partner(client):
    demo_meetings()
    make_meeting(
        chamber="ccis-oriental",
        date=datetime.date(2024, 5, 1),
        partners={
            Partner.objects.get(slug="pnud"): "funder",
            Partner.objects.get(slug="odco"): "participant",
        },
    )
    data = client.get("/api/v1/partners/pnud/").json()
    assert data["per_year"] == [{"year": 2024, "count": 1}, {"year": 2025, "count": 1}]
    assert data["undated"] == 0
    assert data["regions"] == [
        {"slug": "oriental", "name_ar": "الشرق", "name_fr": "L'Oriental", "count": 2}
    ]
    assert data["chambers"][0]["slug"] == "ccis-oriental" and data["chambers"][0]["count"] == 2
    co = {row["slug"]: row["count"] for row in data["co_partners"]}
    assert co["odco"] == 2 and co["agence-oriental"] == 1
    assert all(row["name_fr"] for row in data["co_partners"] if row["slug"] == "odco")


def test_chambers_and_programmes_name_what_they_hold(client):
    chamber = client.get("/api/v1/chambers/ccis-oriental/").json()
    assert chamber["region"]["slug"] == "oriental" and chamber["name_fr"]
    assert chamber["seat"] is None or chamber["seat"]["name_ar"]
    programmes = every_page(client, "/api/v1/programmes/")
    assert any(p["slug"] == "delio" for p in programmes)


def test_categories_are_the_closed_list(client):
    from events import categories

    rows = client.get("/api/v1/categories/").json()
    assert [r["slug"] for r in rows] == list(categories.SLUGS)
    assert all(r["name_ar"] and r["name_fr"] for r in rows)


# --- queries --------------------------------------------------------------------------------

# A first visit, nothing cached: the cache's reads and writes (the version, the total, the
# answer: a few statements each on the database cache) and the rows with their relations.
BOUNDS = {
    "/api/v1/meetings/": 20,
    # And the meetings of several days still on at date_from (MeetingFilter._spanning).
    "/api/v1/meetings/?region=oriental&date_from=2020-01-01": 22,
    # A search may refill its cache of names first (events.search): six queries.
    "/api/v1/meetings/?q=لقاء": 30,
    "/api/v1/regions/": 12,
    "/api/v1/cities/": 12,
    "/api/v1/chambers/": 13,
    "/api/v1/programmes/": 13,
    "/api/v1/partners/": 12,
}


@pytest.fixture
def many(db):
    generate(40, seed=11, batch_size=40, jobs=0)


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured.captured_queries)


@pytest.mark.parametrize("url", list(BOUNDS))
def test_an_answer_costs_a_bounded_number_of_queries(
    client, many, url, django_assert_max_num_queries
):
    with django_assert_max_num_queries(BOUNDS[url]):
        assert client.get(url).status_code == 200
    # Asked again in the same meetings version: one read of the cache, the version with it.
    assert _count(client, url) <= 2


def test_a_meeting_costs_the_same_with_more_partners_and_people(
    client, many, django_assert_max_num_queries
):
    busiest = Meeting.objects.published().order_by("-id").first()
    with django_assert_max_num_queries(14):
        assert client.get(f"/api/v1/meetings/{busiest.pk}/").status_code == 200
    quiet = make_meeting()
    assert _count(client, f"/api/v1/meetings/{quiet.pk}/") <= 14
