"""The sources' services: who may add and change which source, and what a change resets."""

import pytest

from collect.models import Source
from collect.services import (
    source_add,
    source_update,
    sources_check_now,
    sources_pause,
    sources_resume,
)
from events.models import Chamber
from events.services.permissions import ServiceRefused
from tests.collect.conftest import make_source, oriental, serve_rss
from tests.events.admin.conftest import make_editor

pytestmark = pytest.mark.django_db


def fes():
    return Chamber.objects.get(slug="artisanat-fes-meknes")


@pytest.mark.parametrize(
    ("url", "chamber", "code"),
    [
        pytest.param("ftp://site.invalid/feed", oriental, "bad_url", id="not-http"),
        pytest.param("http://site.invalid/feed", fes, "forbidden", id="other-chamber"),
        pytest.param("http://site.invalid/feed", lambda: None, "forbidden", id="paper"),
    ],
)
def test_an_editor_adds_sources_of_their_chambers_only(url, chamber, code):
    editor = make_editor("ccis-oriental")
    with pytest.raises(ServiceRefused) as refused:
        source_add(url=url, user=editor, chamber=chamber(), check=False)
    assert refused.value.code == code and refused.value.message
    assert not Source.objects.exists()
    assert source_add(url=url.replace("ftp", "http"), user=editor, chamber=oriental(), check=False)


def test_a_script_adds_a_paper_and_its_kind_is_checked(site):
    serve_rss(site, [])
    source = source_add(url=site.url("/feed.xml"), outlet=" جريدة ")
    assert (source.kind, source.chamber, source.outlet) == ("feed", None, "جريدة")
    with pytest.raises(ServiceRefused, match="مضاف من قبل"):
        source_add(url=site.url("/feed.xml"))


def test_changing_the_kind_forgets_the_feed_found_and_its_validators():
    source = make_source("http://site.invalid/", kind="feed")
    Source.objects.filter(pk=source.pk).update(
        feed_url="http://site.invalid/feed/", validators={"x": {"etag": '"1"'}}
    )
    source.refresh_from_db()
    source_update(source=source, kind="sitemap", interval_minutes=15)
    source.refresh_from_db()
    assert (source.kind, source.feed_url, source.validators) == ("sitemap", "", {})
    with pytest.raises(ServiceRefused):
        source_update(source=source, interval_minutes=2)


def test_editors_pause_resume_and_check_only_their_sources():
    mine = make_source("http://a.invalid/feed", chamber=oriental())
    theirs = make_source("http://b.invalid/feed", chamber=fes())
    editor = make_editor("ccis-oriental")
    with pytest.raises(ServiceRefused):
        sources_pause(sources=[mine, theirs], user=editor)
    assert Source.objects.filter(active=True).count() == 2
    assert sources_pause(sources=[mine], user=editor) == 1
    assert sources_check_now(sources=[mine], user=editor) == 0  # paused: stays paused
    assert sources_resume(sources=[mine], user=editor) == 1
    assert mine.pk in {s.pk for s in Source.objects.due()}
    with pytest.raises(ServiceRefused):
        source_update(source=theirs, user=editor, outlet="x")
