"""Snippets and highlighting: the reader's words marked in a meeting's text, the same on both
engines (Python over the same analysis)."""

from __future__ import annotations

import html

from django.utils.safestring import SafeString, mark_safe

from events.arabic import term_spans
from events.search.query import PreparedQuery, prepare


def highlight(
    text: str, query: str | PreparedQuery, *, terms: set[str] | None = None
) -> SafeString:
    """`text`, escaped, with the words that match the query wrapped in <mark>."""
    if terms is None:
        prepared = prepare(query) if isinstance(query, str) else query
        terms = prepared.terms
    return _marked(text or "", [(s, e) for t, s, e in term_spans(text or "") if t in terms])


def _marked(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None):
    end = len(text) if end is None else end
    out, position = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out.append(html.escape(text[position:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        position = e
    out.append(html.escape(text[position:end]))
    return mark_safe("".join(out))


def snippet(meeting, query: str | PreparedQuery, *, words: int = 30) -> SafeString:
    """A short passage of the meeting's text around the query's words, safe HTML with the
    matching words in <mark>. The same on both engines (Python over the same analysis)."""
    prepared = prepare(query) if isinstance(query, str) else query
    terms = prepared.terms
    text = meeting.body or meeting.summary or meeting.title or ""
    spans = term_spans(text)
    if not spans:
        return mark_safe("")
    hits = [i for i, (t, _, _) in enumerate(spans) if t in terms]
    first = 0
    if hits:
        # The window of `words` words holding the most matches (earliest on ties).
        best, right = (0, 0), 0
        for left, hit in enumerate(hits):
            while right < len(hits) and hits[right] < hit + words:
                right += 1
            if right - left > best[0]:
                best = (right - left, hit)
        first = max(0, best[1] - words // 4)
    last = min(len(spans), first + words) - 1
    start, end = spans[first][1], spans[last][2]
    if first == 0:
        start = 0
    marked = [(s, e) for i, (t, s, e) in enumerate(spans) if first <= i <= last and t in terms]
    body = _marked(text, marked, start, end)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text.rstrip()) else ""
    return mark_safe(prefix + body + suffix)
