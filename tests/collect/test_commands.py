"""`manage.py add_source` and `manage.py collect`, called in process."""

import io

import pytest
from django.core.management import CommandError, call_command

from bench import feed_site
from collect.models import Run, Source
from events.models import Meeting
from tests.collect.conftest import make_source, oriental, serve_rss

pytestmark = pytest.mark.django_db


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_add_source_finds_the_feed_a_site_names(site):
    serve_rss(site, [])
    site.routes["/"] = feed_site.Doc(
        b'<!doctype html><html><head><link rel="alternate" type="application/rss+xml" '
        b'href="/feed.xml"></head><body><p>x</p></body></html>'
    )
    out, _ = run(
        "add_source",
        site.url("/"),
        "--chamber",
        "ccis-oriental",
        "--outlet",
        "موقع",
        "--interval",
        "30",
    )
    source = Source.objects.get()
    assert f"source #{source.pk}" in out and site.url("/feed.xml") in out
    assert (source.kind, source.chamber, source.outlet) == ("feed", oriental(), "موقع")
    assert source.interval_minutes == 30 and source.next_check_at is None  # due at once


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--chamber", "no-such"], "no-such", id="unknown-chamber"),
        pytest.param(["--interval", "1"], "5", id="short-interval"),
    ],
)
def test_add_source_refuses_bad_arguments_with_a_message(site, args, message):
    serve_rss(site, [])
    with pytest.raises(CommandError, match=message):
        run("add_source", site.url("/feed.xml"), *args)
    assert not Source.objects.exists()


def test_add_source_refuses_what_is_no_feed_and_a_source_added_twice(site):
    site.routes["/page.html"] = feed_site.Doc(b"<!doctype html><html><body><p>x</p></body></html>")
    with pytest.raises(CommandError, match="خلاصة"):
        run("add_source", site.url("/page.html"))
    serve_rss(site, [])
    run("add_source", site.url("/feed.xml"))
    with pytest.raises(CommandError, match="مضاف من قبل"):
        run("add_source", site.url("/feed.xml"))


def test_add_source_without_check_fetches_nothing(site):
    run("add_source", site.url("/feed.xml"), "--no-check", "--type", "wordpress")
    assert site.requests == {}
    assert Source.objects.get().kind == "wordpress"


def test_collect_runs_the_due_sources_with_a_progress_bar_and_a_summary(site):
    serve_rss(site, [feed_site.meeting(n) for n in range(3)])
    make_source(site.url("/feed.xml"), chamber=oriental(), outlet="غرفة الشرق")
    out, err = run("collect", "-v", "2")
    assert "drafts 3" in out and "غرفة الشرق" in out
    assert "3/3" in err  # the bar, shown on a terminal or with -v 2
    assert Meeting.objects.count() == 3
    # Not due any more: a second `collect` does nothing.
    out, _ = run("collect")
    assert out == "" and Run.objects.count() == 1


def test_collect_source_runs_that_source_now(site):
    serve_rss(site, [feed_site.meeting(0)])
    source = make_source(site.url("/feed.xml"), chamber=oriental(), active=False)
    run("collect")
    assert not Meeting.objects.exists()  # paused: never due
    out, _ = run("collect", "--source", str(source.pk), "-v", "0")
    assert out == "" and Meeting.objects.count() == 1
    with pytest.raises(CommandError, match="999"):
        run("collect", "--source", "999")


def test_collect_loop_goes_round_and_touches_its_heartbeat(site, tmp_path):
    serve_rss(site, [feed_site.meeting(0)])
    make_source(site.url("/feed.xml"), chamber=oriental())
    beat = tmp_path / "alive"
    out, _ = run("collect", "--loop", "--passes", "2", "--max-sleep", "0.1", "--heartbeat", beat)
    assert beat.exists() and out.count("drafts 1") == 1
    assert Run.objects.count() == 1
