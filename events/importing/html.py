"""A news page's main text and metadata, without its menus, comments and scripts."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

import trafilatura
from django.conf import settings
from lxml import etree

from events.importing.validate import ImportRefused


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str = ""
    published_on: datetime.date | None = None
    outlet: str = ""


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


_OPENING_TAG = re.compile(r"<[a-zA-Z]")


def check_elements(html: str) -> None:
    """A news page has a few thousand elements; the extractor's time grows with their number
    (seconds per ten thousand), so a page of tens of thousands is refused before it runs."""
    limit = settings.IMPORT_MAX_HTML_ELEMENTS
    if len(_OPENING_TAG.findall(html)) > limit:
        raise ImportRefused(
            f"صفحة HTML تحتوي على أكثر من {limit} عنصر: أكبر من أن تكون صفحة مقال.",
            code="too_many_elements",
        )


def read_html(html: str, *, url: str = "") -> HtmlArticle:
    check_elements(html)
    # trafilatura drops <script>, <style>, navigation and comment sections before it looks
    # for the article; comments are excluded because readers' comments are not the article.
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
        )
    except (ValueError, TypeError, RecursionError, etree.LxmlError) as error:
        raise ImportRefused("تعذّرت قراءة صفحة HTML: بنيتها معطوبة.", code="bad_html") from error
    text = (getattr(document, "text", None) or "").strip() if document else ""
    if not text:
        raise ImportRefused(
            "لم يُعثر على نص مقال في صفحة HTML (صفحة فارغة أو شيفرة فقط).", code="empty"
        )
    title = (document.title or "").strip()
    # The headline belongs to the article the extractor reads, as it does in pasted text.
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    published_on = None
    if document.date:
        try:
            published_on = datetime.date.fromisoformat(document.date[:10])
        except ValueError:
            published_on = None
    return HtmlArticle(
        text=text, title=title, published_on=published_on, outlet=(document.sitename or "").strip()
    )
