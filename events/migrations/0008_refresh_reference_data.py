"""Load the reference data again: databases migrated before it gained spellings (الناظور for
Nador, المهدية for Mehdya, more aliases) receive them; the loader upserts, so nothing doubles."""

from django.db import migrations


def load(apps, schema_editor):
    from events.gazetteer_data import load_reference_data

    load_reference_data(apps)


class Migration(migrations.Migration):
    dependencies = [("events", "0007_cache_table_and_latest_indexes")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=True)]
