"""Running a prepared query on the current database: a condition and a rank over the
meeting's own row.

- PostgreSQL: `vector @@ tsquery` on the meeting's search row (events.models.search), ranked
  by ts_rank_cd.
- SQLite: a MATCH on the FTS5 table, ranked by bm25 with weights mirroring ts_rank_cd's.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection
from django.db.models import BooleanField, Expression, F, FloatField, QuerySet, Value

from events.search.index import FTS_TABLE, SEARCH_TABLE
from events.search.query import prepare, to_fts5, to_tsquery

# bm25 column weights (SQLite) mirroring ts_rank_cd's default {0.1, 0.2, 0.4, 1.0} for D-A.
BM25_WEIGHTS = (10.0, 4.0, 2.0, 1.0)


class _MeetingSearchSQL(Expression):
    """SQL over the meeting's own row or its search row (their pk column is the meeting's id),
    correct under whatever alias the table gets (joins, subqueries)."""

    def __init__(self, template: str, params: Sequence, output_field) -> None:
        super().__init__(output_field=output_field)
        self.template, self.params = template, list(params)
        self.pk = F("pk")

    def get_source_expressions(self):
        return [self.pk]

    def set_source_expressions(self, exprs):
        (self.pk,) = exprs

    def as_sql(self, compiler, connection):
        pk_sql, pk_params = compiler.compile(self.pk)
        table = compiler.quote_name_unless_alias(self.pk.alias)
        return self.template.format(pk=pk_sql, table=table), (*pk_params, *self.params)


def tsquery_text(query: str) -> str | None:
    """A reader's query as the tsquery its words must match on PostgreSQL, or None when it
    has no words a meeting must have (only words it must not)."""
    prepared = prepare(query)
    if prepared.positive is None:
        return None
    return _both(prepared.positive, prepared.negative)


def _both(positive, negative) -> str:
    """The tsquery of words a meeting must have and words it must not have."""
    text = to_tsquery(positive)
    return text if negative is None else f"{text} & !{to_tsquery(negative)}"


def _match_sql(positive, negative, model=None) -> tuple[Expression, Expression]:
    """(condition, rank) for the current database, over `model`'s rows (meetings, or their
    search rows: the same ids)."""
    if connection.vendor == "postgresql":
        from events.models import SearchRow

        # A meeting's words are in its search row: its own for a queryset of search rows.
        own = model is SearchRow
        rows = f"SELECT meeting_id FROM {SEARCH_TABLE} WHERE vector @@ CAST(%s AS tsquery)"
        if positive is None:
            template = (
                "NOT COALESCE({table}.vector @@ CAST(%s AS tsquery), false)"
                if own
                else f"{{pk}} NOT IN ({rows})"
            )
            condition = _MeetingSearchSQL(template, [to_tsquery(negative)], BooleanField())
            return condition, Value(0.0, output_field=FloatField())
        text = _both(positive, negative)
        template = "{table}.vector @@ CAST(%s AS tsquery)" if own else f"{{pk}} IN ({rows})"
        condition = _MeetingSearchSQL(template, [text], BooleanField())
        rank = (
            "ts_rank_cd({table}.vector, CAST(%s AS tsquery), 1)"
            if own
            else f"(SELECT ts_rank_cd(vector, CAST(%s AS tsquery), 1) FROM {SEARCH_TABLE}"
            " WHERE meeting_id = {pk})"
        )
        return condition, _MeetingSearchSQL(rank, [text], FloatField())
    if positive is None:
        condition = _MeetingSearchSQL(
            f"{{pk}} NOT IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)",
            [to_fts5(negative)],
            BooleanField(),
        )
        return condition, Value(0.0, output_field=FloatField())
    text = to_fts5(positive)
    if negative is not None:
        text = f"{text} NOT {to_fts5(negative)}"
    condition = _MeetingSearchSQL(
        f"{{pk}} IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)",
        [text],
        BooleanField(),
    )
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    rank = _MeetingSearchSQL(
        f"(SELECT -bm25({FTS_TABLE}, {weights}) FROM {FTS_TABLE}"
        f" WHERE {FTS_TABLE} MATCH %s AND rowid = {{pk}})",
        [text],
        FloatField(),
    )
    return condition, rank


def search_meetings(queryset: QuerySet, query: str) -> QuerySet:
    """Meetings of `queryset` matching a reader's query, annotated with `search_rank` (higher
    is better). An empty query keeps every meeting (rank 0); a query with nothing searchable
    in it (only stop words or punctuation) finds nothing."""
    if not (query or "").strip():
        return queryset.annotate(search_rank=Value(0.0, output_field=FloatField()))
    prepared = prepare(query)
    if prepared.positive is None and prepared.negative is None:
        return queryset.none().annotate(search_rank=Value(0.0, output_field=FloatField()))
    condition, rank = _match_sql(prepared.positive, prepared.negative, queryset.model)
    return queryset.filter(condition).annotate(search_rank=rank)


def rank_meetings(queryset: QuerySet, query: str) -> QuerySet:
    """`queryset` annotated with the `search_rank` of a reader's query, not filtered by it: for
    rows already known to match (MeetingFilter.newest), so the search is not run again."""
    prepared = prepare(query)
    if prepared.positive is None:
        return queryset.annotate(search_rank=Value(0.0, output_field=FloatField()))
    _condition, rank = _match_sql(prepared.positive, prepared.negative, queryset.model)
    return queryset.annotate(search_rank=rank)
