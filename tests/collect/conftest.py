"""A chamber's site on loopback (bench/feed_site.py) and sources pointing at it."""

from __future__ import annotations

import pytest

from bench import feed_site
from collect.models import Source
from events.models import Chamber


@pytest.fixture
def site():
    site = feed_site.Site()
    yield site
    site.close()


def oriental() -> Chamber:
    return Chamber.objects.get(slug="ccis-oriental")


def make_source(url: str, *, chamber: Chamber | None = None, kind=Source.Kind.FEED, **extra):
    return Source.objects.create(url=url, kind=kind, chamber=chamber, **extra)


def serve_rss(site, articles, *, path="/feed.xml", conditional=True, **extra):
    """The articles' pages, and an RSS feed listing them at `path`; returns the entries."""
    entries = site.publish(articles)
    site.routes[path] = feed_site.document(
        feed_site.rss(entries), "application/rss+xml", conditional=conditional, **extra
    )
    return entries
