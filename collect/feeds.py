"""What a source lists: RSS 2.0 (and 1.0), Atom, WordPress's JSON posts, sitemaps.

Each reader turns one fetched document into `Item`s, in the document's order, at most `limit`
of them; `kind_of` tells which reader a document needs from its bytes (the Content-Type
servers send for feeds is too often text/html or application/octet-stream to trust).

XML is parsed by defusedxml: entities are refused (no billion laughs, no external files), a
DTD alone is allowed (old RSS 0.91 feeds declare one). The documents' sizes are bounded by the
fetch (COLLECT_MAX_FEED_BYTES), their items by `limit`.
"""

from __future__ import annotations

import datetime
import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from events.importing.validate import ImportRefused

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
# A key longer than this is stored as its digest (SeenItem.key).
KEY_LENGTH = 300

RSS, WORDPRESS, SITEMAP_KIND, SITEMAP_INDEX, HTML = (
    "rss",
    "wordpress",
    "sitemap",
    "sitemap_index",
    "html",
)


@dataclass(frozen=True)
class Item:
    key: str  # the feed's guid / id, else the URL
    url: str
    title: str = ""
    published: datetime.date | None = None


@dataclass
class Parsed:
    items: list[Item] = field(default_factory=list)
    # More items than `limit` were listed: the first `limit` were kept.
    capped: bool = False
    # A sitemap index: the sitemaps it lists (read in turn by collect.listing).
    sitemaps: list[str] = field(default_factory=list)


def refused(message: str, code: str = "bad_feed") -> ImportRefused:
    return ImportRefused(message, code=code)


def broken(kind: str, detail: str = "") -> ImportRefused:
    detail = f" ({detail})" if detail else ""
    return refused(f"تعذّرت قراءة المصدر: {kind} معطوب{detail}.")


def item_key(key: str) -> str:
    key = key.strip()
    if len(key) <= KEY_LENGTH:
        return key
    return "sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()


def _text(element: Element | None) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


_TAGS = re.compile(r"<[^>]*>")


def plain(value: str) -> str:
    """A title as text: feeds and WordPress give them with entities and sometimes tags."""
    return " ".join(html.unescape(_TAGS.sub(" ", value or "")).split())[:500]


def parse_date(value: str) -> datetime.date | None:
    """RFC 822 (RSS's pubDate) or ISO 8601 (Atom, WordPress, sitemaps), to the day."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _absolute(url: str, base: str) -> str:
    url = (url or "").strip()
    if not url:
        return ""
    url = urljoin(base, url)
    return url if urlsplit(url).scheme in ("http", "https") else ""


def parse_xml(data: bytes, kind: str) -> Element:
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise refused(
            f"تعذّرت قراءة المصدر: {kind} يحتوي على كيانات XML ممنوعة ({type(error).__name__}).",
        ) from error
    except (ParseError, ValueError) as error:
        raise broken(kind, str(error)[:120]) from error


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


_ROOT = re.compile(rb"<(?![?!])([a-z][\w.\-]*:)?([a-z][\w.\-]*)")
_ROOTS = {b"rss": RSS, b"rdf": RSS, b"feed": RSS, b"urlset": SITEMAP_KIND}
_ROOTS[b"sitemapindex"] = SITEMAP_INDEX


def kind_of(data: bytes, content_type: str = "") -> str:
    """RSS (2.0, 1.0 or Atom), WordPress JSON, a sitemap or an index of them, or HTML (a page
    whose <link>s may name a feed), from the document's first element."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head[:1] in (b"[", b"{") or content_type == "application/json":
        return WORDPRESS
    root = _ROOT.search(head)
    name = root.group(2) if root else b""
    if name in _ROOTS:
        return _ROOTS[name]
    if name in (b"html", b"head", b"body") or content_type in (
        "text/html",
        "application/xhtml+xml",
    ):
        return HTML
    if head.startswith(b"<?xml"):
        raise refused("المصدر وثيقة XML ليست خلاصة RSS أو Atom ولا خريطة موقع.", "unknown_feed")
    raise refused(
        "الرابط لا يشير إلى خلاصة RSS أو Atom ولا إلى واجهة ووردبريس ولا إلى خريطة موقع.",
        "unknown_feed",
    )


def _cap(items: list[Item], limit: int, more: bool) -> Parsed:
    return Parsed(items=items[:limit], capped=more or len(items) > limit)


def read_feed(data: bytes, *, base: str, limit: int) -> Parsed:
    """RSS 2.0, RSS 1.0 (RDF) or Atom items."""
    root = parse_xml(data, "RSS/Atom")
    name = _local(root.tag)
    items: list[Item] = []
    if name == "feed":
        entries = root.iterfind(f"{ATOM}entry")
        read = _atom_item
    elif name == "rss":
        entries = root.iterfind("channel/item")
        read = _rss_item
    elif name == "RDF":
        entries = root.iterfind(f"{RSS1}item")
        read = _rdf_item
    else:
        raise broken("RSS/Atom", f"<{name}>")
    for entry in entries:
        if len(items) > limit:
            break
        item = read(entry, base)
        if item is not None:
            items.append(item)
    return _cap(items, limit, False)


