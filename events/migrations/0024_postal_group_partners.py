"""Load the reference data again: the postal group's companies the press names as the
chambers' counterparties (Barid Al-Maghrib, Barid Media, Barid Cash); the loader upserts, so
nothing doubles."""

from django.db import migrations


def load(apps, schema_editor):
    from events.gazetteer_data import load_reference_data

    load_reference_data(apps)


class Migration(migrations.Migration):
    dependencies = [("events", "0023_national_programmes")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=True)]
