"""The public portal in a real browser: filters, languages, accessibility and small screens."""

from pathlib import Path

import pytest

from tests.browser.navigation import follow
from tests.events.views.demo import demo_meetings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture
def demo(transactional_db):
    return demo_meetings()


def serious_violations(page) -> list[str]:
    # Evaluated by the browser's tools rather than added as an inline script, which the
    # portal's content security policy refuses.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document)")
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])})"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def results(page) -> list[str]:
    return page.locator(".results .meeting-title").all_inner_texts()


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def scrolls_sideways(page) -> bool:
    return page.evaluate(
        "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )


def test_filter_by_region_date_and_partner_with_the_form(live_server, page, demo):
    page.goto(live_server.url + "/meetings/")
    assert len(results(page)) == 5
    page.select_option("#f-region", "oriental")
    follow(page, "form.filters button[type=submit]")
    assert results(page) == [demo["oriental"].title]
    assert "region=oriental" in page.url

    page.goto(live_server.url + "/meetings/")
    page.fill("#f-date_from", "2024-01-01")
    page.fill("#f-date_to", "2024-12-31")
    follow(page, "form.filters button[type=submit]")
    assert results(page) == [demo["marrakech"].title, demo["tanger"].title]
    # The partner facet counts what each partner would give within 2024.
    assert page.locator("#f-partner option[value=enabel]").inner_text().endswith("(2)")
    page.select_option("#f-partner", "enabel")
    page.select_option("#f-region", "marrakech-safi")
    follow(page, "form.filters button[type=submit]")
    assert results(page) == [demo["marrakech"].title]
    assert page.locator(".results h2").inner_text() == "عدد اللقاءات: 1"

    # Removing one active filter keeps the others.
    follow(page, ".chip[data-param=region]")
    assert results(page) == [demo["marrakech"].title, demo["tanger"].title]
    screenshot(page, "list-filtered-1280")


def test_map_region_links_to_its_filtered_list(live_server, page, demo):
    page.goto(live_server.url + "/")
    page.locator('a.map-region[data-region="oriental"]').click()
    page.wait_for_url("**/meetings/?region=oriental")
    assert results(page) == [demo["oriental"].title]


def test_language_switch_keeps_the_filters_and_turns_the_page(live_server, page, demo):
    page.goto(live_server.url + "/meetings/?region=oriental")
    html = page.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    page.click(".language-switch a")
    page.wait_for_url("**/fr/meetings/?region=oriental")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("fr", "ltr")
    assert page.locator(".results h2").inner_text() == "Nombre de rencontres : 1"
    assert results(page) == [demo["oriental"].title]
    screenshot(page, "list-fr-1280")
    page.click(".language-switch a")
    page.wait_for_url("**/meetings/?region=oriental")
    assert html.get_attribute("dir") == "rtl"


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/meetings/?partner=enabel",
        "/meetings/?date_from=nope",
        "/regions/oriental/",
        "/partners/enabel/",
        "/fr/",
    ],
    ids=["home", "list", "list-with-error", "region", "partner", "home-fr"],
)
def test_pages_have_no_serious_accessibility_violation_and_fit_a_phone(
    live_server, browser, demo, path
):
    name = path.strip("/").replace("/", "-").replace("?", "-").replace("=", "-") or "home"
    for width in (1280, 360):
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        try:
            page.goto(live_server.url + path)
            assert serious_violations(page) == []
            assert not scrolls_sideways(page)
            screenshot(page, f"{name}-{width}")
        finally:
            context.close()


def test_meeting_page_is_accessible_and_fits_a_phone(live_server, browser, demo):
    url = live_server.url + demo["oriental"].get_absolute_url()
    for width in (1280, 360):
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        try:
            page.goto(url)
            assert "23 شتنبر 2025" in page.locator("main").inner_text()
            assert serious_violations(page) == []
            assert not scrolls_sideways(page)
            screenshot(page, f"meeting-{width}")
        finally:
            context.close()


def test_skip_link_is_first_and_visible_on_focus(live_server, page, demo):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.getAttribute('href')")
    assert focused == "#main"
    box = page.locator(".skip-link").bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0
