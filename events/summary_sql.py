"""A list's facet rows and total from the summary tables (events.counts), as plain SQL.

A list page sums over the summary tables once per facet: composing, cloning and compiling a
queryset for each cost as much as running them (about 1 ms a query at 1M). The statement of
each (facet, table, filters in use) is written once and kept; a request only binds its values.
Which table counts which filters is events.counts's rule (`counts.facet_table`).
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache

from django.db import connection, connections, router

from events import categories, counts
from events.i18n import is_french, localised
from events.prepared import prepared

# The facets whose values are reference rows: the summary table's key column that leads to
# them, then (for a province) the city's.
_REFERENCED = ("region", "province", "city", "chamber", "partner", "programme")


def _column(model, key: str) -> str:
    return connection.ops.quote_name(model._meta.get_field(key).column)


def _shape(filters: dict) -> tuple:
    """What a statement depends on: the filters in use, and a province's number of cities."""
    return tuple(
        (key, len(counts.province_cities(value)) if key == "province" else 0)
        for key, value in sorted(filters.items())
    )


def _params(filters: dict) -> list:
    """The values of `_where`'s placeholders, in its order (the filters sorted by name)."""
    params: list = []
    for key, value in sorted(filters.items()):
        if key == "province":
            params += counts.province_cities(value)
        else:
            params.append(getattr(value, "pk", value))
    return params


def _where(model, shape: tuple) -> list[str]:
    table = connection.ops.quote_name(model._meta.db_table)
    conditions = []
    for key, size in shape:
        if key == "province":
            marks = ", ".join(["%s"] * size)
            conditions.append(f"{table}.{_column(model, 'city')} IN ({marks})")
        elif key in ("year__gte", "year__lte"):
            operator = ">=" if key == "year__gte" else "<="
            conditions.append(f"{table}.{_column(model, 'year')} {operator} %s")
        else:
            conditions.append(f"{table}.{_column(model, key)} = %s")
    return conditions


@lru_cache(maxsize=512)
def _facet_sql(model, name: str, shape: tuple, limit: int | None) -> str:
    """One facet's statement: (value, Arabic name, French name, count) rows in the facet's
    order (regions in the official order, the others by count, then by name)."""
    q = connection.ops.quote_name
    table = q(model._meta.db_table)
    where = _where(model, shape)
    if name == "kind":
        kind = f"{table}.{_column(model, 'kind')}"
        select = f"SELECT {kind}, NULL, NULL, SUM({table}.{q('count')}) AS n FROM {table}"
        where.append(f"NOT ({kind} = '')")
        sql = f"{select} WHERE {' AND '.join(where)} GROUP BY {kind} ORDER BY n DESC, {kind} ASC"
    else:
        # Summed per key first (an integer), then named: grouping thousands of joined rows by
        # their names took twice as long (partners unfiltered: 4.0 against 1.8 ms at 1M).
        key = "city" if name == "province" else name
        column = f"{table}.{_column(model, key)}"
        where.append(f"{column} IS NOT NULL")
        summed = (
            f"(SELECT {column} AS k, SUM({table}.{q('count')}) AS n FROM {table}"
            f" WHERE {' AND '.join(where)} GROUP BY {column}) AS s"
        )
        reference = model._meta.get_field(key).related_model
        joined = q(reference._meta.db_table)
        joins = f"INNER JOIN {joined} ON (s.k = {joined}.{q('id')})"
        if name == "province":
            city, reference = joined, reference._meta.get_field("province").related_model
            joined = q(reference._meta.db_table)
            joins += f" INNER JOIN {joined} ON ({city}.{q('province_id')} = {joined}.{q('id')})"
        names = ", ".join(f"{joined}.{q(field)}" for field in ("slug", "name_ar", "name_fr"))
        if name == "region":
            code = f"{joined}.{q('code')}"
            tail = f"GROUP BY {names}, {code} ORDER BY {code} ASC"
        else:
            tail = f"GROUP BY {names} ORDER BY n DESC, {joined}.{q('name_ar')} ASC"
        sql = f"SELECT {names}, SUM(s.n) AS n FROM {summed} {joins} {tail}"
    return sql if limit is None else f"{sql} LIMIT {int(limit)}"


@lru_cache(maxsize=512)
def _total_sql(model, shape: tuple) -> str:
    table = connection.ops.quote_name(model._meta.db_table)
    where = _where(model, shape)
    count = connection.ops.quote_name("count")
    return f"SELECT SUM({table}.{count}) FROM {table}" + (
        f" WHERE {' AND '.join(where)}" if where else ""
    )


def _empty_province(filters: dict) -> bool:
    # A province without cities gives no meeting (and an `IN ()` no statement).
    province = filters.get("province")
    return province is not None and not counts.province_cities(province)


@contextmanager
def _reading(model):
    """A cursor on the database the router reads the model from (a replica when there is
    one), as the querysets these statements stand for would; its statements prepared
    (events.prepared): their plans do not depend on the values bound, and planning the join
    and the grouping was most of each one's 1–2 ms at 1M meetings."""
    using = router.db_for_read(model)
    with prepared(using), connections[using].cursor() as cursor:
        yield cursor


def facet_rows(name: str, filters: dict, limit: int | None) -> list[tuple[str, str, int]] | None:
    """(value, label, count) of facet `name` over the published meetings of every filter but
    its own (events.counts.facet's), `limit` at most; None when no summary table holds them."""
    model, active = counts.facet_table(name, filters)
    if model is None:
        return None
    if _empty_province(active):
        return []
    sql = _facet_sql(model, name, _shape(active), limit)
    with _reading(model) as cursor:
        cursor.execute(sql, _params(active))
        rows = cursor.fetchall()
    if name == "kind":
        return [(kind, categories.label(kind), n) for kind, _ar, _fr, n in rows]
    french = is_french()
    return [(slug, localised(ar, fr, french=french), n) for slug, ar, fr, n in rows]


def total(filters: dict) -> int | None:
    """How many published meetings the filters give, or None when no summary table holds them
    (events.counts.facet_table)."""
    model, active = counts.facet_table(None, filters)
    if model is None:
        return None
    if _empty_province(active):
        return 0
    with _reading(model) as cursor:
        cursor.execute(_total_sql(model, _shape(active)), _params(active))
        return cursor.fetchone()[0] or 0
