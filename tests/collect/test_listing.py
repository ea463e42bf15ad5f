"""What a URL is, and what a source lists, against a real server on loopback: a site's page
naming its feed, WordPress's pages, a sitemap index and its sitemaps, conditional GETs."""

import pytest
from django.test import override_settings

from bench import feed_site
from collect.listing import list_items, probe, wordpress_page
from collect.models import Source
from events.importing.validate import ImportRefused

HOME = (
    '<!doctype html><html><head><link rel="alternate" type="application/atom+xml" '
    'href="/atom.xml"></head><body><p>الرئيسية</p></body></html>'
).encode()
WP_HOME = (
    '<!doctype html><html><head><link rel="https://api.w.org/" href="/wp-json/">'
    "</head><body><p>الرئيسية</p></body></html>"
).encode()


def entries(site, count):
    return site.publish([feed_site.meeting(n) for n in range(count)])


def test_a_site_page_is_followed_to_the_feed_it_names(site):
    listed = entries(site, 3)
    site.routes["/"] = feed_site.Doc(HOME)
    site.routes["/atom.xml"] = feed_site.document(feed_site.atom(listed), "application/atom+xml")
    found = probe(site.url("/"))
    assert (found.kind, found.feed_url) == (Source.Kind.FEED, site.url("/atom.xml"))
    # The first run reads the document the probe fetched: no second request.
    source = Source(url=site.url("/"), kind=found.kind, feed_url=found.feed_url)
    assert [i.key for i in list_items(source, first=found.fetched).items] == [
        e.guid for e in listed
    ]
    assert site.requests["/atom.xml"] == 1


def test_a_wordpress_site_is_found_by_its_api_link(site):
    site.routes["/"] = feed_site.Doc(WP_HOME)
    site.routes["/wp-json/wp/v2/posts"] = feed_site.WordPress([])
    found = probe(site.url("/"))
    assert found.kind == Source.Kind.WORDPRESS
    assert found.feed_url.startswith(site.url("/wp-json/wp/v2/posts"))


@pytest.mark.parametrize(
    ("path", "body", "kind"),
    [
        pytest.param("/feed.xml", feed_site.rss([]), Source.Kind.FEED, id="rss"),
        pytest.param("/sitemap.xml", feed_site.sitemap([]), Source.Kind.SITEMAP, id="sitemap"),
        pytest.param(
            "/sitemap_index.xml", feed_site.sitemap_index([]), Source.Kind.SITEMAP, id="index"
        ),
        pytest.param("/wp-json/wp/v2/posts", b"[]", Source.Kind.WORDPRESS, id="wordpress"),
    ],
)
def test_each_kind_is_detected_from_its_content(site, path, body, kind):
    # Served as text/plain: the content decides, not what the server says it is.
    site.routes[path] = feed_site.Doc(body, "text/plain")
    assert probe(site.url(path)).kind == kind


def test_a_page_naming_no_feed_and_a_wrong_kind_are_refused(site):
    site.routes["/"] = feed_site.Doc(b"<!doctype html><html><body><p>x</p></body></html>")
    site.routes["/feed.xml"] = feed_site.Doc(feed_site.rss([]), "application/rss+xml")
    with pytest.raises(ImportRefused) as refused:
        probe(site.url("/"))
    assert refused.value.code == "no_feed"
    with pytest.raises(ImportRefused) as refused:
        probe(site.url("/feed.xml"), Source.Kind.SITEMAP)
    assert refused.value.code == "wrong_kind"


def test_wordpress_is_read_page_by_page_until_a_page_it_has_seen(site):
    listed = entries(site, 120)
    site.routes["/wp-json/wp/v2/posts"] = feed_site.WordPress(
        [feed_site.wp_post(e, pk=1000 - i) for i, e in enumerate(listed)]
    )
    source = Source(url=site.url("/wp-json/wp/v2/posts"), kind=Source.Kind.WORDPRESS)
    listing = list_items(source)
    assert [i.key for i in listing.items] == [e.guid for e in listed]
    assert site.requests["/wp-json/wp/v2/posts"] == 3  # 50 a page
    # Once the first page is all known, the older ones are not asked for.
    known = {e.guid for e in listed}
    site.requests.clear()
    list_items(source, seen=lambda items: {i.key for i in items} & known)
    assert site.requests["/wp-json/wp/v2/posts"] == 1


def test_wordpress_pages_keep_the_sources_own_query():
    url = wordpress_page("http://site.invalid/wp-json/wp/v2/posts?categories=7&page=9", 2)
    assert "categories=7" in url and "page=2" in url and "page=9" not in url
    assert "per_page=50" in url and "_fields=" in url


def test_a_sitemap_index_is_read_through_its_sitemaps_newest_first(site):
    listed = entries(site, 6)
    site.routes["/sitemap-1.xml"] = feed_site.document(feed_site.sitemap(listed[:3]), "text/xml")
    site.routes["/sitemap-2.xml"] = feed_site.document(feed_site.sitemap(listed[3:]), "text/xml")
    site.routes["/sitemap_index.xml"] = feed_site.Doc(
        feed_site.sitemap_index([site.url("/sitemap-1.xml"), site.url("/sitemap-2.xml")]),
        "application/xml",
    )
    source = Source(url=site.url("/sitemap_index.xml"), kind=Source.Kind.SITEMAP)
    listing = list_items(source)
    assert [i.url for i in listing.items] == [e.link for e in listed]
    # Each sitemap is asked conditionally next time: unchanged ones answer 304.
    source.validators = listing.validators
    again = list_items(source)
    assert again.not_modified and again.items == []
    assert {path for path, *_ in site.conditional} == {"/sitemap-1.xml", "/sitemap-2.xml"}


@override_settings(COLLECT_MAX_FEED_BYTES=2000)
def test_a_feed_over_its_size_bound_is_refused(site):
    site.routes["/feed.xml"] = feed_site.Doc(feed_site.rss(entries(site, 40)), "text/xml")
    with pytest.raises(ImportRefused) as refused:
        list_items(Source(url=site.url("/feed.xml"), kind=Source.Kind.FEED))
    assert refused.value.code == "too_large"


@override_settings(COLLECT_MAX_ITEMS=5)
def test_a_feed_of_more_items_than_the_limit_is_capped_with_a_note(site):
    listed = entries(site, 12)
    site.routes["/feed.xml"] = feed_site.Doc(feed_site.rss(listed), "text/xml")
    listing = list_items(Source(url=site.url("/feed.xml"), kind=Source.Kind.FEED))
    assert [i.key for i in listing.items] == [e.guid for e in listed[:5]]
    assert "أكثر من 5" in listing.notes[0]
