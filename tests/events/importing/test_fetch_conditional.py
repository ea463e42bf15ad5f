"""The fetcher as the collector uses it: its own headers (conditional ones), a 304 answer
without a body, the answer's headers, a size bound of the caller's."""

import pytest
from django.test import override_settings

from bench import feed_site
from events.importing.fetch import fetch_url
from events.importing.validate import ImportRefused


@pytest.fixture
def site():
    site = feed_site.Site()
    site.routes["/feed.xml"] = feed_site.document(
        feed_site.rss([]), "application/rss+xml", headers={"X-WP-TotalPages": "3"}
    )
    yield site
    site.close()


def test_the_answer_carries_its_headers_and_validators(site):
    fetched = fetch_url(site.url("/feed.xml"), accept="application/rss+xml")
    assert fetched.status == 200 and not fetched.not_modified
    assert fetched.header("ETag") == site.routes["/feed.xml"].etag
    assert fetched.header("x-wp-totalpages") == "3"
    assert fetched.data.startswith(b"<?xml")


def test_a_matching_etag_answers_304_without_a_body(site):
    etag = site.routes["/feed.xml"].etag
    fetched = fetch_url(site.url("/feed.xml"), headers={"If-None-Match": etag})
    assert fetched.not_modified and fetched.data == b""
    assert site.conditional == [("/feed.xml", etag, "")]


def test_a_matching_last_modified_answers_304(site):
    since = site.routes["/feed.xml"].last_modified
    assert fetch_url(site.url("/feed.xml"), headers={"If-Modified-Since": since}).not_modified
    # A stale ETag is a change, whatever the date says.
    fetched = fetch_url(
        site.url("/feed.xml"), headers={"If-None-Match": '"old"', "If-Modified-Since": since}
    )
    assert fetched.status == 200 and fetched.data


@override_settings(IMPORT_MAX_BYTES=10)
def test_the_caller_sets_its_own_size_bound(site):
    assert fetch_url(site.url("/feed.xml"), max_bytes=100_000).data
    with pytest.raises(ImportRefused) as refused:
        fetch_url(site.url("/feed.xml"))
    assert refused.value.code == "too_large"
