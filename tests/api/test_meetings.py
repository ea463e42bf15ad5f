"""The meetings API: the list page's meetings for the same filters, every field of one
meeting, errors that name their parameter in the request's language, paging, ETags, CORS."""

from __future__ import annotations

import csv
import datetime
import io
import re

import pytest
from django.core.cache import caches
from django.test import override_settings
from django.utils import translation

from bench.generation import generate
from events.models import Meeting, Person
from events.writes import meetings_write
from tests.events.views.demo import demo_meetings
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db
API = "/api/v1/meetings/"


@pytest.fixture
def demo(db):
    return demo_meetings()


def ids(client, url: str) -> list[int]:
    found, page = [], url
    while page:
        data = client.get(page).json()
        found += [m["id"] for m in data["results"]]
        page = data["next"]
    return found


def list_page_ids(client, query: str) -> list[int]:
    html = client.get("/meetings/" + query).content.decode()
    # Each row links to its meeting once by its readable address.
    return [int(pk) for pk in dict.fromkeys(re.findall(r'href="/meetings/(\d+)/[^"]+/"', html))]


def csv_ids(client, query: str) -> list[int]:
    response = client.get("/meetings.csv" + query)
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return [int(row["id"]) for row in csv.DictReader(io.StringIO(text))]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?region=oriental",
        "?chamber=ccis-tanger-tetouan-al-hoceima",
        "?partner=pnud",
        "?programme=delio",
        "?date_from=2024-06-01&date_to=2025-12-31",
        "?sort=date",
        "?q=التعاونيات",
        "?kind=forum",
    ],
)
def test_the_list_page_the_csv_and_the_api_give_the_same_meetings(client, demo, query):
    api = ids(client, API + query)
    assert api == list_page_ids(client, query)
    assert api == csv_ids(client, query)
    if query and "sort" not in query:
        # A filter that leaves some out: the comparison says something.
        assert 0 < len(api) < len(ids(client, API))


def test_a_list_row_holds_names_in_both_languages(client, demo):
    [row] = client.get(API + "?region=oriental").json()["results"]
    meeting = demo["oriental"]
    assert row["id"] == meeting.pk
    assert row["url"] == "http://testserver" + meeting.get_absolute_url()
    assert row["api_url"] == f"http://testserver{API}{meeting.pk}/"
    assert (row["date"], row["time"], row["kind"]) == ("2025-09-23", "11:00", "لقاء جهوي")
    assert row["category"] == {
        "slug": "forum",
        "name_ar": "منتدى أو مؤتمر",
        "name_fr": "Forum ou conférence",
    }
    assert row["date_end"] is None
    assert row["region"] == {
        "slug": "oriental",
        "name_ar": "الشرق",
        "name_fr": "L'Oriental",
        "code": "02",
    }
    assert row["chamber"]["slug"] == "ccis-oriental" and row["chamber"]["name_fr"]
    assert row["city"]["name_ar"] == "وجدة"
    roles = {p["slug"]: p["role"] for p in row["partners"]}
    assert roles == {"agence-oriental": "organiser", "odco": "participant", "pnud": "funder"}
    assert all(p["name_ar"] and "name_fr" in p for p in row["partners"])
    assert [p["slug"] for p in row["programmes"]] == ["delio"]
    assert row["participants"] == 80
    assert row["category"] == {
        "slug": "forum",
        "name_ar": "منتدى أو مؤتمر",
        "name_fr": "Forum ou conférence",
    }
    assert row["date_end"] is None


def test_a_meeting_of_several_days_says_its_last_day(client):
    meeting = make_meeting(date=datetime.date(2025, 3, 4), date_end=datetime.date(2025, 3, 6))
    row = client.get(f"{API}{meeting.pk}/").json()
    assert (row["date"], row["date_end"]) == ("2025-03-04", "2025-03-06")


def test_one_meeting_holds_every_public_field(client, demo):
    meeting = demo["oriental"]
    with meetings_write([meeting.pk]):
        Person.objects.create(meeting=meeting, name="محمد العلوي", role="رئيس الغرفة", position=1)
    data = client.get(f"{API}{meeting.pk}/").json()
    assert data["summary"] == "لقاء جهوي لدعم التعاونيات بوجدة."
    assert data["province"]["slug"] == meeting.city.province.slug
    assert data["people"] == [{"name": "محمد العلوي", "role": "رئيس الغرفة"}]
    assert data["date_end"] is None
    assert "category" in data and "body" in data and "published_at" in data
    assert isinstance(data["sources"], list)


def test_a_meeting_with_its_source(client):
    from events.models import Article, Chamber

    chamber = Chamber.objects.get(slug="ccis-oriental")
    article = Article.objects.create(
        raw_text="نص",
        text="نص",
        title="خبر اللقاء",
        source_url="https://example.org/a",
        outlet="جريدة",
        published_on=datetime.date(2025, 9, 24),
        chamber=chamber,
        content_hash="h1",
    )
    meeting = make_meeting(article=article)
    data = client.get(f"{API}{meeting.pk}/").json()
    assert data["sources"] == [
        {
            "title": "خبر اللقاء",
            "url": "https://example.org/a",
            "outlet": "جريدة",
            "published_on": "2025-09-24",
        }
    ]


