"""Load the reference data again: the French names of chambers and partners now name their
region with its article ("Chambre d'Artisanat de l'Oriental", not "de la région L'Oriental");
the loader upserts, so nothing doubles."""

from django.db import migrations


def load(apps, schema_editor):
    from events.gazetteer_data import load_reference_data

    load_reference_data(apps)


class Migration(migrations.Migration):
    dependencies = [("events", "0013_meeting_categories")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=True)]
