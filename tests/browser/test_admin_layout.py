"""The admin at 1024 and 1280 px: nothing hidden under the filters, nothing over the article."""

from pathlib import Path

import pytest

from events.models import Article, Chamber
from tests.browser.navigation import follow
from tests.events.admin.conftest import make_editor
from tests.factories import make_meeting, make_partner

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"
LONG = "لقاء تواصلي حول آليات تمويل المقاولات الصغيرة جدا والتعاونيات بجهة الشرق"


def overlap(a, b) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def login(page, live_server):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "editor-oriental")
    page.fill("#id_password", "pw-for-tests")
    follow(page, "input[type=submit]")


@pytest.mark.parametrize("width", [1024, 1280])
def test_meetings_list_and_review_fit(live_server, browser, width):
    make_editor("ccis-oriental", username="editor-oriental")
    chamber = Chamber.objects.get(slug="ccis-oriental")
    article = Article.objects.create(
        raw_text=LONG * 8, text=LONG * 8, content_hash="f" * 64, chamber=chamber
    )
    partners = {
        make_partner(name_ar=f"الوكالة الوطنية لإنعاش التشغيل رقم {i}"): "organiser"
        for i in range(3)
    }
    meeting = make_meeting(title=LONG, status="draft", article=article, partners=partners)
    for i in range(5):
        make_meeting(title=f"{LONG} {i}", status="draft")
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    SHOTS.mkdir(exist_ok=True)
    try:
        login(page, live_server)
        page.goto(live_server.url + "/admin/events/meeting/")
        sidebar = page.locator("#changelist-filter").bounding_box()
        results = page.locator("#changelist .results").bounding_box()
        for column in ("status", "duplicate_flag", "title"):
            for cell in page.locator(f"#result_list .field-{column}").all():
                box = cell.bounding_box()
                assert box is not None and box["width"] > 0
                assert not overlap(box, sidebar), column
                # Not clipped by the list's own scrolling box: seen without scrolling.
                assert results["x"] - 1 <= box["x"], column
                assert box["x"] + box["width"] <= results["x"] + results["width"] + 1, column
        title = page.locator("#result_list .field-title").first.bounding_box()
        # A title reads on a few lines, not a word a line.
        assert title["width"] >= 180
        page.screenshot(path=str(SHOTS / f"admin-meetings-{width}.png"), full_page=True)

        page.goto(f"{live_server.url}/admin/events/meeting/{meeting.pk}/review/")
        article_box = page.locator(".review-article").bounding_box()
        for selector in (
            ".partners-formset select",
            ".partners-formset input[type=checkbox]",
            ".partners-formset .select2-container",
        ):
            for element in page.locator(selector).all():
                box = element.bounding_box()
                if box:
                    assert not overlap(box, article_box), selector
        page.screenshot(path=str(SHOTS / f"admin-review-{width}.png"), full_page=True)
    finally:
        context.close()
