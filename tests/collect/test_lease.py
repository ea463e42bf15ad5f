"""Two collectors never work the same source at once: the lease, on both databases, and two
real collectors (threads, each with its own database connection) racing on PostgreSQL."""

import datetime
import threading
import time

import pytest
from django.db import connection, connections
from django.test import override_settings
from django.utils import timezone

from bench import feed_site
from collect import lease
from collect.collecting import source_collect
from collect.models import Run, SeenItem, Source
from events.models import Meeting
from tests.collect.conftest import make_source, oriental, serve_rss


@pytest.mark.django_db
def test_a_held_source_is_refused_to_another_until_released_or_run_out():
    source = make_source("http://site.invalid/feed.xml")
    assert lease.acquire(source, "a")
    assert not lease.acquire(source, "b")
    assert lease.renew(source, "a") and not lease.renew(source, "b")
    lease.release(source, "b")  # not b's to release
    assert not lease.acquire(source, "b")
    lease.release(source, "a")
    assert lease.acquire(source, "b")
    Source.objects.filter(pk=source.pk).update(
        locked_until=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert lease.acquire(source, "c")
    assert not lease.renew(source, "b")  # b lost it
    assert Source.objects.get().locked_by == "c"


@pytest.mark.django_db
def test_a_held_source_is_not_due(site):
    source = make_source(site.url("/feed.xml"))
    assert list(Source.objects.due()) == [source]
    lease.acquire(source, "other")
    assert list(Source.objects.due()) == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers on PostgreSQL")
@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_collectors_racing_for_a_source_import_each_item_once(site):
    """The first collector holds the feed's answer until the second has tried the source:
    they overlap for certain, each on its own connection."""
    serve_rss(site, [feed_site.meeting(n) for n in range(3)])
    source = make_source(site.url("/feed.xml"), chamber=oriental())
    asked, answer = threading.Event(), threading.Event()
    feed = site.routes["/feed.xml"]

    def held_feed():
        asked.set()
        answer.wait(30)
        return feed

    site.routes["/feed.xml"] = held_feed
    results = {}

    def collector(name):
        try:
            results[name] = source_collect(source=Source.objects.get(pk=source.pk))
        finally:
            connections.close_all()

    first = threading.Thread(target=collector, args=("first",))
    first.start()
    assert asked.wait(30)
    second = threading.Thread(target=collector, args=("second",))
    second.start()
    second.join(30)
    answer.set()
    first.join(60)
    assert results["second"] is None
    assert results["first"].drafts == 3
    assert Run.objects.count() == 1
    assert Meeting.objects.count() == 3 and SeenItem.objects.count() == 3
    assert Source.objects.get().locked_by == ""


@pytest.mark.django_db
@override_settings(COLLECT_LEASE_SECONDS=0)
def test_a_collector_that_lost_its_lease_stops_before_the_next_item(site):
    serve_rss(site, [feed_site.meeting(n) for n in range(3)])
    source = make_source(site.url("/feed.xml"), chamber=oriental())

    def thief(run):
        # The lease ran out while the first item was read: another collector takes the source.
        if run.items_done == 1:
            time.sleep(0.01)
            assert lease.acquire(Source.objects.get(pk=source.pk), "thief")

    run = source_collect(source=source, progress=thief)
    assert (run.status, run.items_done) == (Run.Status.INTERRUPTED, 1)
    assert "جامع آخر" in run.message
    assert Source.objects.get().locked_by == "thief"  # not released by the one that lost it
