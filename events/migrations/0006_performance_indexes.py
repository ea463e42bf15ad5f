"""Partial indexes in the public order (newest first, undated last) over published meetings,
so a page of any list is an index range scan rather than a sort of every meeting
(docs/performance.md has EXPLAIN ANALYZE before and after).

PostgreSQL needs NULLS LAST spelt out to match `ORDER BY date DESC NULLS LAST`; SQLite refuses
it in an index but already sorts NULLs last in DESC order, so the plain form serves it there.
"""

from django.db import migrations

INDEXES = {
    "meeting_published_recent": "",
    "meeting_region_recent": "region_id, ",
    "meeting_chamber_recent": "chamber_id, ",
    "meeting_city_recent": "city_id, ",
}


def create(apps, schema_editor):
    nulls = " NULLS LAST" if schema_editor.connection.vendor == "postgresql" else ""
    for name, leading in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON events_meeting "
            f"({leading}date DESC{nulls}, id DESC) WHERE status = 'published'"
        )


def drop(apps, schema_editor):
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("events", "0005_search_index")]

    operations = [migrations.RunPython(create, drop)]
