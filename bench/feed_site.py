"""A chamber's web site on loopback, of our own writing: article pages about invented meetings,
and the RSS, Atom, WordPress JSON and sitemap documents that list them.

A real HTTP server (ThreadingHTTPServer in a thread) serving what `Site.routes` holds; it
counts the requests per path, keeps the conditional headers it was sent, and answers 304
when the ETag or Last-Modified match. The tests of collect/ and bench/collect.py use it.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import math
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from events.dates import MONTHS_AR_MA, WEEKDAYS_AR

FIRST_DAY = datetime.date(2025, 1, 6)
PLACES = (
    ("وجدة", "غرفة التجارة والصناعة والخدمات لجهة الشرق"),
    ("فاس", "غرفة الصناعة التقليدية لجهة فاس مكناس"),
    ("أكادير", "الغرفة الفلاحية لجهة سوس ماسة"),
    ("طنجة", "غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة"),
    ("مراكش", "غرفة الصناعة التقليدية لجهة مراكش آسفي"),
    ("بني ملال", "غرفة التجارة والصناعة والخدمات لجهة بني ملال خنيفرة"),
)
KINDS = ("لقاء تواصليا", "يوما دراسيا", "ورشة تكوينية", "اجتماعا تنسيقيا", "ندوة جهوية")
SUBJECTS = (
    "التجارة الإلكترونية",
    "تمويل المقاولات الصغيرة جدا",
    "تصدير المنتجات المحلية",
    "الاقتصاد الاجتماعي والتضامني",
    "رقمنة خدمات الغرفة",
    "تثمين منتجات الصناعة التقليدية",
    "الطاقات المتجددة في الضيعات",
    "مواكبة حاملي المشاريع الشباب",
)
AUDIENCES = ("التعاونيات النسائية", "التجار الشباب", "المقاولين الذاتيين", "الحرفيين", "الفلاحين")


@dataclass(frozen=True)
class Article:
    n: int
    title: str
    text: str
    day: datetime.date
    chamber: str  # the chamber's name as the text writes it


def meeting(n: int, *, place: int | None = None) -> Article:
    """The n-th invented meeting: a chamber, a city, a day, a kind, a subject, a number."""
    city, chamber = PLACES[n % len(PLACES) if place is None else place]
    kind = KINDS[n % len(KINDS)]
    subject = SUBJECTS[(n // len(KINDS)) % len(SUBJECTS)]
    audience = AUDIENCES[n % len(AUDIENCES)]
    # Days four apart: no two meetings are within the three days of "the same meeting".
    day = FIRST_DAY + datetime.timedelta(days=4 * n)
    when = f"{WEEKDAYS_AR[day.weekday()]} {day.day} {MONTHS_AR_MA[day.month - 1]} {day.year}"
    title = f"{chamber} تنظم {kind} حول {subject} بمدينة {city}"
    text = (
        f"{city} - نظمت {chamber} يوم {when} {kind} حول {subject} لفائدة {audience}، "
        f"بحضور {20 + n} مشاركا من مختلف أقاليم الجهة.\n"
        f"وتناول المتدخلون سبل دعم {audience} وتيسير ولوجهم إلى برامج المواكبة، وأكدوا أن "
        f"الغرفة ستواصل تنظيم لقاءات مماثلة خلال الأشهر المقبلة (اللقاء {n + 1} من برنامجها)."
    )
    return Article(n=n, title=title, text=text, day=day, chamber=chamber)


NOTICE = (
    "تتقدم إدارة الغرفة بأحر التعازي وأصدق المواساة إلى أسرة الفقيد وإلى كافة زملائه، "
    "راجية من العلي القدير أن يتغمده بواسع رحمته وأن يلهم ذويه الصبر والسلوان."
)


def page(title: str, text: str, *, outlet: str = "موقع الغرفة", day=None) -> bytes:
    """An article page as chamber sites serve them: menus, the article, a footer."""
    published = f'<meta property="article:published_time" content="{day}">' if day else ""
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n"))
    return (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{escape(title)} | {escape(outlet)}</title>"
        f'<meta property="og:site_name" content="{escape(outlet)}">'
        f'<meta property="og:title" content="{escape(title)}">{published}</head><body>'
        '<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">الأخبار</a></li></ul></nav>'
        f"<article><h1>{escape(title)}</h1>{paragraphs}</article>"
        "<footer>جميع الحقوق محفوظة للغرفة</footer></body></html>"
    ).encode()


@dataclass(frozen=True)
class Entry:
    """One item of a feed: its guid, its page's address, its title and day."""

    guid: str
    link: str
    title: str
    day: datetime.date


def _rfc822(day: datetime.date) -> str:
    return format_datetime(datetime.datetime(day.year, day.month, day.day, 9, tzinfo=datetime.UTC))


def rss(entries: list[Entry], *, title: str = "أخبار الغرفة") -> bytes:
    items = "".join(
        f"<item><title>{escape(e.title)}</title><link>{escape(e.link)}</link>"
        f'<guid isPermaLink="false">{escape(e.guid)}</guid><pubDate>{_rfc822(e.day)}</pubDate>'
        "</item>"
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://example.invalid/</link>{items}"
        "</channel></rss>"
    ).encode()


