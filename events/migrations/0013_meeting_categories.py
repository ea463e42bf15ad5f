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


def rebuild_counts(apps, schema_editor):
    from events import counts

    counts.rebuild(apps=apps)


class Migration(migrations.Migration):
    dependencies = [("events", "0012_meeting_category_date_end")]

    operations = [
        migrations.RunPython(assign, migrations.RunPython.noop),
        migrations.RunPython(rebuild_counts, migrations.RunPython.noop),
    ]
