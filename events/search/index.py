"""The search index: each meeting's document written where its engine reads it.

- PostgreSQL: the `vector` of the meeting's search row (`events_meeting_search`, see
  events.models.search), a tsvector written from our terms with explicit positions and weights
  (no PostgreSQL dictionary touches them), GIN-indexed with the row's filters.
- SQLite: the FTS5 table `events_meeting_fts` (columns a, b, c, d = weights A-D) holding the
  same terms, by the meeting's id.

On both, `events_meeting.search_document` keeps the document's text and the search row the
meeting's status, dates, place, chamber and kind (what a search window filters on). Nothing
here runs by itself: the write path (events.writes) calls `index_meetings(ids)` once per
write, for the meetings it wrote and those showing a name it changed (`meetings_related_to`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection, transaction
from django.db.models import QuerySet

from events.search.document import Document, build_document
from events.search.names import _names

FTS_TABLE = "events_meeting_fts"
# The search rows (events.models.search): on PostgreSQL their `vector` column is the index.
SEARCH_TABLE = "events_meeting_search"
# A search row's columns besides its vector, as the meeting gives them (see `row_values`).
ROW_COLUMNS = (
    "meeting_id",
    "status",
    "date",
    "date_end",
    "month",
    "region_id",
    "city_id",
    "chamber_id",
    "category",
)
FTS_VOCAB = "events_meeting_fts_vocab"
CHUNK = 1000


def meetings_to_index(ids: Sequence[int]) -> QuerySet:
    """These meetings with every relation their documents read, loaded in a few queries."""
    from django.db.models import Prefetch

    from events.models import Article, Meeting

    return (
        Meeting.objects.filter(pk__in=ids)
        .select_related("region", "city__province", "chamber")
        .prefetch_related(
            "partner_roles__partner",
            "programmes",
            "people",
            Prefetch("sources", Article.objects.only("pk", "text", "meeting_id")),
        )
        .order_by()
    )


def index_meetings(meeting_ids: Iterable[int]) -> None:
    """Bring the search index up to date for these meetings (after any change to them).

    A few queries per thousand meetings; ids of meetings that no longer exist are dropped
    from the index.
    """
    ids = sorted({int(i) for i in meeting_ids})
    cache: dict = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        with transaction.atomic():
            meetings = {m.pk: m for m in meetings_to_index(chunk)}
            documents = {pk: build_document(m, cache) for pk, m in meetings.items()}
            _write(chunk, documents, meetings)
    _names.invalidate()


def month_of(date) -> int | None:
    """A date's month key (yyyymm): a window's months are a range of a few of them, which the
    GIN index reads as a few lists (a range of days would be hundreds)."""
    return None if date is None else date.year * 100 + date.month


def row_values(meeting) -> tuple:
    """A meeting's search row, in ROW_COLUMNS order."""
    return (
        meeting.pk,
        meeting.status,
        meeting.date,
        meeting.date_end,
        month_of(meeting.date),
        meeting.region_id,
        meeting.city_id,
        meeting.chamber_id,
        meeting.category,
    )


def _upsert_sql(count: int, vector: bool) -> str:
    columns = ROW_COLUMNS + (("vector",) if vector else ())
    marks = ", ".join(["%s"] * len(ROW_COLUMNS) + (["CAST(%s AS tsvector)"] if vector else []))
    values = ", ".join([f"({marks})"] * count)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns[1:])
    return (
        f"INSERT INTO {SEARCH_TABLE} ({', '.join(columns)}) VALUES {values}"
        f" ON CONFLICT (meeting_id) DO UPDATE SET {updates}"
    )


def _write(ids: list[int], documents: dict[int, Document], meetings: dict) -> None:
    postgresql = connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        gone = [pk for pk in ids if pk not in documents]
        if gone:
            marks = ", ".join(["%s"] * len(gone))
            cursor.execute(f"DELETE FROM {SEARCH_TABLE} WHERE meeting_id IN ({marks})", gone)
        rows = [
            (*row_values(meetings[pk]), *((doc.tsvector(),) if postgresql else ()))
            for pk, doc in documents.items()
        ]
        # 100 rows a statement: within SQLite's 999 parameters, few round trips.
        for start in range(0, len(rows), 100):
            batch = rows[start : start + 100]
            cursor.execute(
                _upsert_sql(len(batch), postgresql), [value for row in batch for value in row]
            )
        if postgresql:
            docs = [(pk, doc.text()) for pk, doc in documents.items()]
            for start in range(0, len(docs), 200):
                batch = docs[start : start + 200]
                values = ", ".join(["(%s::bigint, %s)"] * len(batch))
                cursor.execute(
                    "UPDATE events_meeting AS m SET search_document = v.doc"
                    f" FROM (VALUES {values}) AS v(id, doc) WHERE m.id = v.id",
                    [value for row in batch for value in row],
                )
        else:
            cursor.executemany(
                "UPDATE events_meeting SET search_document = %s WHERE id = %s",
                [(doc.text(), pk) for pk, doc in documents.items()],
            )
            if connection.vendor == "sqlite":
                marks = ", ".join(["%s"] * len(ids))
                cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", ids)
                cursor.executemany(
                    f"INSERT INTO {FTS_TABLE} (rowid, a, b, c, d) VALUES (%s, %s, %s, %s, %s)",
                    [(pk, *doc.columns()) for pk, doc in documents.items()],
                )


def meetings_related_to(obj) -> QuerySet:
    """The meetings whose search document holds the names of `obj`."""
    from events.models import Chamber, City, Meeting, Partner, Programme, Province, Region

    lookups = {
        Partner: "partner_roles__partner",
        Programme: "programmes",
        Region: "region",
        City: "city",
        Province: "city__province",
        Chamber: "chamber",
    }
    for model, lookup in lookups.items():
        if isinstance(obj, model):
            return Meeting.objects.filter(**{lookup: obj}).order_by().distinct()
    raise TypeError(f"no search document holds a {type(obj).__name__}")


def reindex_all(chunk: int = 5000, progress=None) -> int:
    """Rebuild every meeting's document; returns how many were indexed."""
    from events.models import Meeting

    done, last = 0, 0
    while True:
        ids = list(
            Meeting.objects.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:chunk]
        )
        if not ids:
            break
        index_meetings(ids)
        done, last = done + len(ids), ids[-1]
        if progress:
            progress(len(ids))
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {FTS_TABLE} WHERE rowid NOT IN (SELECT id FROM events_meeting)"
            )
    return done


def pg_lexeme(term: str) -> str:
    """A term as a tsquery lexeme literal."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def known_terms(terms: set[str]) -> set[str]:
    """Which of these terms at least one indexed meeting contains."""
    if not terms:
        return set()
    ordered = sorted(terms)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # One EXISTS per term, each with its lexeme written in: the planner then reads a
            # common term's first row from the table (0.1 ms) and a rare one from the GIN index.
            # With the lexemes as a column it planned for any term and built the whole bitmap of
            # a common one (50 ms at 1M meetings).
            exists = (
                f"SELECT %s WHERE EXISTS (SELECT 1 FROM {SEARCH_TABLE}"
                " WHERE vector @@ CAST(%s AS tsquery))"
            )
            cursor.execute(
                " UNION ALL ".join([exists] * len(ordered)),
                [value for t in ordered for value in (t, pg_lexeme(t))],
            )
        else:
            marks = ", ".join(["%s"] * len(ordered))
            cursor.execute(f"SELECT term FROM {FTS_VOCAB} WHERE term IN ({marks})", ordered)
        return {row[0] for row in cursor.fetchall()}
