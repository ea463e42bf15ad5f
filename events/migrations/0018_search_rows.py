"""The search rows (events.models.search): one narrow row per meeting, the search's own table.

On PostgreSQL the meetings' search vectors move into it (`vector`, stored out of line), under
one GIN index of the words with the region, chamber, city, kind and month (btree_gin): a
search window then reads the meetings the words give within its filters from the index, never
by a walk that unpacks each vector, and the meetings table loses `search_vector` and its GIN
index. On SQLite the rows carry no vector: the words stay in the FTS5 table.

Filled here from the meetings in date order; then written by events.search.index_meetings.
"""

import django.db.models.deletion
from django.db import migrations, models

import events.models.search

COLUMNS = "meeting_id, status, date, date_end, month, region_id, city_id, chamber_id, category"
FROM_MEETINGS = (
    "SELECT id, status, date, date_end, {month}, region_id, city_id, chamber_id, category{vector}"
    " FROM events_meeting ORDER BY date DESC NULLS LAST, id DESC"
)
POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS btree_gin",
    # Rows of ~60 bytes: every vector longer than that lives in the TOAST table, uncompressed
    # (read only to check a phrase), so the rows of a window sit on a few pages.
    "ALTER TABLE events_meeting_search SET (toast_tuple_target = 128)",
    "ALTER TABLE events_meeting_search ADD COLUMN vector tsvector",
    "ALTER TABLE events_meeting_search ALTER COLUMN vector SET STORAGE EXTERNAL",
    f"INSERT INTO events_meeting_search ({COLUMNS}, vector) "
    + FROM_MEETINGS.format(
        month="(extract(year FROM date) * 100 + extract(month FROM date))::int",
        vector=", search_vector",
    ),
    "CREATE INDEX IF NOT EXISTS meeting_search_words ON events_meeting_search"
    " USING gin (vector, region_id, chamber_id, city_id, category, month)",
    "DROP INDEX IF EXISTS meeting_search_vector",
    "ALTER TABLE events_meeting DROP COLUMN IF EXISTS search_vector",
    "ANALYZE events_meeting_search",
]
POSTGRES_BACKWARD = [
    "ALTER TABLE events_meeting ADD COLUMN IF NOT EXISTS search_vector tsvector",
    "UPDATE events_meeting AS m SET search_vector = s.vector FROM events_meeting_search AS s"
    " WHERE s.meeting_id = m.id",
    "CREATE INDEX IF NOT EXISTS meeting_search_vector ON events_meeting USING gin (search_vector)",
]
SQLITE_FORWARD = [
    f"INSERT INTO events_meeting_search ({COLUMNS}) "
    + FROM_MEETINGS.format(month="CAST(strftime('%Y%m', date) AS INTEGER)", vector="")
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("events", "0017_partner_kind_count")]

    operations = [
        migrations.CreateModel(
            name="SearchRow",
            fields=[
                (
                    "meeting",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_row",
                        serialize=False,
                        to="events.meeting",
                    ),
                ),
                ("status", models.CharField(max_length=16)),
                ("date", models.DateField(null=True)),
                ("date_end", models.DateField(null=True)),
                ("month", models.IntegerField(null=True)),
                ("category", models.CharField(max_length=32)),
                (
                    "chamber",
                    events.models.search.IntegerKey(
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="events.chamber",
                    ),
                ),
                (
                    "city",
                    events.models.search.IntegerKey(
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="events.city",
                    ),
                ),
                (
                    "region",
                    events.models.search.IntegerKey(
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="events.region",
                    ),
                ),
            ],
            options={"db_table": "events_meeting_search"},
        ),
        migrations.RunPython(
            _run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": POSTGRES_BACKWARD}),
            elidable=False,
        ),
    ]
