"""Load the reference data again: six national programmes the press names beside the
chambers' meetings (the new development model, social protection, the industrial acceleration
plan, Rawaj, the Covid-19 fund, the Blue Belt initiative); the loader upserts, so nothing
doubles."""

from django.db import migrations


def load(apps, schema_editor):
    from events.gazetteer_data import load_reference_data

    load_reference_data(apps)


class Migration(migrations.Migration):
    dependencies = [("events", "0022_kind_city_and_programme_kind_counts")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=True)]
