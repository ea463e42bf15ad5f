"""A source's items: its documents fetched (conditionally) and read by collect.feeds.

`probe` finds what a URL is (a feed, WordPress's API, a sitemap, or a site's page naming one
of them); `list_items` fetches the documents of a source of known kind: one feed; WordPress's
posts page by page (`X-WP-TotalPages`), stopping at a page it has seen all of; a sitemap, or
the sitemaps of an index, newest first. Every fetch goes through the URL import's fetcher
(events.importing.fetch): the same address checks, the same deadline, a size bound of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.conf import settings

from collect import feeds
from collect.discover import discover, wordpress_posts_url
from collect.models import Source
from events.importing.fetch import Fetched, fetch_url
from events.importing.validate import ImportRefused

ACCEPT_FEEDS = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
    "application/json;q=0.9, text/html;q=0.5, */*;q=0.3"
)
WP_PER_PAGE = 50
WP_FIELDS = "id,guid,link,date,title"
# An index of more sitemaps than this is a whole site's archive: its newest are read.
MAX_SITEMAPS = 50
_KIND_OF = {
    feeds.RSS: Source.Kind.FEED,
    feeds.WORDPRESS: Source.Kind.WORDPRESS,
    feeds.SITEMAP_KIND: Source.Kind.SITEMAP,
    feeds.SITEMAP_INDEX: Source.Kind.SITEMAP,
}


@dataclass
class Probe:
    kind: str  # a Source.Kind other than AUTO
    feed_url: str
    fetched: Fetched  # the feed's document, read again by the first run without a fetch


@dataclass
class Listing:
    items: list[feeds.Item] = field(default_factory=list)
    not_modified: bool = False
    # False when a later page or sitemap could not be read: the next run reads them all again.
    complete: bool = True
    notes: list[str] = field(default_factory=list)
    # The ETag / Last-Modified of each document fetched, for the next run's conditional GET.
    validators: dict[str, dict[str, str]] = field(default_factory=dict)


def fetch_document(url: str, validators: dict | None = None) -> Fetched:
    known = (validators or {}).get(url) or {}
    headers = {}
    if known.get("etag"):
        headers["If-None-Match"] = known["etag"]
    if known.get("last_modified"):
        headers["If-Modified-Since"] = known["last_modified"]
    return fetch_url(
        url, headers=headers, accept=ACCEPT_FEEDS, max_bytes=settings.COLLECT_MAX_FEED_BYTES
    )


def _remember(fetched: Fetched, listing: Listing, validators: dict) -> None:
    if fetched.not_modified:
        if validators.get(fetched.url):
            listing.validators[fetched.url] = validators[fetched.url]
        return
    kept = {
        "etag": fetched.header("ETag")[:300],
        "last_modified": fetched.header("Last-Modified")[:100],
    }
    if any(kept.values()):
        listing.validators[fetched.url] = kept


def _head(fetched: Fetched) -> str:
    """A page's first half megabyte, where its <link>s are, as text (a character cut at the
    end does not matter)."""
    try:
        return fetched.data[: 512 * 1024].decode(fetched.charset or "utf-8", errors="replace")
    except LookupError:
        return fetched.data[: 512 * 1024].decode("utf-8", errors="replace")


def _site_root(url: str) -> bool:
    return urlsplit(url).path in ("", "/")


def needs_probe(source: Source) -> bool:
    """Whether the source's kind, or the document to fetch, is still to be found."""
    if source.kind == Source.Kind.AUTO:
        return True
    return not source.feed_url and source.kind != Source.Kind.FEED and _site_root(source.url)


def probe(url: str, kind: str = Source.Kind.AUTO) -> Probe:
    """What `url` is. A page is read for the feed it names, else for WordPress's API."""
    if kind == Source.Kind.WORDPRESS and _site_root(url):
        url = wordpress_posts_url(url.rstrip("/") + "/wp-json/")
    elif kind == Source.Kind.SITEMAP and _site_root(url):
        url = url.rstrip("/") + "/sitemap.xml"
    fetched = fetch_document(url)
    found = feeds.kind_of(fetched.data, fetched.content_type)
    if found == feeds.HTML:
        feed, posts = discover(_head(fetched), base=fetched.url)
        target = posts if kind == Source.Kind.WORDPRESS else feed or posts
        if not target:
            raise feeds.refused(
                "الصفحة لا تذكر خلاصة RSS أو Atom ولا واجهة ووردبريس: أعط رابط الخلاصة نفسه.",
                "no_feed",
            )
        fetched = fetch_document(target)
        found = feeds.kind_of(fetched.data, fetched.content_type)
        if found == feeds.HTML:
            raise feeds.refused("الخلاصة التي تذكرها الصفحة صفحة HTML أخرى.", "no_feed")
    detected = _KIND_OF[found]
    if kind != Source.Kind.AUTO and detected != kind:
        raise feeds.refused(
            f"الرابط ليس من النوع المختار: وُجد «{Source.Kind(detected).label}».", "wrong_kind"
        )
    return Probe(kind=detected, feed_url=fetched.url, fetched=fetched)


