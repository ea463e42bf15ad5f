"""A repeated API request is the stored answer, served before DRF's dispatch (api.stored):
the same bytes and headers as the first, and still counted by the rate limit."""

from __future__ import annotations

import pytest
from django.core.cache import caches
from django.test import override_settings

from tests.events.views.demo import demo_meetings

pytestmark = pytest.mark.django_db
HEADERS = ("Content-Type", "Allow", "Vary", "ETag", "Access-Control-Allow-Origin")


@pytest.fixture
def demo(db):
    return demo_meetings()


@pytest.mark.parametrize(
    "url", ["/api/v1/meetings/", "/api/v1/meetings/?region=oriental", "/api/v1/regions/"]
)
def test_a_repeated_request_is_the_stored_answer_with_the_same_headers(client, demo, url):
    first = client.get(url, HTTP_ACCEPT_LANGUAGE="fr")
    again = client.get(url, HTTP_ACCEPT_LANGUAGE="fr")
    assert again.status_code == first.status_code == 200
    assert again.content == first.content
    for header in HEADERS:
        assert again.get(header) == first.get(header), header


def test_one_meeting_is_stored_too(client, demo):
    url = f"/api/v1/meetings/{demo['oriental'].pk}/"
    first, again = client.get(url), client.get(url)
    assert again.json() == first.json()


def test_each_language_has_its_stored_answer(client, demo):
    client.get("/api/v1/meetings/?date_from=bad", HTTP_ACCEPT_LANGUAGE="fr")
    french = client.get("/api/v1/meetings/?date_from=bad", HTTP_ACCEPT_LANGUAGE="fr")
    arabic = client.get("/api/v1/meetings/?date_from=bad")
    # An error is never kept: each is DRF's, in its own language.
    assert french.status_code == arabic.status_code == 400
    assert french.json() != arabic.json()


@override_settings(API_ANON_RATE="2/minute")
def test_stored_answers_are_counted_by_the_rate_limit(client, demo):
    caches["throttle"].clear()
    url = "/api/v1/meetings/?region=oriental"
    statuses = [client.get(url).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    limited = client.get(url)
    assert limited.status_code == 429 and int(limited["Retry-After"]) > 0


@override_settings(API_ANON_RATE="1/minute")
def test_a_session_cookie_gives_no_other_allowance(client, demo, django_user_model):
    caches["throttle"].clear()
    editor = django_user_model.objects.create_user("editor", password="x")
    client.force_login(editor)
    assert client.get("/api/v1/regions/").status_code == 200
    assert client.get("/api/v1/regions/").status_code == 429
