"""The search index: each meeting's document written where its engine reads it.

- PostgreSQL: `events_meeting.search_vector`, a tsvector written from our terms with explicit
  positions and weights (no PostgreSQL dictionary touches them), GIN-indexed.
- SQLite: the FTS5 table `events_meeting_fts` (columns a, b, c, d = weights A-D) holding the
  same terms.

On both, `events_meeting.search_document` keeps the document's text. Nothing here runs by
itself: the write path (events.writes) calls `index_meetings(ids)` once per write, for the
meetings it wrote and those showing a name it changed (`meetings_related_to`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection, transaction
from django.db.models import QuerySet

from events.search.document import Document, build_document
from events.search.names import _names

FTS_TABLE = "events_meeting_fts"
FTS_VOCAB = "events_meeting_fts_vocab"
CHUNK = 1000


def meetings_to_index(ids: Sequence[int]) -> QuerySet:
    """These meetings with every relation their documents read, loaded in a few queries."""
    from events.models import Meeting

    return (
        Meeting.objects.filter(pk__in=ids)
        .select_related("region", "city__province", "chamber")
        .prefetch_related("partner_roles__partner", "programmes", "people")
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
            documents = {m.pk: build_document(m, cache) for m in meetings_to_index(chunk)}
            _write(chunk, documents)
    _names.invalidate()


def _write(ids: list[int], documents: dict[int, Document]) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            rows = [(pk, doc.text(), doc.tsvector()) for pk, doc in documents.items()]
            for start in range(0, len(rows), 200):
                batch = rows[start : start + 200]
                values = ", ".join(["(%s::bigint, %s, %s)"] * len(batch))
                cursor.execute(
                    "UPDATE events_meeting AS m SET search_document = v.doc,"
                    " search_vector = CAST(v.vec AS tsvector)"
                    f" FROM (VALUES {values}) AS v(id, doc, vec) WHERE m.id = v.id",
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
                "SELECT %s WHERE EXISTS (SELECT 1 FROM events_meeting"
                " WHERE search_vector @@ CAST(%s AS tsquery))"
            )
            cursor.execute(
                " UNION ALL ".join([exists] * len(ordered)),
                [value for t in ordered for value in (t, pg_lexeme(t))],
            )
        else:
            marks = ", ".join(["%s"] * len(ordered))
            cursor.execute(f"SELECT term FROM {FTS_VOCAB} WHERE term IN ({marks})", ordered)
        return {row[0] for row in cursor.fetchall()}
