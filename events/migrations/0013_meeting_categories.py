"""Existing meetings get the category their kind phrase (and, when it says too little, their
article's text) maps to, through the frozen copy of the mapping beside this file; then the
summary tables, which now count by category, are rebuilt."""

from django.db import migrations

from events.migrations._categories_0013 import categorise

BATCH = 2000


def assign(apps, schema_editor):
    Meeting = apps.get_model("events", "Meeting")
    rows = Meeting.objects.order_by("pk").values_list("pk", "kind", "article__text")
    changed = []
    for pk, kind, text in rows.iterator(chunk_size=BATCH):
        category = categorise(kind or "", text or "")
        if category != "other":
            changed.append(Meeting(pk=pk, category=category))
        if len(changed) >= BATCH:
            Meeting.objects.bulk_update(changed, ["category"])
            changed = []
    Meeting.objects.bulk_update(changed, ["category"])


# The build of the summary tables, frozen as it was when this migration was written (the live
# events.counts may change; a migration must not): each table's keys and owner, then the
# INSERT … SELECT … GROUP BY that fills it. `kind` counts by category from here on.
TABLES = {
    "RegionMeetingCount": (("region", "chamber", "kind", "year"), None),
    "CityYearCount": (("region", "city", "year"), None),
    "PartnerProgrammeCount": (("partner", "programme"), "partner"),
    "PartnerPairCount": (("partner", "other"), "partner"),
    "MeetingCount": (("region", "chamber", "city", "kind", "year"), None),
    "PartnerRegionCount": (("partner", "region", "year"), "partner"),
    "ProgrammeRegionCount": (("programme", "region", "year"), "programme"),
    "ProgrammeMeetingCount": (("programme", "region", "chamber", "kind", "year"), "programme"),
    "PartnerMeetingCount": (("partner", "region", "chamber", "kind", "year"), "partner"),
    "PartnerPlaceCount": (("partner", "region", "city", "year"), "partner"),
    "ProgrammeCityCount": (("programme", "region", "chamber", "city", "kind", "year"), "programme"),
    "PartnerCityCount": (("partner", "region", "chamber", "city", "kind", "year"), "partner"),
}
# Keys of a partner's table that are another relation of the same meeting (pair tables).
PAIRED = {"programme": "meeting__programmes", "other": "meeting__partner_roles__partner"}


def _grouped(apps, keys, owner):
    """The published meetings' groups of these keys, with their counts: a SELECT whose columns
    are the keys in order, then the count."""
    from django.db.models import Count, F, Q
    from django.db.models.functions import ExtractYear

    meeting = apps.get_model("events", "Meeting")
    if owner is None:
        qs, prefix = meeting.objects.all(), ""
    elif owner == "partner":
        qs, prefix = apps.get_model("events", "MeetingPartner").objects.all(), "meeting__"
    else:
        qs, prefix = meeting.programmes.through.objects.all(), "meeting__"
    annotations = {}
    for key in keys:
        if key == owner:
            annotations[f"k_{key}"] = F(f"{key}_id")
        elif key == "year":
            annotations["k_year"] = ExtractYear(f"{prefix}date")
        elif key == "kind":
            annotations["k_kind"] = F(f"{prefix}category")
        elif owner == "partner" and key in PAIRED:
            annotations[f"k_{key}"] = F(PAIRED[key])
        else:
            annotations[f"k_{key}"] = F(f"{prefix}{key}_id")
    qs = qs.order_by().annotate(**annotations)
    if "other" in keys:
        qs = qs.filter(k_other__isnull=False).filter(~Q(k_other=F("partner_id")))
    elif owner == "partner" and "programme" in keys:
        qs = qs.filter(k_programme__isnull=False)
    return (
        qs.filter(**{f"{prefix}status": "published"})
        .values(*(f"k_{key}" for key in keys))
        .annotate(n=Count("pk"))
    )


def rebuild(apps, schema_editor, tables):
    """Each table emptied and filled with one INSERT … SELECT … GROUP BY."""
    connection = schema_editor.connection
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for name, (keys, owner) in tables.items():
            model = apps.get_model("events", name)
            sql, params = _grouped(apps, keys, owner).query.sql_with_params()
            columns = [model._meta.get_field(key).column for key in keys] + ["count"]
            table = quote(model._meta.db_table)
            cursor.execute(f"DELETE FROM {table}")
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(quote(c) for c in columns)}) {sql}", params
            )


def rebuild_counts(apps, schema_editor):
    rebuild(apps, schema_editor, TABLES)


class Migration(migrations.Migration):
    dependencies = [("events", "0012_meeting_category_date_end")]

    operations = [
        migrations.RunPython(assign, migrations.RunPython.noop),
        migrations.RunPython(rebuild_counts, migrations.RunPython.noop),
    ]
