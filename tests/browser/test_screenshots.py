"""Screenshots of the pages a citizen sees first, at a desktop's and a phone's width.

Saved under tests/screenshots/<set>/ (git-ignored) for a person to compare: SCREENSHOT_SET
names the set ("after" unless told), so a run on an older checkout can keep a "before" one.
"""

import os
from pathlib import Path

import pytest

from tests.events.views.demo import demo_meetings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
PAGES = {
    "home": "/",
    "home-fr": "/fr/",
    "list": "/meetings/",
    "list-search": "/meetings/?q=%D8%A7%D9%84%D8%AA%D8%B9%D8%A7%D9%88%D9%86%D9%8A%D8%A7%D8%AA",
    "list-fr": "/fr/meetings/?region=oriental",
}


def test_screenshots_at_desktop_and_phone_widths(live_server, browser, transactional_db):
    demo = demo_meetings()
    pages = {**PAGES, "meeting": demo["oriental"].get_absolute_url()}
    pages["meeting-fr"] = "/fr" + pages["meeting"]
    folder = SCREENSHOTS / os.environ.get("SCREENSHOT_SET", "after")
    folder.mkdir(parents=True, exist_ok=True)
    for width in (1280, 360):
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        try:
            for name, path in pages.items():
                response = page.goto(live_server.url + path)
                assert response.status == 200, path
                page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)
                # Nothing wider than the screen, at either width.
                assert not page.evaluate(
                    "() => document.documentElement.scrollWidth"
                    " > document.documentElement.clientWidth"
                ), (name, width)
        finally:
            context.close()
