"""The fishing chambers serve the regions of their whole coast (gazetteer_data.FISHING_CHAMBERS:
the Atlantic North chamber's area runs to Safi and along the north's Atlantic shore), and towns
get the nicknames the press calls them by (الحمامة البيضاء، العاصمة الإسماعيلية). Only missing
regions and aliases are added: those editors set stay."""

from django.db import migrations


def add_served_regions(apps, schema_editor):
    from events.gazetteer_data import reference_rows

    Chamber = apps.get_model("events", "Chamber")
    Region = apps.get_model("events", "Region")
    regions = {r.code: r for r in Region.objects.all()}
    for row in reference_rows().chambers:
        if row["kind"] != "peche":
            continue
        chamber = Chamber.objects.filter(slug=row["slug"]).first()
        if chamber is None:
            continue
        have = set(chamber.regions.values_list("code", flat=True))
        missing = [regions[c] for c in row["region_codes"] if c not in have and c in regions]
        if missing:
            chamber.regions.add(*missing)


def add_city_aliases(apps, schema_editor):
    from events.gazetteer_data import reference_rows

    City = apps.get_model("events", "City")
    wanted = {row["code"]: row["aliases"] for row in reference_rows().cities}
    for city in City.objects.filter(code__in=list(wanted)):
        missing = [a for a in wanted[city.code] if a not in city.aliases]
        if missing:
            city.aliases = [*city.aliases, *missing]
            city.save(update_fields=["aliases"])


class Migration(migrations.Migration):
    dependencies = [("events", "0020_former_region_names")]

    operations = [
        migrations.RunPython(add_served_regions, migrations.RunPython.noop, elidable=True),
        migrations.RunPython(add_city_aliases, migrations.RunPython.noop, elidable=True),
    ]
