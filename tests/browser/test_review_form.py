"""One review form: creating an unknown partner keeps the edits made before it."""

import pytest

from events.models import Article, Chamber, City
from tests.browser.navigation import follow
from tests.events.admin.conftest import make_editor
from tests.factories import make_meeting

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BODY = "احتضنت مدينة وجدة يوم 23 شتنبر 2025 لقاء جهويا بشراكة مع جمعية النخيل للتنمية المحلية."


def login(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw-for-tests")
    follow(page, "input[type=submit]")


def test_city_change_survives_creating_a_partner(live_server, page):
    make_editor("ccis-oriental", username="editor-oriental")
    chamber = Chamber.objects.get(slug="ccis-oriental")
    article = Article.objects.create(
        raw_text=BODY,
        text=BODY,
        content_hash="e" * 64,
        chamber=chamber,
        extraction={
            "partners": [{"name": "جمعية النخيل للتنمية المحلية", "slug": None, "span": None}],
            "programmes": [],
        },
    )
    meeting = make_meeting(title="لقاء جهوي", status="draft", article=article, city="وجدة")
    berkane = City.objects.filter(name_ar="بركان").first()
    assert berkane is not None

    login(page, live_server, "editor-oriental")
    page.goto(f"{live_server.url}/admin/events/meeting/{meeting.pk}/review/")
    page.click(".field-city .select2-selection")
    page.fill(".select2-container--open .select2-search__field", "بركان")
    page.click(".select2-container--open .select2-results__option:text-is('بركان')")
    page.fill("#id_venue", "غرفة التجارة")
    page.click("button[value='partner:create:0']")
    page.wait_for_selector(".messagelist .success")

    meeting.refresh_from_db()
    assert meeting.city_id == berkane.pk
    assert meeting.venue == "غرفة التجارة"
    assert list(meeting.partners.values_list("name_ar", flat=True)) == [
        "جمعية النخيل للتنمية المحلية"
    ]
    # The page shows the kept edit, and the name is no longer unknown.
    assert "بركان" in page.locator(".field-city").inner_text()
    assert page.locator("button[value='partner:create:0']").count() == 0