def test_a_draft_or_unknown_meeting_is_a_json_404(client, demo):
    draft = Meeting.objects.drafts().first()
    for pk in (draft.pk, 999999):
        response = client.get(f"{API}{pk}/")
        assert response.status_code == 404
        assert response.json()["detail"] == "لا يوجد مورد بهذا المعرف."
    response = client.get("/api/v1/no-such-thing/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 404
    assert response.json() == {"detail": "Aucune ressource à cette adresse."}


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("region=atlantis", "region"),
        ("partner=nobody", "partner"),
        ("date_from=2025-13-40", "date_from"),
        ("date_to=yesterday", "date_to"),
        ("sort=loudest", "sort"),
        ("page=0", "page"),
        ("page=two", "page"),
        ("page=99", "page"),
    ],
)
def test_a_refused_parameter_is_a_400_that_names_it(client, demo, query, parameter):
    response = client.get(f"{API}?{query}")
    assert response.status_code == 400
    body = response.json()
    assert list(body["errors"]) == [parameter]
    assert parameter in body["detail"]


def test_dates_in_the_wrong_order_name_both(client, demo):
    body = client.get(f"{API}?date_from=2025-01-02&date_to=2025-01-01").json()
    assert set(body["errors"]) == {"date_from", "date_to"}


def test_messages_follow_accept_language(client, demo):
    arabic = client.get(f"{API}?page=0").json()
    french = client.get(f"{API}?page=0", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9").json()
    assert arabic["errors"]["page"] == ["رقم الصفحة عدد صحيح موجب."]
    assert french["errors"]["page"] == ["Le numéro de page est un entier positif."]
    assert french["detail"] == "Valeur refusée pour : page."
    # Django's own messages too.
    date = client.get(f"{API}?date_from=x", HTTP_ACCEPT_LANGUAGE="fr").json()
    assert date["errors"]["date_from"] == ["Saisissez une date valide."]


def test_pages_link_to_each_other_in_a_stable_order(client):
    generate(60, seed=3, batch_size=60, jobs=0)
    first = client.get(API + "?sort=date").json()
    assert first["count"] == Meeting.objects.published().count() > 50
    assert first["previous"] is None and first["next"].endswith("?page=2&sort=date")
    second = client.get(first["next"]).json()
    assert second["previous"].endswith("?sort=date")
    seen, page = [], first
    while True:
        seen += [m["id"] for m in page["results"]]
        if page["next"] is None:
            break
        page = client.get(page["next"]).json()
    assert len(seen) == len(set(seen)) == first["count"]
    assert ids(client, API + "?sort=date") == seen
    # A page of the API is the list page's.
    assert [m["id"] for m in second["results"]] == list_page_ids(client, "?sort=date&page=2")


def test_a_repeated_request_is_answered_304_until_a_meeting_changes(client, demo):
    first = client.get(API)
    tag = first["ETag"]
    assert tag and client.get(API, HTTP_IF_NONE_MATCH=tag).status_code == 304
    # The same address in another language is another answer (its messages).
    assert client.get(API, HTTP_ACCEPT_LANGUAGE="fr")["ETag"] != tag
    make_meeting(title="لقاء جديد")  # the write path makes a new meetings version
    again = client.get(API, HTTP_IF_NONE_MATCH=tag)
    assert again.status_code == 200 and again["ETag"] != tag
    assert again.json()["count"] == first.json()["count"] + 1


def test_any_site_may_read_the_api(client, demo):
    response = client.get(API, HTTP_ORIGIN="https://newsroom.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        API, HTTP_ORIGIN="https://newsroom.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert preflight.status_code == 204
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    assert "Access-Control-Allow-Origin" not in client.get("/meetings/")


def test_the_api_reads_only(client, demo):
    assert client.post(API, {}).status_code == 405
    assert client.delete(f"{API}{demo['oriental'].pk}/").status_code == 405


@override_settings(API_ANON_RATE="3/minute")
def test_anonymous_clients_are_limited_with_retry_after(client, demo):
    caches["throttle"].clear()
    statuses = [client.get("/api/v1/regions/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.get("/api/v1/regions/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert "detail" in response.json()
    # Another address has its own allowance.
    assert client.get("/api/v1/regions/", REMOTE_ADDR="10.0.0.9").status_code == 200


def test_a_list_row_is_what_the_declared_fields_give(rf, demo):
    from rest_framework import serializers as drf

    from api.serializers import MeetingSerializer

    generate(20, seed=5, batch_size=20, jobs=0)
    meetings = list(Meeting.objects.published().with_related().order_by("pk"))
    assert any(m.time for m in meetings) and any(m.city is None for m in meetings)
    request = rf.get(API)
    for language in ("ar", "fr"):
        with translation.override(language):
            fast = MeetingSerializer(meetings, many=True, context={"request": request}).data
            declared = [
                drf.Serializer.to_representation(MeetingSerializer(context={"request": request}), m)
                for m in meetings
            ]
        assert [dict(row) for row in fast] == [dict(row) for row in declared]
        assert [list(row) for row in fast] == [list(row) for row in declared]
