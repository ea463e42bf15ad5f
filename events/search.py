"""Search over meetings. (First cut: plain containment; the Arabic engines replace it.)"""

from __future__ import annotations

from django.db.models import FloatField, Q, QuerySet, Value


def search_meetings(queryset: QuerySet, query: str) -> QuerySet:
    query = (query or "").strip()
    if not query:
        return queryset.annotate(search_rank=Value(0.0, output_field=FloatField()))
    condition = Q()
    for word in query.split():
        condition &= Q(title__icontains=word) | Q(body__icontains=word)
    return queryset.filter(condition).annotate(search_rank=Value(0.0, output_field=FloatField()))


def index_meetings(meeting_ids) -> None:
    """Bring the search index up to date for these meetings (after any change to them)."""
