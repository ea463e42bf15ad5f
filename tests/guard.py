"""The guard every test runs under (tests/conftest.py): after a test that used the database,
the data derived from the meetings is what a fresh build gives.

Derived data that only events.writes keeps: the summary tables (events.counts) and each
meeting's search document (the column, and the SQLite FTS5 rows or the PostgreSQL tsvector).
A write that skips `meetings_write` leaves one of them behind, and the test that made it fails.
"""

from __future__ import annotations

import time

from django.db import connection, transaction

from events import counts
from events.search import FTS_TABLE, build_document

# What the guard cost this run: (tests checked, seconds), printed at the end of the run.
spent = {"checked": 0, "skipped": 0, "seconds": 0.0}


def _summary_models():
    from django.apps import apps

    return [apps.get_model("events", name) for name in counts.SUMMARIES]


def _anything_derived() -> bool:
    """Whether any meeting, summary row or FTS5 row exists (one query): else nothing to check."""
    from events.models import Meeting

    tables = [Meeting._meta.db_table, *(model._meta.db_table for model in _summary_models())]
    if connection.vendor == "sqlite":
        tables.append(FTS_TABLE)
    union = " UNION ALL ".join(
        f"SELECT 1 FROM {connection.ops.quote_name(table)}" for table in tables
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT 1 FROM ({union}) AS rows_ LIMIT 1")
        return cursor.fetchone() is not None


def _summary_rows() -> dict[str, list]:
    rows = {}
    for model in _summary_models():
        fields = [f.attname for f in model._meta.concrete_fields if not f.primary_key]
        rows[model.__name__] = sorted(model.objects.values_list(*fields), key=repr)
    return rows


def _stale_counts() -> list[str]:
    kept = _summary_rows()
    with transaction.atomic():
        counts.rebuild()
        fresh = _summary_rows()
        transaction.set_rollback(True)
    problems = []
    for name, rows in kept.items():
        if rows != fresh[name]:
            missing = [row for row in fresh[name] if row not in rows]
            extra = [row for row in rows if row not in fresh[name]]
            problems.append(f"{name}: missing {missing[:3]}, not in a rebuild {extra[:3]}")
    return problems


def _documents() -> dict[int, object]:
    from events.models import Meeting

    meetings = (
        Meeting.objects.select_related("region", "city__province", "chamber")
        .prefetch_related("partner_roles__partner", "programmes", "people")
        .order_by("pk")
    )
    cache: dict = {}
    return {m.pk: (m.search_document, build_document(m, cache)) for m in meetings}


def _stale_documents() -> list[str]:
    documents = _documents()
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
                "SELECT m.id FROM events_meeting AS m JOIN (VALUES "
                f"{values}) AS v(id, vec) ON m.id = v.id"
                " WHERE m.search_vector IS DISTINCT FROM CAST(v.vec AS tsvector) ORDER BY m.id",
                [value for pk, (_s, doc) in documents.items() for value in (pk, doc.tsvector())],
            )
            problems += [
                f"meeting {pk}: its search_vector is not a fresh build" for (pk,) in cursor
            ]
    return problems


def stale_derived_data() -> list[str]:
    """What differs between the derived data and a fresh build from the meetings; [] when
    they agree (or there is nothing)."""
    started = time.perf_counter()
    try:
        if not _anything_derived():
            spent["skipped"] += 1
            return []
        spent["checked"] += 1
        return _stale_counts() + _stale_documents()
    finally:
        spent["seconds"] += time.perf_counter() - started
