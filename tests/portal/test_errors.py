"""Requests the portal cannot serve as asked: a URL no page has (control characters), the
admin's query strings with NUL, HEAD on pages, and a database that is down."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/partners/%00/",
        "/programmes/%00/",
        "/fr/partners/a%00/",
        "/fr/programmes/%00b/",
        "/regions/%00/",
        "/chambers/a%00/",
        "/meetings/1/a%00/",
        "/meetings/%00/",
        "/partners/a%01b/",
        "/partners/a%20b/",
        "/partners/%27%22/",
        "/admin/events/meeting/%00/change/",
    ],
)
def test_a_path_no_slug_can_hold_is_a_404(client, admin_user, path):
    client.force_login(admin_user)
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    "path,query",
    [
        (
            "/admin/autocomplete/",
            {
                "term": "\x00",
                "app_label": "events",
                "model_name": "meeting",
                "field_name": "programmes",
            },
        ),
        ("/admin/events/meeting/", {"q": "a\x00"}),
        ("/admin/events/meeting/", {"status__exact": "\x00"}),
        ("/admin/events/chamber/", {"kind__exact": "\x00"}),
        ("/admin/events/article/", {"imported_at__gte": "\x00"}),
        ("/fr/admin/events/partner/", {"q": "\x00"}),
    ],
)
def test_nul_in_an_admin_query_is_a_400(client, admin_user, path, query):
    client.force_login(admin_user)
    response = client.get(path, query)
    assert response.status_code == 400
    assert "غير صالح" in response.content.decode()


@pytest.mark.parametrize(
    "path", ["/", "/meetings/", "/fr/meetings/", "/meetings.json", "/robots.txt"]
)
def test_head_is_answered_like_get(client, path):
    assert client.head(path).status_code == 200


def test_connections_are_checked_before_reuse():
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


DOWN = """
import django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
for path in ("/", "/meetings/", "/fr/meetings/", "/partners/enabel/", "/regions/oriental/"):
    response = client.get(path)
    print(path, response.status_code, response.get("Retry-After"))
print(response.content.decode())
"""


def test_a_database_that_is_down_gives_a_503_in_arabic_and_french():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        # Nothing listens on port 1 of loopback: every connection is refused at once.
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/down",
        "DATABASE_RETRY_SECONDS": "0.5",
    }
    result = subprocess.run(
        [sys.executable, "-c", DOWN],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:5] == [
        "/ 503 5",
        "/meetings/ 503 5",
        "/fr/meetings/ 503 5",
        "/partners/enabel/ 503 5",
        "/regions/oriental/ 503 5",
    ]
    page = "\n".join(lines[5:])
    assert "الخدمة غير متاحة مؤقتاً" in page
    assert "Service momentanément indisponible" in page


def test_a_control_character_under_the_api_is_its_json_404(client):
    response = client.get("/api/v1/partners/a%00b/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
