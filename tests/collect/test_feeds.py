"""Reading what sources list: RSS 2.0 and 1.0, Atom, WordPress JSON, sitemaps; telling them
apart; the pages' <link>s; broken, hostile and huge documents."""

import datetime
import json

import pytest

from bench import feed_site
from collect import feeds
from collect.discover import discover, wordpress_posts_url
from events.importing.validate import ImportRefused

BASE = "http://site.invalid/"
ENTRIES = [
    feed_site.Entry(
        guid=f"urn:post:{n}",
        link=f"http://site.invalid/news/{n}.html",
        title=f"لقاء رقم {n} & ورشة",
        day=datetime.date(2025, 3, n + 1),
    )
    for n in range(3)
]


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(feed_site.rss(ENTRIES), id="rss"),
        pytest.param(feed_site.atom(ENTRIES), id="atom"),
    ],
)
def test_rss_and_atom_items_keep_their_guid_link_title_and_day(document):
    assert feeds.kind_of(document) == feeds.RSS
    parsed = feeds.read_feed(document, base=BASE, limit=10)
    assert [(i.key, i.url, i.published) for i in parsed.items] == [
        (e.guid, e.link, e.day) for e in ENTRIES
    ]
    assert parsed.items[0].title == "لقاء رقم 0 & ورشة"
    assert not parsed.capped


def test_rss_item_without_guid_is_known_by_its_link_and_relative_links_are_resolved():
    document = (
        "<rss version='2.0'><channel><item><title>خبر</title><link>/news/7.html</link>"
        "<pubDate>Tue, 14 Oct 2025 09:00:00 +0100</pubDate></item>"
        "<item><title>بلا رابط</title></item></channel></rss>"
    ).encode()
    [item] = feeds.read_feed(document, base=BASE, limit=10).items
    assert item.url == item.key == "http://site.invalid/news/7.html"
    assert item.published == datetime.date(2025, 10, 14)


def test_rss_1_0_is_read_too():
    document = (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<item rdf:about="http://site.invalid/a.html"><title>ندوة</title>'
        "<link>http://site.invalid/a.html</link><dc:date>2025-05-02</dc:date></item></rdf:RDF>"
    ).encode()
    assert feeds.kind_of(document) == feeds.RSS
    [item] = feeds.read_feed(document, base=BASE, limit=5).items
    assert (item.url, item.published) == ("http://site.invalid/a.html", datetime.date(2025, 5, 2))


def test_wordpress_posts_are_read_from_json():
    posts = [feed_site.wp_post(e, pk=10 + i) for i, e in enumerate(ENTRIES)]
    document = json.dumps(posts).encode()
    assert feeds.kind_of(document, "application/json") == feeds.WORDPRESS
    parsed = feeds.read_wordpress(document, base=BASE, limit=2)
    assert [i.key for i in parsed.items] == ["urn:post:0", "urn:post:1"]
    assert parsed.items[0].title == "لقاء رقم 0 & ورشة"
    assert parsed.capped


def test_wordpress_error_object_is_a_clear_refusal():
    with pytest.raises(ImportRefused) as refused:
        feeds.read_wordpress(b'{"code": "rest_no_route", "message": "x"}', base=BASE, limit=5)
    assert "rest_no_route" in refused.value.message


def test_sitemap_pages_come_newest_first_and_an_index_lists_its_sitemaps():
    document = feed_site.sitemap(ENTRIES)
    assert feeds.kind_of(document) == feeds.SITEMAP_KIND
    parsed = feeds.read_sitemap(document, base=BASE, limit=10)
    assert [i.url for i in parsed.items] == [e.link for e in reversed(ENTRIES)]
    index = feed_site.sitemap_index(["/a.xml", "http://site.invalid/b.xml"])
    assert feeds.kind_of(index) == feeds.SITEMAP_INDEX
    assert feeds.read_sitemap(index, base=BASE, limit=10).sitemaps == [
        "http://site.invalid/a.xml",
        "http://site.invalid/b.xml",
    ]


def test_a_page_is_told_apart_and_its_links_name_the_feed_and_the_api():
    html = (
        "<!doctype html><html><head>"
        '<link rel="alternate" type="application/rss+xml" href="/feed/">'
        '<link rel="alternate" type="application/rss+xml" href="/comments/feed/">'
        '<link rel="https://api.w.org/" href="http://site.invalid/wp-json/">'
        "</head><body></body></html>"
    )
    assert feeds.kind_of(html.encode()) == feeds.HTML
    assert discover(html, base=BASE) == (
        "http://site.invalid/feed/",
        "http://site.invalid/wp-json/wp/v2/posts",
    )
    assert wordpress_posts_url("http://site.invalid/?rest_route=/") == (
        "http://site.invalid/?rest_route=/wp/v2/posts"
    )


@pytest.mark.parametrize(
    ("document", "code"),
    [
        pytest.param(b"<?xml version='1.0'?><note>x</note>", "unknown_feed", id="other-xml"),
        pytest.param(b"just some text", "unknown_feed", id="text"),
    ],
)
def test_what_is_no_feed_is_refused_with_a_message(document, code):
    with pytest.raises(ImportRefused) as refused:
        feeds.kind_of(document)
    assert refused.value.code == code and refused.value.message


def test_broken_xml_is_a_clear_refusal():
    document = feed_site.rss(ENTRIES)[:-40]
    assert feeds.kind_of(document) == feeds.RSS
    with pytest.raises(ImportRefused) as refused:
        feeds.read_feed(document, base=BASE, limit=10)
    assert refused.value.code == "bad_feed"
    assert "معطوب" in refused.value.message


def test_entities_are_refused_a_billion_laughs_never_expands():
    document = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">]>'
        b"<rss><channel><item><title>&b;</title><link>http://x.invalid/</link></item>"
        b"</channel></rss>"
    )
    with pytest.raises(ImportRefused) as refused:
        feeds.read_feed(document, base=BASE, limit=10)
    assert "كيانات" in refused.value.message


def test_a_huge_feed_is_read_up_to_the_limit_and_says_so():
    entries = [
        feed_site.Entry(f"urn:{n}", f"http://site.invalid/{n}", "t", datetime.date(2025, 1, 1))
        for n in range(50)
    ]
    parsed = feeds.read_feed(feed_site.rss(entries), base=BASE, limit=10)
    assert len(parsed.items) == 10 and parsed.capped
    assert [i.key for i in parsed.items] == [f"urn:{n}" for n in range(10)]


def test_a_long_key_is_stored_as_its_digest():
    key = feeds.item_key("urn:" + "x" * 400)
    assert key.startswith("sha256:") and len(key) <= feeds.KEY_LENGTH
    assert key == feeds.item_key("urn:" + "x" * 400)
