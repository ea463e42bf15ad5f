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


@pytest.fixture(autouse=True)
def _reference_data_after_flush(request):
    """Transactional tests (the browser ones) end with a flush that empties every table, and
    on PostgreSQL serialized_rollback does not always bring the migrations' data back: load it
    again, as migrations 0002 and 0004 do, whenever it is missing."""
    marker = request.node.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction"):
        return
    request.getfixturevalue("transactional_db")
    from django.apps import apps
    from django.contrib.auth.models import Group

    from events.gazetteer_data import load_reference_data
    from events.models import Region

    if not Region.objects.exists():
        load_reference_data(apps)
    from django.db import connection

    from events.search import FTS_TABLE

    if connection.vendor == "sqlite":
        # The flush empties the tables Django knows, not the FTS5 index: rows of meetings
        # that are gone would match the next test's meetings of the same ids.
        with connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {FTS_TABLE} WHERE rowid NOT IN (SELECT id FROM events_meeting)"
            )
    if not Group.objects.filter(name="editors").exists():
        from importlib import import_module

        from django.contrib.auth.models import Permission

        # The flush's post_migrate has made the permissions again; only the group is gone.
        group = None
        for app, migration in (
            ("events", "0004_editors_group"),
            ("collect", "0002_editors_permissions"),
        ):
            editors = import_module(f"{app}.migrations.{migration}")
            codenames = [f"{a}_{m}" for m, actions in editors.PERMISSIONS.items() for a in actions]
            group = group or Group.objects.create(name=editors.EDITORS)
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label=app, codename__in=codenames)
            )


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in Arabic: a test client request to /fr/ leaves French active in the
    test's thread, and reverse() would then build /fr/ URLs for the tests that follow."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _no_trusted_version():
    """Each test starts without a meetings version trusted by the process (events.cache): the
    last test's version, rolled back with its data, must not serve this one its pages."""
    from events import cache

    cache._trust(None)


def _uses_database(request) -> bool:
    return (
        request.node.get_closest_marker("django_db") is not None
        or "_django_db_helper" in request.fixturenames
    )


@pytest.fixture(autouse=True)
def _derived_data_current(request):
    """After every test that used the database: the summary tables and the search documents
    are what a fresh build from the meetings gives (tests/guard.py). A write that skipped
    events.writes.meetings_write fails here, in the test that made it."""
    if not _uses_database(request):
        yield
        return
    # The database is set up before this fixture and torn down (rolled back) after its check.
    request.getfixturevalue("_django_db_helper")
    yield
    from tests.guard import stale_derived_data

    problems = stale_derived_data()
    if problems:
        pytest.fail(
            "derived data left behind by a write that skipped events.writes.meetings_write:\n  "
            + "\n  ".join(problems[:10]),
            pytrace=False,
        )


def pytest_terminal_summary(terminalreporter):
    from tests import guard

    spent = guard.spent
    if spent["checked"] or spent["skipped"]:
        terminalreporter.write_line(
            f"derived-data guard: {spent['checked']} checks, {spent['skipped']} of them with"
            f" nothing derived, {spent['seconds']:.1f} s"
        )
