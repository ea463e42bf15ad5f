"""A site's page names its feeds: <link rel="alternate" type="application/rss+xml"> (and Atom),
and WordPress's API root, <link rel="https://api.w.org/">. Read with the standard library's
tokenizer, which builds no tree: a page's size is bounded by the fetch."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
WP_API = "https://api.w.org/"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.feeds: list[str] = []
        self.wordpress = ""

    def handle_starttag(self, tag, attrs):
        if tag != "link":
            return
        attributes = {name: (value or "") for name, value in attrs}
        rels = attributes.get("rel", "").lower().split()
        href = attributes.get("href", "").strip()
        if not href:
            return
        if "alternate" in rels and attributes.get("type", "").lower() in FEED_TYPES:
            self.feeds.append(href)
        elif WP_API in rels and not self.wordpress:
            self.wordpress = href


def discover(html: str, *, base: str) -> tuple[str, str]:
    """(feed URL, WordPress posts URL) the page names, each '' when it names none. The first
    feed is the site's main one (WordPress lists the comments' feed after it)."""
    links = _Links()
    links.feed(html)
    links.close()
    feed = next((u for u in (_absolute(h, base) for h in links.feeds) if u), "")
    posts = ""
    if links.wordpress:
        root = _absolute(links.wordpress, base)
        if root:
            posts = wordpress_posts_url(root)
    return feed, posts


def wordpress_posts_url(api_root: str) -> str:
    """/wp-json/ (or ?rest_route=/ on sites without pretty links) → its posts endpoint."""
    parts = urlsplit(api_root)
    if "rest_route=" in parts.query:
        return parts._replace(query="rest_route=/wp/v2/posts").geturl()
    return api_root.rstrip("/") + "/wp/v2/posts"


def _absolute(href: str, base: str) -> str:
    url = urljoin(base, href)
    return url if urlsplit(url).scheme in ("http", "https") else ""
