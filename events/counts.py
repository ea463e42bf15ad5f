"""Summary tables of published meetings (events.models.*MeetingCount): built, and kept current.

A facet over a million meetings is a GROUP BY over every meeting the other filters leave
(seconds); over these tables it is a sum over a few thousand rows. They are kept current by
the *difference* a write makes (events.count_upkeep), which reads only the written meetings;
a group that would go below zero is recounted (`refresh`: one index-backed COUNT), and
`rebuild_counts` rebuilds them all from the meetings. The test suite's guard compares them
with a rebuild after every test.

Each table's keys are declared on its model (`keys`, `owner`); this module derives the rest.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.apps import apps as global_apps
from django.db import connection
from django.db.models import (
    Count,
    F,
    Q,
    QuerySet,
)
from django.db.models.functions import ExtractYear


def _summaries() -> dict[str, tuple[tuple[str, ...], str | None]]:
    """model name → (its key fields, the owner: partner or programme, else None), as each
    summary model declares them (`keys`, `owner`), in the order events.models defines them:
    smallest first for each owner, the order in which table_for tries them."""
    from events.models import CountBase

    return {model.__name__: (model.keys, model.owner) for model in CountBase.__subclasses__()}


SUMMARIES = _summaries()


def table_for(needed: set[str]):
    """The smallest summary model that has every key in `needed`, or None (a partner and a
    programme with any other key: no table holds them together)."""
    for name, (keys, owner) in SUMMARIES.items():
        # A table of partners (or of pairs) counts each meeting once per partner (pair):
        # only for a query about a partner (that pair).
        owned = {key for key in keys if owner == "partner" and key in _PAIRED}
        if owner is not None:
            owned.add(owner)
        if needed <= set(keys) and owned <= needed:
            return global_apps.get_model("events", name)
    return None


# The summary tables' key a filter or facet needs, where not its name.
FILTER_KEYS = {"province": "city", "year__gte": "year", "year__lte": "year"}


def province_cities(province) -> list[int]:
    """The ids of a province's cities, written into the queries that filter by them rather than
    a subquery: the planner then knows from its statistics of city_id how many rows they hold,
    and reads a small province's rows by index instead of walking every meeting in date order
    or scanning a whole summary table (120 ms and 50 ms at 1M meetings)."""
    # Kept on the instance: one page asks for them once per facet, and the form gives it one.
    cached = getattr(province, "_city_ids", None)
    if cached is None:
        cached = province._city_ids = list(province.cities.values_list("pk", flat=True))
    return cached


def facet_table(name: str | None, filters: dict) -> tuple[type | None, dict]:
    """The summary model that counts facet `name` (None: the total) under `filters` (see
    `facet`), or None; and the filters it applies: every one but `name`'s."""
    active = {key: value for key, value in filters.items() if key != name}
    needed = {FILTER_KEYS.get(key, key) for key in active}
    if name is not None:
        needed.add(FILTER_KEYS.get(name, name))
    return table_for(needed), active


def facet(name: str | None, filters: dict) -> QuerySet | None:
    """The summary rows that count the published meetings of every filter but `name`, from the
    smallest table that has every key they need and `name`'s (its rows carry it: a facet); None
    when no table does (a partner with a programme and another key).

    `filters`: {region, province, city, chamber, partner, programme, kind: the value (a row or
    the kind's text), year__gte, year__lte: a year}, the filters in use; `name`: one of those
    or "year" or "other" (a partner's co-partners), or None for the total."""
    model, active = facet_table(name, filters)
    if model is None:
        return None
    rows = model.objects.order_by()
    province = active.pop("province", None)
    if province is not None:
        rows = rows.filter(city__in=province_cities(province))
    return rows.filter(**active)


# Keys of a partner's table that are another relation of the same meeting (pair tables).
_PAIRED = {"programme": "meeting__programmes", "other": "meeting__partner_roles__partner"}

# One key of one group: (model name, the key's values in SUMMARIES order).
Key = tuple[str, tuple]
# Refreshes by two transactions are serialised by this lock (PostgreSQL, taken until the
# transaction ends): the second one's COUNTs run after the first one committed and, at READ
# COMMITTED (Django's default), see its rows; else each could count without the other's
# meeting and the last to write would leave its group one short.
LOCK_ID = 0x6D756C74  # "mult"


