"""The pre-2015 region تادلة أزيلال as the press also spells it (تادلا أزيلال): an alias of
Béni Mellal-Khénifra and of its council, wilaya and investment centre, added as migration 0020
adds the others (only what is missing)."""

import importlib

from django.db import migrations

former_names = importlib.import_module("events.migrations.0020_former_region_names")


class Migration(migrations.Migration):
    dependencies = [("events", "0025_covering_summary_indexes")]

    operations = [
        migrations.RunPython(former_names.add_aliases, migrations.RunPython.noop, elidable=True)
    ]
