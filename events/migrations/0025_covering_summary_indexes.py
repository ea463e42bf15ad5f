"""The summary tables' indexes carry the table's other keys and its count, so that a list's
facet sums are read from an index alone.

A facet of one chamber's or one kind's list sums a summary table's rows of that chamber or
kind, grouped by the facet's key (events.summary_sql): through the single-column indexes of
migration 0006 and later, a bitmap of the rows and then each one's page (4,417 rows on 1,742
pages for one chamber's partners at 1M meetings, 7.5 ms; 1.5 ms from the index alone).
PostgreSQL only (`INCLUDE`); SQLite keeps the models' indexes as they are.
"""

from django.db import migrations


def _summaries(apps):
    return [
        model
        for model in apps.get_app_config("events").get_models()
        if model.__name__.endswith("Count") and any(f.name == "count" for f in model._meta.fields)
    ]


def _create(include: bool):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        quote = schema_editor.quote_name
        for model in _summaries(apps):
            columns = [f.column for f in model._meta.concrete_fields if not f.primary_key]
            for index in model._meta.indexes:
                keys = [model._meta.get_field(name).column for name in index.fields]
                covered = [c for c in columns if c not in keys]
                schema_editor.execute(f"DROP INDEX IF EXISTS {quote(index.name)}")
                schema_editor.execute(
                    f"CREATE INDEX {quote(index.name)} ON {quote(model._meta.db_table)} "
                    f"({', '.join(quote(c) for c in keys)})"
                    + (f" INCLUDE ({', '.join(quote(c) for c in covered)})" if include else "")
                )

    return run


class Migration(migrations.Migration):
    dependencies = [("events", "0024_postal_group_partners")]

    operations = [migrations.RunPython(_create(True), _create(False), elidable=False)]