def list_items(
    source: Source,
    *,
    seen: Callable[[list[feeds.Item]], set[str]] = lambda items: set(),
    first: Fetched | None = None,
) -> Listing:
    """The items `source` lists now, at most COLLECT_MAX_ITEMS, newest first; `seen` tells
    which of some items are known (WordPress's pages stop there); `first` is the feed's
    document when a probe has just fetched it."""
    limit = settings.COLLECT_MAX_ITEMS
    validators = dict(source.validators or {})
    listing = Listing()
    if source.kind == Source.Kind.WORDPRESS:
        _wordpress(source.fetch_url, listing, validators, seen, limit)
    else:
        fetched = first or fetch_document(source.fetch_url, validators)
        _remember(fetched, listing, validators)
        if fetched.not_modified:
            listing.not_modified = True
            return listing
        found = feeds.kind_of(fetched.data, fetched.content_type)
        if found == feeds.SITEMAP_INDEX:
            _sitemaps(fetched, listing, validators, limit)
        elif found == feeds.SITEMAP_KIND:
            _extend(listing, feeds.read_sitemap(fetched.data, base=fetched.url, limit=limit), limit)
        elif found == feeds.RSS:
            _extend(listing, feeds.read_feed(fetched.data, base=fetched.url, limit=limit), limit)
        else:
            raise feeds.refused("لم يعد المصدر خلاصة ولا خريطة موقع: أعد تحديد نوعه.", "no_feed")
    return listing


def _extend(listing: Listing, parsed: feeds.Parsed, limit: int) -> None:
    known = {item.key for item in listing.items}
    for item in parsed.items:
        if item.key not in known:
            known.add(item.key)
            listing.items.append(item)
    if parsed.capped or len(listing.items) > limit:
        del listing.items[limit:]
        capped = f"المصدر يسرد أكثر من {limit} عنصر: قُرئ أحدثها فقط في هذه الدورة."
        if capped not in listing.notes:
            listing.notes.append(capped)


def _sitemaps(index: Fetched, listing: Listing, validators: dict, limit: int) -> None:
    children = feeds.read_sitemap(index.data, base=index.url, limit=limit).sitemaps
    if len(children) > MAX_SITEMAPS:
        listing.notes.append(
            f"فهرس الخرائط يسرد {len(children)} خريطة: قُرئت أحدث {MAX_SITEMAPS} منها."
        )
    unchanged = 0
    for url in children[:MAX_SITEMAPS]:
        if len(listing.items) >= limit:
            break
        try:
            fetched = fetch_document(url, validators)
        except ImportRefused as refused:
            listing.complete = False
            listing.notes.append(f"تعذّرت قراءة خريطة {url}: {refused.message}")
            continue
        _remember(fetched, listing, validators)
        if fetched.not_modified:
            unchanged += 1
            continue
        if feeds.kind_of(fetched.data, fetched.content_type) != feeds.SITEMAP_KIND:
            listing.notes.append(f"ليست خريطة صفحات، تُركت: {url}")
            continue
        _extend(listing, feeds.read_sitemap(fetched.data, base=fetched.url, limit=limit), limit)
    listing.not_modified = bool(children) and unchanged == len(children[:MAX_SITEMAPS])


def wordpress_page(url: str, page: int) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in ("page", "per_page", "_fields")]
    query += [("per_page", str(WP_PER_PAGE)), ("page", str(page)), ("_fields", WP_FIELDS)]
    return parts._replace(query=urlencode(query)).geturl()


def _wordpress(url, listing, validators, seen, limit) -> None:
    pages = 1
    page = 1
    while page <= pages and len(listing.items) < limit:
        address = wordpress_page(url, page)
        if page == 1:
            # Only the first page is asked conditionally: the later ones are read only when
            # the first had news, and they shift by as many posts as were published.
            fetched = fetch_document(address, validators)
            _remember(fetched, listing, validators)
            if fetched.not_modified:
                listing.not_modified = True
                return
        else:
            try:
                fetched = fetch_document(address)
            except ImportRefused as refused:
                listing.complete = False
                listing.notes.append(f"تعذّرت قراءة الصفحة {page}: {refused.message}")
                return
        parsed = feeds.read_wordpress(fetched.data, base=fetched.url, limit=limit)
        _extend(listing, parsed, limit)
        total = fetched.header("X-WP-TotalPages")
        pages = int(total) if total.isdigit() else page
        if parsed.items and len(seen(parsed.items)) == len(parsed.items):
            break  # every post of this page is known: the older pages are too
        page += 1
