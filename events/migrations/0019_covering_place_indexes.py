"""The public order's indexes of a place or chamber (migration 0006) carry the other place
columns, so that the meetings of one filter within dates are read from the index alone.

The set of a list's filters that leave few meetings (events.facet_set) reads each meeting's
region, city, chamber, kind and dates: from the table, that was a page per meeting (1,075
pages for 820 meetings at 1M, 9 s with them on disk). With them in the index, an index-only
scan of a few pages. PostgreSQL only (`INCLUDE`); SQLite keeps 0006's indexes.
"""

from django.db import migrations

INDEXES = {
    "meeting_region_recent": "region_id",
    "meeting_chamber_recent": "chamber_id",
    "meeting_city_recent": "city_id",
}
COVERED = "region_id, chamber_id, city_id, category, date_end"


def _create(include: bool):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for name, leading in INDEXES.items():
            covered = ", ".join(c for c in COVERED.split(", ") if c != leading)
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
            schema_editor.execute(
                f"CREATE INDEX {name} ON events_meeting ({leading}, date DESC NULLS LAST, id DESC)"
                + (f" INCLUDE ({covered})" if include else "")
                + " WHERE status = 'published'"
            )

    return run


class Migration(migrations.Migration):
    dependencies = [("events", "0018_search_rows")]

    operations = [migrations.RunPython(_create(True), _create(False), elidable=False)]
