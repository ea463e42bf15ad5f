"""An editor imports a seed article by pasting it, reviews the evidence, publishes."""

import os
from pathlib import Path

import pytest
from django.conf import settings

from events.models import Meeting
from tests.browser.navigation import follow
from tests.events.admin.conftest import make_editor

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SEED = Path(settings.BASE_DIR) / "fixtures" / "seeds" / "002_acc5641cf57d7599.txt"


def test_editor_pastes_reviews_and_publishes(live_server, page):
    make_editor("ccis-oriental", username="editor-oriental")

    page.goto(live_server.url + "/admin/login/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.fill("#id_username", "editor-oriental")
    page.fill("#id_password", "pw-for-tests")
    follow(page, "input[type=submit]")

    page.goto(live_server.url + "/admin/events/meeting/")
    page.click("text=استيراد مقالات")
    page.fill("#id_text", SEED.read_text(encoding="utf-8"))
    page.click("input[name=_import]")

    page.wait_for_selector(".review-screen")
    assert page.locator(".article-body mark[data-field='date']").count() >= 1
    assert page.locator(".article-body mark[data-field='partners']").count() >= 3
    if os.environ.get("SCREENSHOTS"):
        page.screenshot(path="tests/screenshots/review.png", full_page=True)
    assert page.locator("#id_title").input_value() != ""

    page.click("input[name=_publish]")
    page.wait_for_selector("[data-status='published']")

    meeting = Meeting.objects.get()
    assert meeting.status == "published"
    response = page.goto(f"{live_server.url}/meetings/{meeting.pk}/")
    assert response.status == 200
    assert meeting.title in page.locator("main").inner_text()
