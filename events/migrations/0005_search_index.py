"""The full-text index of meetings (events.search): one per database engine.

PostgreSQL: a `search_vector` tsvector column on events_meeting with a GIN index, filled by
events.search.index_meetings from the analysed terms (events.arabic.search_terms) with
weights A (title), B (partners, programmes, places), C (chamber, kind, venue, people), D (body).
SQLite: an FTS5 table holding the same analysed terms, one column per weight, and its
fts5vocab companion (which terms exist, for the misspelling fallback).

The model does not declare these: Django never reads or writes them except through
events.search. After migrating a database that already holds meetings, run
`manage.py reindex_search`.
"""

from django.db import migrations

POSTGRES_FORWARD = [
    "ALTER TABLE events_meeting ADD COLUMN IF NOT EXISTS search_vector tsvector",
    "CREATE INDEX IF NOT EXISTS meeting_search_vector ON events_meeting USING gin (search_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS meeting_search_vector",
    "ALTER TABLE events_meeting DROP COLUMN IF EXISTS search_vector",
]
SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS events_meeting_fts USING fts5("
    "a, b, c, d, tokenize = 'unicode61 remove_diacritics 0')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS events_meeting_fts_vocab "
    "USING fts5vocab(events_meeting_fts, 'row')",
]
SQLITE_BACKWARD = [
    "DROP TABLE IF EXISTS events_meeting_fts_vocab",
    "DROP TABLE IF EXISTS events_meeting_fts",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("events", "0004_editors_group")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD}),
            elidable=False,
        ),
    ]
