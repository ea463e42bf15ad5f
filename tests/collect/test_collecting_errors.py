"""What goes wrong: broken and huge feeds, slow servers, pages that are no meeting, runs cut
short. Each is recorded with a clear message; nothing is imported twice; other sources go on."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from bench import feed_site
from collect import lease
from collect.collecting import NO_CHAMBER, source_collect, sources_collect_due
from collect.models import Run, SeenItem
from events.models import Meeting
from events.services.meetings import NOT_A_MEETING
from tests.collect.conftest import make_source, oriental, serve_rss

pytestmark = pytest.mark.django_db


def test_broken_xml_fails_its_source_with_a_message_and_the_others_are_collected(site):
    serve_rss(site, [feed_site.meeting(0)])
    site.routes["/broken.xml"] = feed_site.Doc(
        feed_site.rss(site.publish([feed_site.meeting(1)], prefix="/b"))[:-30], "text/xml"
    )
    broken = make_source(site.url("/broken.xml"), chamber=oriental(), outlet="أ")
    good = make_source(site.url("/feed.xml"), chamber=oriental(), outlet="ب")
    runs = {run.source_id: run for run in sources_collect_due()}
    assert runs[broken.pk].status == Run.Status.FAILED
    assert "معطوب" in runs[broken.pk].message
    assert not SeenItem.objects.filter(source=broken).exists()
    assert runs[good.pk].status == Run.Status.DONE and runs[good.pk].drafts == 1
    assert Meeting.objects.count() == 1
    broken.refresh_from_db()
    assert broken.last_run.message == runs[broken.pk].message  # what the admin shows


@override_settings(COLLECT_MAX_FEED_BYTES=3000)
def test_a_feed_over_the_size_bound_is_refused_and_nothing_imported(site):
    serve_rss(site, [feed_site.meeting(n) for n in range(30)])
    run = source_collect(source=make_source(site.url("/feed.xml"), chamber=oriental()))
    assert run.status == Run.Status.FAILED and "أكبر من الحد" in run.message
    assert not Meeting.objects.exists()


@override_settings(COLLECT_MAX_ITEMS=2)
def test_a_feed_of_more_items_than_the_limit_is_capped_and_says_so(site):
    serve_rss(site, [feed_site.meeting(n) for n in range(5)])
    run = source_collect(source=make_source(site.url("/feed.xml"), chamber=oriental()))
    assert (run.status, run.items_seen, run.drafts) == (Run.Status.DONE, 2, 2)
    assert "أكثر من 2" in run.message
    # The newest two: the feed lists newest first.
    assert sorted(m.date for m in Meeting.objects.all()) == [
        feed_site.meeting(3).day,
        feed_site.meeting(4).day,
    ]


@override_settings(IMPORT_FETCH_TIMEOUT=0.5)
def test_a_slow_feed_hits_the_fetch_deadline_and_the_run_fails_with_it(site):
    serve_rss(site, [feed_site.meeting(0)], delay=3)
    run = source_collect(source=make_source(site.url("/feed.xml"), chamber=oriental()))
    assert run.status == Run.Status.FAILED and "مهلة" in run.message


@override_settings(IMPORT_FETCH_TIMEOUT=0.5, COLLECT_MAX_ATTEMPTS=3)
def test_a_slow_page_is_an_error_tried_again_until_it_gives_up(site):
    serve_rss(site, [feed_site.meeting(0), feed_site.meeting(1)], conditional=False)
    site.routes["/news/1.html"].delay = 3
    source = make_source(site.url("/feed.xml"), chamber=oriental())
    first = source_collect(source=source)
    assert (first.drafts, first.errors) == (1, 1)
    seen = SeenItem.objects.get(url__endswith="/news/1.html")
    assert (seen.outcome, seen.attempts) == ("error", 1) and "مهلة" in seen.reason
    source.refresh_from_db()
    assert source.validators == {}  # the next run asks for the whole feed again
    source_collect(source=source)
    source_collect(source=source)
    seen.refresh_from_db()
    assert (seen.outcome, seen.attempts) == ("failed", 3)
    # Given up: not asked again.
    asked = site.requests["/news/1.html"]
    assert source_collect(source=source).items_new == 0
    assert site.requests["/news/1.html"] == asked


@override_settings(IMPORT_FETCH_TIMEOUT=0.5)
def test_a_page_that_answers_again_is_imported_on_the_next_run(site):
    serve_rss(site, [feed_site.meeting(0)], conditional=False)
    site.routes["/news/0.html"].delay = 3
    source = make_source(site.url("/feed.xml"), chamber=oriental())
    assert source_collect(source=source).errors == 1
    site.routes["/news/0.html"].delay = 0
    run = source_collect(source=source)
    assert (run.items_new, run.drafts) == (1, 1)
    assert SeenItem.objects.get().attempts == 2


def test_an_item_that_is_no_meeting_is_refused_with_its_reason_once(site):
    notice = feed_site.Article(
        n=3, title="تعزية", text=feed_site.NOTICE, day=datetime.date(2025, 2, 1), chamber=""
    )
    serve_rss(site, [notice, feed_site.meeting(0)], conditional=False)
    source = make_source(site.url("/feed.xml"), chamber=oriental())
    run = source_collect(source=source)
    assert (run.drafts, run.refused) == (1, 1)
    refused = SeenItem.objects.get(outcome="refused")
    assert refused.reason == NOT_A_MEETING and refused.url.endswith("/news/3.html")
    again = source_collect(source=source)
    assert (again.items_seen, again.items_new, again.refused) == (2, 0, 0)
    assert site.requests["/news/3.html"] == 1
    assert SeenItem.objects.filter(outcome="refused").count() == 1


def test_a_papers_item_naming_no_chamber_says_why_it_was_refused(site):
    text = "احتضنت مدينة آسفي يوم الاثنين 3 مارس 2025 يوما دراسيا حول الصيد التقليدي."
    serve_rss(site, [feed_site.Article(9, "يوم دراسي", text, datetime.date(2025, 3, 3), "")])
    source_collect(source=make_source(site.url("/feed.xml")))
    assert SeenItem.objects.get().reason == NO_CHAMBER


def test_an_interrupted_run_is_repeated_without_importing_anything_twice(site):
    serve_rss(site, [feed_site.meeting(n) for n in range(4)], conditional=False)
    source = make_source(site.url("/feed.xml"), chamber=oriental())
    done = []

    def after_two():
        done.append(1)
        return len(done) > 2

    cut = source_collect(source=source, should_stop=after_two)
    assert (cut.status, cut.items_new, cut.items_done, cut.drafts) == ("interrupted", 4, 2, 2)
    source.refresh_from_db()
    assert source.next_check_at <= timezone.now()  # due again at once
    assert source.locked_by == ""
    run = source_collect(source=source)
    assert (run.status, run.items_new, run.drafts) == ("done", 2, 2)
    assert Meeting.objects.count() == 4 and SeenItem.objects.count() == 4


def test_a_run_left_behind_by_a_collector_that_died_is_marked_and_its_source_taken(site):
    serve_rss(site, [feed_site.meeting(0)])
    source = make_source(site.url("/feed.xml"), chamber=oriental())
    assert lease.acquire(source, "dead-collector")
    stale = Run.objects.create(source=source, collector="dead-collector")
    assert source_collect(source=source) is None  # held
    source.__class__.objects.filter(pk=source.pk).update(
        locked_until=timezone.now() - datetime.timedelta(seconds=1)
    )
    run = source_collect(source=source)
    assert run.drafts == 1
    stale.refresh_from_db()
    assert stale.status == Run.Status.INTERRUPTED and stale.finished_at is not None
