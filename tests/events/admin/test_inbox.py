"""The admin index tells an editor what waits for them, with counts."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from events import services
from events.models import Chamber
from tests.events.admin.conftest import make_editor

pytestmark = pytest.mark.django_db

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"


def counts(client) -> dict:
    html = client.get(reverse("admin:index")).content.decode()
    return {k: int(v) for k, v in re.findall(r'data-count="(\w+)">(\d+)<', html)}


def test_inbox_counts_own_drafts_offered_drafts_and_duplicates(client):
    oriental = make_editor("ccis-oriental", username="oriental")
    casablanca = make_editor("ccis-casablanca-settat", username="casa")
    services.article_import(
        text=(SEEDS / "002_acc5641cf57d7599.txt").read_text(encoding="utf-8"),
        chamber=None,
        user=oriental,
    )
    # The Oriental editor imports the Casablanca chamber's article: offered to Casablanca.
    services.article_import(
        text=(SEEDS / "001_6af0ee77e2af140b.txt").read_text(encoding="utf-8"),
        chamber=Chamber.objects.get(slug="ccis-oriental"),
        user=oriental,
    )
    client.force_login(oriental)
    assert counts(client) == {"mine": 1, "offered": 0, "collected": 0, "duplicates": 0}
    client.force_login(casablanca)
    assert counts(client) == {"mine": 0, "offered": 1, "collected": 0, "duplicates": 0}
