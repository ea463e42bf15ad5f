"""A citizen on a phone and on a desktop: results first, filters folded, clean addresses,
marked search words, the site's own error page."""

from pathlib import Path

import pytest

from tests.browser.navigation import follow
from tests.events.views.demo import demo_meetings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def demo(transactional_db):
    return demo_meetings()


def _context(browser, viewport, javascript=True):
    return browser.new_context(viewport=viewport, java_script_enabled=javascript)


@pytest.mark.parametrize("javascript", [True, False], ids=["script", "no-script"])
def test_on_a_phone_the_first_result_is_on_the_first_screen(live_server, browser, demo, javascript):
    context = _context(browser, PHONE, javascript)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/meetings/?region=oriental&sort=date")
        first = page.locator(".results .meeting-row").first.bounding_box()
        assert first["y"] + 40 < PHONE["height"], first
        summary = page.locator(".filters-disclosure > summary")
        assert summary.inner_text().strip() == "تصفية النتائج (1)"
        assert not page.locator("#f-region").is_visible()
        # The disclosure opens without a script: it is a <details>.
        summary.click()
        assert page.locator("#f-region").is_visible()
        page.select_option("#f-region", "")
        follow(page, "form.filters button[type=submit]")
        # What is left is what was chosen: the empty fields are gone from the address, by the
        # form's script or by the server's redirect.
        assert page.url == live_server.url + "/meetings/?sort=date"
        assert len(page.locator(".results .meeting-row").all()) == 5
    finally:
        context.close()


def test_in_french_the_disclosure_says_so(live_server, browser, demo):
    context = _context(browser, PHONE)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/fr/meetings/?region=oriental&partner=pnud")
        summary = page.locator(".filters-disclosure > summary").inner_text().strip()
        assert summary == "Filtrer les résultats (2)"
    finally:
        context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["script", "no-script"])
def test_on_a_wide_screen_the_filters_stand_beside_the_results(
    live_server, browser, demo, javascript
):
    context = _context(browser, {"width": 1280, "height": 900}, javascript)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/meetings/")
        assert page.locator("#f-region").is_visible()
        form = page.locator("form.filters").bounding_box()
        results = page.locator(".results").bounding_box()
        # Right to left: the filters on the right, the results to their left, side by side.
        assert form["x"] > results["x"] + results["width"] - 1
        assert abs(form["y"] - results["y"]) < 200
    finally:
        context.close()


def test_a_search_marks_its_words_in_the_results(live_server, page, demo):
    page.goto(live_server.url + "/meetings/")
    page.fill("#f-q", "التعاونيات")
    follow(page, "form.filters button[type=submit]")
    assert (
        page.url
        == live_server.url
        + "/meetings/?q="
        + "%D8%A7%D9%84%D8%AA%D8%B9%D8%A7%D9%88%D9%86%D9%8A%D8%A7%D8%AA"
    )
    marks = page.locator(".results mark").all_inner_texts()
    assert marks and set(marks) == {"التعاونيات"}
    assert page.locator(".results .meeting-title mark").count() == 1
    assert page.locator(".results .excerpt mark").count() >= 1
    # Marked words stand out from the text around them.
    background = page.locator(".results mark").first.evaluate(
        "m => getComputedStyle(m).backgroundColor"
    )
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")


def test_a_missing_page_is_the_sites_own(live_server, page, db):
    response = page.goto(live_server.url + "/fr/nulle-part/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Page introuvable"
    assert page.locator("html").get_attribute("dir") == "ltr"
    icon = page.locator("link[rel=icon]").get_attribute("href")
    assert page.request.get(live_server.url + icon).status == 200


def test_add_to_calendar_downloads_one_event(live_server, page, demo):
    page.goto(live_server.url + demo["oriental"].get_absolute_url())
    with page.expect_download() as download:
        page.click("a.add-calendar")
    content = Path(download.value.path()).read_text(encoding="utf-8")
    assert content.count("BEGIN:VEVENT") == 1
    assert "SUMMARY:" in content