def _source(name: str) -> QuerySet:
    """Rows of the meetings, one per (meeting, owner) when there is an owner, annotated with
    the keys as k_<key>, in SUMMARIES order (the order of the SELECT's columns)."""
    keys, owner = SUMMARIES[name]
    meeting = global_apps.get_model("events", "Meeting")
    if owner is None:
        qs, prefix = meeting.objects.all(), ""
    elif owner == "partner":
        qs, prefix = global_apps.get_model("events", "MeetingPartner").objects.all(), "meeting__"
    else:
        qs, prefix = meeting.programmes.through.objects.all(), "meeting__"
    annotations = {}
    for key in keys:
        if key == owner:
            annotations[f"k_{key}"] = F(f"{key}_id")
        elif key == "year":
            annotations["k_year"] = ExtractYear(f"{prefix}date")
        elif key == "kind":
            # The `kind` filter and facet are by category, not the article's free phrase.
            annotations["k_kind"] = F(f"{prefix}category")
        elif owner == "partner" and key in _PAIRED:
            annotations[f"k_{key}"] = F(_PAIRED[key])
        else:
            annotations[f"k_{key}"] = F(f"{prefix}{key}_id")
    qs = qs.order_by().annotate(**annotations)
    # Filters and counts name the pair through its annotation, so they reuse its one join
    # (a second join would count each meeting once per partner or programme it has).
    if "other" in keys:
        qs = qs.filter(k_other__isnull=False).filter(~Q(k_other=F("partner_id")))
    elif owner == "partner" and "programme" in keys:
        qs = qs.filter(k_programme__isnull=False)
    return qs, prefix


def _column(model, key: str) -> str:
    return model._meta.get_field(key).column


def grouped(name: str) -> QuerySet:
    """A fresh build of one table's rows: its keys (k_<key>, in the model's order), then n."""
    keys, _owner = SUMMARIES[name]
    source, prefix = _source(name)
    return (
        source.filter(**{f"{prefix}status": "published"})
        .values(*(f"k_{key}" for key in keys))
        .annotate(n=Count("pk"))
    )


def rebuild(*, names: Iterable[str] | None = None) -> dict[str, int]:
    """Every summary table (or those named) emptied and filled again, each with one
    INSERT … SELECT … GROUP BY. Returns the number of groups of each."""
    sizes = {}
    with connection.cursor() as cursor:
        for name in SUMMARIES if names is None else names:
            keys = SUMMARIES[name][0]
            model = global_apps.get_model("events", name)
            # Every key is an annotation, so the SELECT lists them in SUMMARIES order, then n:
            # the INSERT's columns below (test_counts compares a rebuild with the refreshes).
            sql, params = grouped(name).query.sql_with_params()
            columns = ", ".join(
                connection.ops.quote_name(c) for c in [*(_column(model, k) for k in keys), "count"]
            )
            table = connection.ops.quote_name(model._meta.db_table)
            cursor.execute(f"DELETE FROM {table}")
            cursor.execute(f"INSERT INTO {table} ({columns}) {sql}", params)
            sizes[name] = model.objects.count()
    return sizes


def _year_range(prefix: str, year: int | None) -> Q:
    # A range of dates, not EXTRACT(year), so that the (region, status, date) index serves it.
    if year is None:
        return Q(**{f"{prefix}date__isnull": True})
    return Q(
        **{
            f"{prefix}date__gte": datetime.date(year, 1, 1),
            f"{prefix}date__lte": datetime.date(year, 12, 31),
        }
    )


def _match(keys: tuple[str, ...], values: tuple, prefix: str) -> Q:
    """The source rows of one group; keys through their annotations (see _source)."""
    condition = Q()
    for key, value in zip(keys, values, strict=True):
        if key == "year":
            condition &= _year_range(prefix, value)
            continue
        field = f"k_{key}"
        condition &= Q(**{f"{field}__isnull": True} if value is None else {field: value})
    return condition


def refresh(keys: Iterable[Key]) -> None:
    """Recompute each group: one COUNT of its published meetings, its row replaced."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_ID])
    by_model: dict[str, list[tuple]] = {}
    for name, values in keys:
        by_model.setdefault(name, []).append(values)
    for name, groups in by_model.items():
        keys_, _owner = SUMMARIES[name]
        model = global_apps.get_model("events", name)
        source, prefix = _source(name)
        published = source.filter(**{f"{prefix}status": "published"})
        rows = []
        for values in sorted(groups, key=repr):
            n = published.filter(_match(keys_, values, prefix)).count()
            stored = {key: value for key, value in zip(keys_, values, strict=True)}
            model.objects.filter(_row(stored)).delete()
            if n:
                rows.append(model(count=n, **{_attr(model, k): v for k, v in stored.items()}))
        model.objects.bulk_create(rows)


def _row(stored: dict) -> Q:
    condition = Q()
    for key, value in stored.items():
        condition &= Q(**{f"{key}__isnull": True} if value is None else {key: value})
    return condition


def _attr(model, key: str) -> str:
    field = model._meta.get_field(key)
    return field.attname
