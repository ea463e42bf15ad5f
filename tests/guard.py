"""The guard every test runs under (tests/conftest.py): after a test that used the database,
the data derived from the meetings is what a fresh build gives.

Derived data that only events.writes keeps: the summary tables (events.counts) and each
meeting's search document (the column, and the SQLite FTS5 rows or the PostgreSQL tsvector).
A write that skips `meetings_write` leaves one of them behind, and the test that made it fails.
"""

from __future__ import annotations

import time
from collections import Counter

from django.db import connection

from events import counts
from events.search import FTS_TABLE, build_document, meetings_to_index
from events.search.index import ROW_COLUMNS, SEARCH_TABLE, row_values

# What the guard cost this run: (tests checked, seconds), printed at the end of the run.
spent = {"checked": 0, "skipped": 0, "seconds": 0.0}


def _summary_models():
    from django.apps import apps

    return [apps.get_model("events", name) for name in counts.SUMMARIES]


def _anything_derived() -> bool:
    """Whether any meeting, summary row or FTS5 row exists (one query): else nothing to check."""
    from events.models import Meeting

    tables = [
        Meeting._meta.db_table,
        SEARCH_TABLE,
        *(model._meta.db_table for model in _summary_models()),
    ]
    if connection.vendor == "sqlite":
        tables.append(FTS_TABLE)
    union = " UNION ALL ".join(
        f"SELECT 1 FROM {connection.ops.quote_name(table)}" for table in tables
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT 1 FROM ({union}) AS rows_ LIMIT 1")
        return cursor.fetchone() is not None


# Per table: (the SQL of a fresh build's rows, its parameters, the SQL of the stored rows).
# Compiled once: the ORM's compilation was most of the guard's time.
_sql: dict[str, tuple[str, tuple, str]] = {}


def _summary_sql(model) -> tuple[str, tuple, str]:
    name = model.__name__
    if name not in _sql:
        fresh, params = counts.grouped(name).query.sql_with_params()
        quote = connection.ops.quote_name
        columns = [model._meta.get_field(key).column for key in model.keys] + ["count"]
        stored = f"SELECT {', '.join(map(quote, columns))} FROM {quote(model._meta.db_table)}"
        _sql[name] = (fresh, tuple(params), stored)
    return _sql[name]


def _stale_counts() -> list[str]:
    problems = []
    with connection.cursor() as cursor:
        for model in _summary_models():
            fresh_sql, params, stored_sql = _summary_sql(model)
            cursor.execute(fresh_sql, params)
            # Counters: a group stored twice is caught, and PostgreSQL's numeric years equal
            # the stored integers.
            fresh = Counter(tuple(row) for row in cursor.fetchall())
            cursor.execute(stored_sql)
            kept = Counter(tuple(row) for row in cursor.fetchall())
            if kept != fresh:
                missing, extra = list(fresh - kept), list(kept - fresh)
                problems.append(
                    f"{model.__name__}: missing {missing[:3]}, not in a rebuild {extra[:3]}"
                )
    return problems


def _documents() -> tuple[dict[int, object], dict[int, tuple]]:
    from events.models import Meeting

    # The indexer's own query: the same relations, in the same order.
    meetings = list(meetings_to_index(list(Meeting.objects.values_list("pk", flat=True))))
    cache: dict = {}
    documents = {m.pk: (m.search_document, build_document(m, cache)) for m in meetings}
    return documents, {m.pk: row_values(m) for m in meetings}


def _stale_search_rows(expected: dict[int, tuple]) -> list[str]:
    """The search rows (events.models.search) against what each meeting gives."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(ROW_COLUMNS)} FROM {SEARCH_TABLE}")
        stored = {row[0]: tuple(row) for row in cursor.fetchall()}
    problems = []
    for pk in sorted(set(stored) | set(expected)):
        if pk not in expected:
            problems.append(f"search row {pk}: its meeting is gone")
        elif stored.get(pk) != expected[pk]:
            problems.append(f"meeting {pk}: its search row {stored.get(pk)} is not {expected[pk]}")
    return problems


def _stale_documents() -> list[str]:
    documents, rows = _documents()
    problems = [
        f"meeting {pk}: its search_document is not a fresh build"
        for pk, (stored, fresh) in documents.items()
        if stored != fresh.text()
    ]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"SELECT rowid, a, b, c, d FROM {FTS_TABLE}")
            indexed = {row[0]: list(row[1:]) for row in cursor.fetchall()}
            for pk in sorted(set(indexed) | set(documents)):
                if pk not in documents:
                    problems.append(f"FTS5 row {pk}: its meeting is gone")
                elif indexed.get(pk) != documents[pk][1].columns():
                    problems.append(f"meeting {pk}: its FTS5 row is not a fresh build")
        elif connection.vendor == "postgresql" and documents:
            values = ", ".join(["(%s::bigint, %s)"] * len(documents))
            cursor.execute(
                f"SELECT v.id FROM {SEARCH_TABLE} AS s RIGHT JOIN (VALUES "
                f"{values}) AS v(id, vec) ON s.meeting_id = v.id"
                " WHERE s.vector IS DISTINCT FROM CAST(v.vec AS tsvector) ORDER BY v.id",
                [value for pk, (_s, doc) in documents.items() for value in (pk, doc.tsvector())],
            )
            problems += [
                f"meeting {pk}: its search row's vector is not a fresh build" for (pk,) in cursor
            ]
    return problems + _stale_search_rows(rows)


def stale_derived_data() -> list[str]:
    """What differs between the derived data and a fresh build from the meetings; [] when
    they agree (or there is nothing)."""
    started = time.perf_counter()
    try:
        if connection.needs_rollback:
            # The test ended inside a broken transaction (an error it expected): nothing it
            # wrote is kept, and nothing can be read until the rollback.
            spent["skipped"] += 1
            return []
        if not _anything_derived():
            spent["skipped"] += 1
            return []
        spent["checked"] += 1
        return _stale_counts() + _stale_documents()
    finally:
        spent["seconds"] += time.perf_counter() - started