def atom(entries: list[Entry], *, title: str = "أخبار الغرفة") -> bytes:
    items = "".join(
        f"<entry><title>{escape(e.title)}</title><id>{escape(e.guid)}</id>"
        f'<link rel="alternate" href="{escape(e.link)}"/><updated>{e.day}T09:00:00Z</updated>'
        "</entry>"
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:site</id><updated>2025-12-01T00:00:00Z</updated>"
        f"{items}</feed>"
    ).encode()


def sitemap(entries: list[Entry]) -> bytes:
    urls = "".join(
        f"<url><loc>{escape(e.link)}</loc><lastmod>{e.day}</lastmod></url>" for e in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    ).encode()


def sitemap_index(locations: list[str]) -> bytes:
    maps = "".join(f"<sitemap><loc>{escape(loc)}</loc></sitemap>" for loc in locations)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>'
    ).encode()


def wp_post(e: Entry, pk: int) -> dict:
    return {
        "id": pk,
        "guid": {"rendered": e.guid},
        "link": e.link,
        "date": f"{e.day}T09:00:00",
        "title": {"rendered": escape(e.title)},
    }


@dataclass
class Doc:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str = ""
    last_modified: str = ""
    delay: float = 0.0  # seconds before the answer (a slow server)
    headers: dict[str, str] = field(default_factory=dict)


def document(body: bytes, content_type: str, *, conditional: bool = True, **extra) -> Doc:
    """A document with validators derived from its bytes (a changed feed, a new ETag)."""
    digest = hashlib.sha256(body).hexdigest()[:16]
    if conditional:
        extra.setdefault("etag", f'"{digest}"')
        extra.setdefault("last_modified", "Mon, 01 Dec 2025 10:00:00 GMT")
    return Doc(body=body, content_type=content_type, **extra)


class WordPress:
    """/wp-json/wp/v2/posts: the posts newest first, `per_page` a page, X-WP-TotalPages;
    a page past the last is WordPress's 400 error."""

    def __init__(self, posts: list[dict]):
        self.posts = posts

    def answer(self, query: dict) -> Doc:
        per_page = int(query.get("per_page", ["10"])[0])
        number = int(query.get("page", ["1"])[0])
        pages = max(1, math.ceil(len(self.posts) / per_page))
        if number > pages:
            error = {"code": "rest_post_invalid_page_number", "data": {"status": 400}}
            return Doc(json.dumps(error).encode(), "application/json", status=400)
        chunk = self.posts[(number - 1) * per_page : number * per_page]
        headers = {"X-WP-Total": str(len(self.posts)), "X-WP-TotalPages": str(pages)}
        return document(json.dumps(chunk).encode(), "application/json", headers=headers)


class Site:
    """The server: `routes` maps a path to a Doc, a WordPress, or a callable giving a Doc."""

    def __init__(self) -> None:
        self.routes: dict[str, object] = {}
        self.requests: Counter[str] = Counter()
        self.conditional: list[tuple[str, str, str]] = []  # path, If-None-Match, If-Modified-Since
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                site.serve(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def serve(self, request: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(request.path)
        with self.lock:
            self.requests[parts.path] += 1
            none_match = request.headers.get("If-None-Match", "")
            since = request.headers.get("If-Modified-Since", "")
            if none_match or since:
                self.conditional.append((parts.path, none_match, since))
            route = self.routes.get(parts.path)
        if isinstance(route, WordPress):
            route = route.answer(parse_qs(parts.query))
        elif callable(route):
            route = route()
        if route is None:
            route = Doc("<html><body><p>الصفحة غير موجودة</p></body></html>".encode(), status=404)
        if route.delay:
            time.sleep(route.delay)
        if route.status == 200 and (
            (route.etag and none_match == route.etag)
            or (route.last_modified and not none_match and since == route.last_modified)
        ):
            request.send_response(304)
            request.end_headers()
            return
        request.send_response(route.status)
        request.send_header("Content-Type", route.content_type)
        request.send_header("Content-Length", str(len(route.body)))
        if route.etag:
            request.send_header("ETag", route.etag)
        if route.last_modified:
            request.send_header("Last-Modified", route.last_modified)
        for name, value in route.headers.items():
            request.send_header(name, value)
        request.end_headers()
        # The client may have given up (its deadline).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            request.wfile.write(route.body)

    def publish(self, articles: list[Article], *, prefix: str = "/news", outlet="موقع الغرفة"):
        """Each article's page under `prefix`; their feed entries, newest first."""
        entries = []
        for article in articles:
            path = f"{prefix}/{article.n}.html"
            self.routes[path] = Doc(
                page(article.title, article.text, outlet=outlet, day=article.day)
            )
            entries.append(
                Entry(
                    guid=f"urn:site:post:{article.n}",
                    link=self.url(path),
                    title=article.title,
                    day=article.day,
                )
            )
        return sorted(entries, key=lambda e: e.day, reverse=True)
