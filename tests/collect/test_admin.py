"""Sources in the admin: the last run's figures and progress, the run history, the actions,
adding one (its URL checked), each editor limited to their chambers' sources."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from bench import feed_site
from collect.collecting import source_collect
from collect.models import Run, SeenItem, Source
from events.models import Chamber
from tests.collect.conftest import make_source, oriental, serve_rss
from tests.events.admin.conftest import make_editor

pytestmark = pytest.mark.django_db

SOURCES = reverse("admin:collect_source_changelist")
ITEMS = reverse("admin:collect_seenitem_changelist")


@pytest.fixture
def sources(site):
    serve_rss(site, [feed_site.meeting(0, place=0)])
    feed = make_source(site.url("/feed.xml"), chamber=oriental(), outlet="موقع غرفة الشرق")
    fes = make_source(
        "http://fes.invalid/feed", chamber=Chamber.objects.get(slug="artisanat-fes-meknes")
    )
    paper = make_source("http://paper.invalid/feed", outlet="جريدة")
    source_collect(source=feed)
    return {"feed": feed, "fes": fes, "paper": paper}


def listed(client, url=SOURCES) -> set:
    return set(client.get(url).context["cl"].result_list)


def test_editors_may_watch_sources_not_delete_them():
    codenames = set(
        Group.objects.get(name="editors").permissions.values_list("codename", flat=True)
    )
    assert {"view_source", "add_source", "change_source", "view_run", "view_seenitem"} <= codenames
    assert "delete_source" not in codenames


def test_the_list_shows_the_last_runs_figures_and_a_superuser_sees_every_source(
    client, admin_user, sources
):
    client.force_login(admin_user)
    response = client.get(SOURCES)
    assert set(response.context["cl"].result_list) == set(sources.values())
    html = response.content.decode()
    assert "موقع غرفة الشرق" in html and "1/1" in html  # the run's progress
    assert str(Run.Status.DONE.label) in html and "لم يُفحص بعد" in html


def test_an_editor_sees_only_their_chambers_sources_and_items(client, sources):
    client.force_login(make_editor("ccis-oriental"))
    assert listed(client) == {sources["feed"]}
    assert listed(client, ITEMS) == set(SeenItem.objects.filter(source=sources["feed"]))
    page = reverse("admin:collect_source_change", args=[sources["fes"].pk])
    assert client.get(page).status_code in (302, 404)
    client.force_login(make_editor("artisanat-fes-meknes"))
    assert listed(client) == {sources["fes"]} and listed(client, ITEMS) == set()


def test_the_change_page_shows_the_run_history(client, admin_user, sources):
    source_collect(source=sources["feed"])
    client.force_login(admin_user)
    html = client.get(reverse("admin:collect_source_change", args=[sources["feed"].pk]))
    html = html.content.decode()
    assert str(Run.Status.DONE.label) in html and str(Run.Status.NOT_MODIFIED.label) in html


def test_check_now_makes_a_source_due_and_pause_stops_it(client, sources):
    client.force_login(make_editor("ccis-oriental"))
    feed = sources["feed"]
    assert feed.pk not in {s.pk for s in Source.objects.due()}
    client.post(SOURCES, {"action": "check_now", "_selected_action": [feed.pk]})
    assert feed.pk in {s.pk for s in Source.objects.due()}
    client.post(SOURCES, {"action": "pause", "_selected_action": [feed.pk]})
    assert not Source.objects.get(pk=feed.pk).active
    assert feed.pk not in {s.pk for s in Source.objects.due()}


def test_an_editors_action_never_reaches_another_chambers_source(client, sources):
    client.force_login(make_editor("ccis-oriental"))
    client.post(SOURCES, {"action": "pause", "_selected_action": [sources["fes"].pk]})
    assert Source.objects.get(pk=sources["fes"].pk).active


def test_an_editor_adds_a_source_of_their_chamber_its_kind_found(client, site):
    site.routes["/"] = feed_site.Doc(
        b'<!doctype html><html><head><link rel="alternate" type="application/rss+xml" '
        b'href="/feed.xml"></head><body><p>x</p></body></html>'
    )
    serve_rss(site, [])
    editor = make_editor("ccis-oriental")
    client.force_login(editor)
    data = {"url": site.url("/"), "kind": "auto", "interval_minutes": 30, "active": "on"}
    response = client.post(reverse("admin:collect_source_add"), {**data, "chamber": ""})
    assert response.status_code == 200 and not Source.objects.exists()  # a chamber is required
    fes = Chamber.objects.get(slug="artisanat-fes-meknes")
    response = client.post(reverse("admin:collect_source_add"), {**data, "chamber": fes.pk})
    assert response.status_code == 200 and not Source.objects.exists()
    response = client.post(reverse("admin:collect_source_add"), {**data, "chamber": oriental().pk})
    assert response.status_code == 302
    source = Source.objects.get()
    assert (source.kind, source.feed_url) == (Source.Kind.FEED, site.url("/feed.xml"))
    assert (source.chamber, source.created_by, source.interval_minutes) == (oriental(), editor, 30)


def test_a_url_that_is_no_feed_is_told_on_the_form_and_nothing_stored(client, admin_user, site):
    site.routes["/"] = feed_site.Doc(b"<!doctype html><html><body><p>x</p></body></html>")
    client.force_login(admin_user)
    response = client.post(
        reverse("admin:collect_source_add"),
        {"url": site.url("/"), "kind": "auto", "interval_minutes": 60, "chamber": ""},
    )
    assert response.status_code == 200
    assert "لا تذكر خلاصة" in response.content.decode()
    assert not Source.objects.exists()


def test_an_editor_changes_the_interval_not_the_chamber_to_a_foreign_one(client, sources):
    client.force_login(make_editor("ccis-oriental"))
    feed = sources["feed"]
    page = reverse("admin:collect_source_change", args=[feed.pk])
    data = {"kind": "feed", "chamber": oriental().pk, "interval_minutes": 15, "active": "on"}
    data.update(
        {
            "runs-TOTAL_FORMS": "0",
            "runs-INITIAL_FORMS": "0",
            "runs-MIN_NUM_FORMS": "0",
            "runs-MAX_NUM_FORMS": "0",
        }
    )
    assert client.post(page, data).status_code == 302
    assert Source.objects.get(pk=feed.pk).interval_minutes == 15
    fes = Chamber.objects.get(slug="artisanat-fes-meknes")
    assert client.post(page, {**data, "chamber": fes.pk}).status_code == 200
    assert Source.objects.get(pk=feed.pk).chamber == oriental()


def test_the_french_admin_names_sources_in_french(client, admin_user, sources):
    client.force_login(admin_user)
    html = client.get("/fr" + SOURCES).content.decode()
    assert "Sources" in html and "Vérifier maintenant" in html
