"""One entry point per kind of input, each giving a `Source` ready for `article_import`."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import PurePath

from events.importing.decode import decode_bytes
from events.importing.docx import read_docx
from events.importing.fetch import fetch_url
from events.importing.html import looks_like_html, read_html
from events.importing.validate import ImportRefused, check_size, check_text

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".docx")


@dataclass(frozen=True)
class Source:
    text: str
    name: str = ""
    title: str = ""
    outlet: str = ""
    published_on: datetime.date | None = None
    source_url: str = ""


def read_text(text: str, *, name: str = "") -> Source:
    """Pasted text. A pasted web page is read as HTML rather than refused for its markup."""
    if looks_like_html(text):
        return _from_html(text, name=name)
    return Source(text=check_text(text), name=name)


def read_bytes(data: bytes, *, name: str, url: str = "", charset: str | None = None) -> Source:
    """A file's bytes; its kind comes from its name (.txt, .html, .htm, .docx)."""
    check_size(len(data))
    suffix = PurePath(name).suffix.lower()
    if suffix == ".docx":
        text, title = read_docx(data, name=name)
        return Source(text=check_text(text), name=name, title=title)
    if suffix not in SUPPORTED_SUFFIXES and suffix:
        raise ImportRefused(
            f"نوع الملف «{suffix}» غير مدعوم: المقبول ‎.txt و‎.html و‎.docx.", code="unsupported"
        )
    text = _decode(data, charset)
    if suffix in (".html", ".htm") or looks_like_html(text):
        return _from_html(text, name=name, url=url)
    return Source(text=check_text(text), name=name, source_url=url)


def read_url(url: str) -> Source:
    fetched = fetch_url(url)
    name = PurePath(fetched.url.split("?", 1)[0]).name or "page.html"
    if fetched.content_type in ("text/html", "application/xhtml+xml"):
        text = _decode(fetched.data, fetched.charset)
        return _from_html(text, name=name, url=fetched.url)
    if fetched.content_type.startswith("text/"):
        return read_bytes(fetched.data, name=name, url=fetched.url, charset=fetched.charset)
    raise ImportRefused(
        f"الرابط لا يشير إلى صفحة نصية ({fetched.content_type}).", code="unsupported"
    )


def _decode(data: bytes, charset: str | None) -> str:
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # servers often lie about the charset; fall back to detection
    return decode_bytes(data)


def _from_html(html: str, *, name: str = "", url: str = "") -> Source:
    page = read_html(html, url=url)
    return Source(
        text=check_text(page.text),
        name=name,
        title=page.title,
        outlet=page.outlet,
        published_on=page.published_on,
        source_url=url,
    )
