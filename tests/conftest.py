"""Fixtures every test tree shares: the browser, and loud skips when a real part is missing."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls made from
# tests that hold a page would otherwise be refused as "async unsafe".
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _browser_available() -> bool:
    return os.path.exists(CHROMIUM)


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if "browser" in item.keywords]
    if not browser_items or _browser_available():
        return
    if os.environ.get("REQUIRE_BROWSER") == "1":
        raise pytest.UsageError(f"REQUIRE_BROWSER=1 but no chromium at {CHROMIUM}")
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    message = (
        f"\n*** chromium not found at {CHROMIUM}: skipping {len(browser_items)} browser tests."
        " Install Debian's chromium (make browser) or set CHROMIUM_PATH. ***\n"
    )
    if reporter:
        reporter.write_line(message, red=True, bold=True)
    skip = pytest.mark.skip(reason="Debian's chromium is not installed")
    for item in browser_items:
        item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def admin_user(db):
    from tests.factories import make_user

    return make_user(username="root", superuser=True)
