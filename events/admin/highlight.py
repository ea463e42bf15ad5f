"""The article with the evidence for each extracted field marked."""

from __future__ import annotations

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

FIELD_LABELS = {
    "title": "العنوان",
    "date": "التاريخ",
    "time": "الساعة",
    "kind": "نوع اللقاء",
    "region": "الجهة",
    "province": "الإقليم",
    "city": "المدينة",
    "venue": "المكان",
    "chamber": "الغرفة",
    "participants": "عدد المشاركين",
    "partners": "شريك",
    "programmes": "برنامج",
    "people": "شخص",
    "other_dates": "تاريخ آخر",
}


def highlight(body: str, evidence: list[dict]) -> SafeString:
    """`body` as HTML, each evidence span wrapped in <mark data-field=…>.

    Spans that overlap one already marked are left out: nested marks would be unreadable,
    and the field list beside the article still names every value.
    """
    spans = []
    for item in evidence:
        start, end = item.get("span") or (None, None)
        if start is None or not (0 <= start < end <= len(body)):
            continue
        spans.append((start, end, item["field"]))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    parts: list[str] = []
    position = 0
    for start, end, name in spans:
        if start < position:
            continue
        parts.append(escape(body[position:start]))
        parts.append(
            format_html(
                '<mark data-field="{}" title="{}">{}</mark>',
                name,
                FIELD_LABELS.get(name, name),
                body[start:end],
            )
        )
        position = end
    parts.append(escape(body[position:]))
    return mark_safe("".join(parts))  # noqa: S308  (every piece above is escaped)