def _rss_item(entry: Element, base: str) -> Item | None:
    link = _absolute(_text(entry.find("link")), base)
    guid_element = entry.find("guid")
    guid = _text(guid_element)
    if not link and guid and (guid_element.get("isPermaLink", "true").lower() != "false"):
        link = _absolute(guid, base)
    if not link:
        return None
    published = parse_date(_text(entry.find("pubDate")) or _text(entry.find(DC_DATE)))
    return Item(
        key=item_key(guid or link),
        url=link,
        title=plain(_text(entry.find("title"))),
        published=published,
    )


def _rdf_item(entry: Element, base: str) -> Item | None:
    link = _absolute(_text(entry.find(f"{RSS1}link")) or entry.get(f"{RDF}about", ""), base)
    if not link:
        return None
    return Item(
        key=item_key(entry.get(f"{RDF}about") or link),
        url=link,
        title=plain(_text(entry.find(f"{RSS1}title"))),
        published=parse_date(_text(entry.find(DC_DATE))),
    )


def _atom_item(entry: Element, base: str) -> Item | None:
    link = ""
    for candidate in entry.iterfind(f"{ATOM}link"):
        if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            link = _absolute(candidate.get("href"), base)
            break
    if not link:
        return None
    return Item(
        key=item_key(_text(entry.find(f"{ATOM}id")) or link),
        url=link,
        title=plain(_text(entry.find(f"{ATOM}title"))),
        published=parse_date(
            _text(entry.find(f"{ATOM}published")) or _text(entry.find(f"{ATOM}updated"))
        ),
    )


def read_sitemap(data: bytes, *, base: str, limit: int) -> Parsed:
    """A <urlset> (its pages, with Google News titles and dates when given) or a
    <sitemapindex> (the sitemaps it lists, newest first when they say when they changed)."""
    root = parse_xml(data, "sitemap")
    name = _local(root.tag)
    if name == "sitemapindex":
        listed = []
        for entry in root.iterfind(f"{SITEMAP}sitemap"):
            loc = _absolute(_text(entry.find(f"{SITEMAP}loc")), base)
            if loc:
                listed.append((parse_date(_text(entry.find(f"{SITEMAP}lastmod"))), loc))
        listed.sort(key=lambda pair: pair[0] or datetime.date.min, reverse=True)
        return Parsed(sitemaps=[loc for _, loc in listed])
    if name != "urlset":
        raise broken("sitemap", f"<{name}>")
    items: list[Item] = []
    for entry in root.iterfind(f"{SITEMAP}url"):
        if len(items) > limit:
            break
        loc = _absolute(_text(entry.find(f"{SITEMAP}loc")), base)
        if not loc:
            continue
        news = entry.find(f"{NEWS}news")
        title = plain(_text(news.find(f"{NEWS}title"))) if news is not None else ""
        when = _text(news.find(f"{NEWS}publication_date")) if news is not None else ""
        when = when or _text(entry.find(f"{SITEMAP}lastmod"))
        items.append(Item(key=item_key(loc), url=loc, title=title, published=parse_date(when)))
    # A sitemap lists pages in any order: the newest first, as feeds do.
    items.sort(key=lambda item: item.published or datetime.date.min, reverse=True)
    return _cap(items, limit, False)


def read_wordpress(data: bytes, *, base: str, limit: int) -> Parsed:
    """One page of /wp-json/wp/v2/posts: a JSON list of posts (id, guid, link, date, title)."""
    try:
        posts = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise broken("JSON", str(error)[:120]) from error
    if isinstance(posts, dict) and posts.get("code"):
        raise refused(f"أجابت واجهة ووردبريس بخطأ: {str(posts.get('code'))[:100]}.", "wp_error")
    if not isinstance(posts, list):
        raise broken("JSON", "ليس قائمة مقالات")
    items: list[Item] = []
    for post in posts[: limit + 1]:
        if not isinstance(post, dict):
            continue
        link = _absolute(str(post.get("link") or ""), base)
        if not link:
            continue
        guid = post.get("guid")
        guid = guid.get("rendered") if isinstance(guid, dict) else guid
        key = str(guid or "") or (f"wp:{post['id']}" if post.get("id") is not None else link)
        title = post.get("title")
        title = title.get("rendered") if isinstance(title, dict) else title
        items.append(
            Item(
                key=item_key(key),
                url=link,
                title=plain(str(title or "")),
                published=parse_date(str(post.get("date") or "")),
            )
        )
    return _cap(items, limit, len(posts) > limit)
