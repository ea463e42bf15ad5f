"""The cache table of settings.CACHES (events.cache), and two indexes the public pages read.

- `meeting_published_latest`: the home page's and the Atom feed's "latest published"
  (`ORDER BY published_at DESC, id DESC` over published meetings) becomes an index range
  instead of a sort of every published meeting.
- `meetingprogramme_programme`: (programme, meeting) on the programme links, as
  `meetingpartner_partner` is for partners: a programme's meetings (its page, the related
  meetings of the detail page, the programme facet) without a sort of all its links.

Plain DESC (no NULLS clause): PostgreSQL's DESC puts NULLs first, as `-published_at` asks,
and SQLite does the same, so one statement serves both.
"""

from django.core.management import call_command
from django.db import migrations

INDEXES = {
    "meeting_published_latest": (
        "events_meeting (published_at DESC, id DESC) WHERE status = 'published'"
    ),
    "meetingprogramme_programme": "events_meeting_programmes (programme_id, meeting_id)",
}


def create_cache_table(apps, schema_editor):
    # Does nothing when the table exists or the cache is not a database cache.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


def create(apps, schema_editor):
    for name, definition in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def drop(apps, schema_editor):
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("events", "0006_performance_indexes")]

    operations = [
        migrations.RunPython(create_cache_table, migrations.RunPython.noop),
        migrations.RunPython(create, drop),
    ]
