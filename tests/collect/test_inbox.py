"""Collected drafts in the editor's inbox, each with its source."""

import re

import pytest
from django.urls import reverse

from bench import feed_site
from collect.collecting import source_collect
from events.models import Meeting
from tests.collect.conftest import make_source, oriental, serve_rss
from tests.events.admin.conftest import make_editor

pytestmark = pytest.mark.django_db


def test_collected_drafts_are_counted_and_marked_with_their_source(client, site):
    serve_rss(site, [feed_site.meeting(n, place=0) for n in range(2)])
    source = make_source(site.url("/feed.xml"), chamber=oriental(), outlet="موقع غرفة الشرق")
    source_collect(source=source)
    client.force_login(make_editor("ccis-oriental"))
    html = client.get(reverse("admin:index")).content.decode()
    counts = dict(re.findall(r'data-count="(\w+)">(\d+)<', html))
    assert counts["collected"] == "2" and counts["offered"] == "2"
    # In the collected list and in the offered one, each draft names the source.
    assert html.count(f'data-collected-from="{source.pk}"') == 4
    assert "جُمع من موقع غرفة الشرق" in html
    for meeting in Meeting.objects.all():
        assert reverse("admin:events_meeting_review", args=[meeting.pk]) in html


def test_another_chambers_editor_sees_none_of_them(client, site):
    serve_rss(site, [feed_site.meeting(0, place=0)])
    source_collect(source=make_source(site.url("/feed.xml"), chamber=oriental()))
    client.force_login(make_editor("artisanat-fes-meknes"))
    html = client.get(reverse("admin:index")).content.decode()
    assert 'data-count="collected">0<' in html and "data-collected-from" not in html


def test_the_french_inbox_says_it_in_french(client, site):
    serve_rss(site, [feed_site.meeting(0, place=0)])
    source = make_source(site.url("/feed.xml"), chamber=oriental(), outlet="Site de la CCIS")
    source_collect(source=source)
    client.force_login(make_editor("ccis-oriental"))
    html = client.get("/fr" + reverse("admin:index")).content.decode()
    assert "Brouillons collectés depuis les sources" in html
    assert "collecté depuis Site de la CCIS" in html
