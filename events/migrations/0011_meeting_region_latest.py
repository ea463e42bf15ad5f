"""`meeting_region_latest`: the Atom feed of one region, `ORDER BY published_at DESC, id DESC`
over its published meetings, becomes a range of this index instead of a walk down every
region's latest (`meeting_published_latest`) keeping the region's rows: 0.9-2.2 s at a million
meetings for a region and a year, docs/performance.md.

Plain DESC, valid on both engines, as in migration 0007.
"""

from django.db import migrations

NAME = "meeting_region_latest"
DEFINITION = "events_meeting (region_id, published_at DESC, id DESC) WHERE status = 'published'"


def create(apps, schema_editor):
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {NAME} ON {DEFINITION}")


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("events", "0010_partner_place_count")]

    operations = [migrations.RunPython(create, drop)]
