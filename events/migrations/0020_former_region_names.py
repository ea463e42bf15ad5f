"""Pre-2015 region names (تادلة أزيلال, دكالة عبدة, مكناس تافيلالت …) as aliases of today's
regions and of each region's council, wilaya and investment centre. Only missing aliases are
added: those editors gave stay."""

from django.db import migrations


def add_aliases(apps, schema_editor):
    from events.gazetteer_data import reference_rows

    rows = reference_rows()
    for model, key, entries in (
        (apps.get_model("events", "Region"), "code", rows.regions),
        (apps.get_model("events", "Partner"), "slug", rows.partners),
    ):
        wanted = {row[key]: row["aliases"] for row in entries}
        for obj in model.objects.filter(**{f"{key}__in": list(wanted)}):
            missing = [a for a in wanted[getattr(obj, key)] if a not in obj.aliases]
            if missing:
                obj.aliases = [*obj.aliases, *missing]
                obj.save(update_fields=["aliases"])


class Migration(migrations.Migration):
    dependencies = [("events", "0019_covering_place_indexes")]

    operations = [migrations.RunPython(add_aliases, migrations.RunPython.noop, elidable=True)]
