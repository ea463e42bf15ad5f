"""The summary tables (events.counts) kept current by the difference each write makes.

What a meeting counts for follows from the meeting itself: one group per table without an
owner (its region, chamber, city, category and year), one per partner role in the partner
tables (with each programme, or each other partner, in the pair tables), one per programme
link in the programme tables. The written meetings' rows and links are read in two queries
(`facts`), their groups computed here (`tally`: the rows the rebuild's GROUP BY,
counts.grouped, counts for them), and the difference is written in two statements for every
table at once (`apply`). tests/events/test_count_upkeep.py compares `tally` with the GROUP BY
on meetings of every shape, and every write with a rebuild.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.apps import apps as global_apps
from django.db import connection
from django.db.models import IntegerField, Value

from events import counts

PUBLISHED = "published"
# Groups per pair of statements: a few hundred parameters each (SQLite allows 32,766), and a
# publish touches 10 to 60 groups.
CHUNK = 400


@dataclass(frozen=True)
class Facts:
    """One meeting as the summary tables see it."""

    status: str
    region: int | None
    chamber: int
    city: int | None
    kind: str
    year: int | None
    partners: tuple[int, ...]
    programmes: tuple[int, ...]


def facts(
    meeting_ids: Iterable[int], *, lock: bool = False, published_only: bool = False
) -> dict[int, Facts]:
    """The meetings' fields, partners and programmes: one query of the meetings (their rows
    locked until the transaction ends with `lock`), one of the links of those kept (the
    published ones with `published_only`), none of them when none is kept."""
    from events.models import Meeting, MeetingPartner

    ids = sorted({int(pk) for pk in meeting_ids})
    if not ids:
        return {}
    rows = Meeting.objects.filter(pk__in=ids).order_by("pk")
    if lock:
        rows = rows.select_for_update()
    fields = "pk", "status", "region_id", "chamber_id", "city_id", "category", "date"
    meetings = [
        row for row in rows.values_list(*fields) if not published_only or row[1] == PUBLISHED
    ]
    if not meetings:
        return {}
    kept = [row[0] for row in meetings]
    partners: dict[int, list[int]] = defaultdict(list)
    programmes: dict[int, list[int]] = defaultdict(list)
    roles = (
        MeetingPartner.objects.filter(meeting_id__in=kept)
        .order_by()
        .annotate(owner=Value(0, output_field=IntegerField()))
        .values_list("meeting_id", "partner_id", "owner")
    )
    links = (
        Meeting.programmes.through.objects.filter(meeting_id__in=kept)
        .order_by()
        .annotate(owner=Value(1, output_field=IntegerField()))
        .values_list("meeting_id", "programme_id", "owner")
    )
    for meeting, other, owner in roles.union(links, all=True):
        (programmes if owner else partners)[meeting].append(other)
    return {
        pk: Facts(
            status=status,
            region=region,
            chamber=chamber,
            city=city,
            kind=kind,
            year=date.year if date is not None else None,
            partners=tuple(sorted(partners[pk])),
            programmes=tuple(sorted(programmes[pk])),
        )
        for pk, status, region, chamber, city, kind, date in meetings
    }


def _owned(keys: tuple[str, ...], owner: str | None, meeting: Facts) -> list[dict]:
    """The owner's part of each row the meeting has in a table (counts._source): one row, one
    per partner role (with each programme, or each other partner), one per programme."""
    if owner is None:
        return [{}]
    if owner == "programme":
        return [{"programme": programme} for programme in meeting.programmes]
    if "other" in keys:
        return [
            {"partner": partner, "other": other}
            for partner in meeting.partners
            for other in meeting.partners
            if other != partner
        ]
    if "programme" in keys:
        return [
            {"partner": partner, "programme": programme}
            for partner in meeting.partners
            for programme in meeting.programmes
        ]
    return [{"partner": partner} for partner in meeting.partners]


def tally(meetings: Iterable[Facts], *, published_only: bool = True) -> Counter[counts.Key]:
    """What these meetings count in each group of each table (the published ones only,
    unless told): the rows a rebuild would count for them."""
    found: Counter[counts.Key] = Counter()
    for meeting in meetings:
        if published_only and meeting.status != PUBLISHED:
            continue
        own = {
            "region": meeting.region,
            "chamber": meeting.chamber,
            "city": meeting.city,
            "kind": meeting.kind,
            "year": meeting.year,
        }
        for name, (keys, owner) in counts.SUMMARIES.items():
            for part in _owned(keys, owner, meeting):
                row = {**own, **part}
                found[(name, tuple(row[key] for key in keys))] += 1
    return found


def keys_of(meeting_ids: Iterable[int]) -> set[counts.Key]:
    """The groups these meetings are in now, whatever their status (a draft's groups are
    where it will count once published, and recounting a group is always right)."""
    return set(tally(facts(meeting_ids).values(), published_only=False))


def apply(before: Counter[counts.Key], after: Counter[counts.Key]) -> None:
    """Add to each group what the write changed in it: `after` minus `before`, the tallies of
    the written meetings once written and as they were before, read under the lock of their
    rows (events.writes), so that the difference is exactly the write's.

    Two statements for every table touched (per CHUNK groups): one reading the stored row of
    each group, one writing their new counts, deleting those at zero and inserting the new
    ones. A group that would go below zero is stale (rows written behind the write path's
    back): it is recounted (counts.refresh).
    """
    delta = {key: after[key] - before[key] for key in before.keys() | after.keys()}
    groups = sorted(((key, change) for key, change in delta.items() if change), key=repr)
    if not groups:
        return
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [counts.LOCK_ID])
    stale: list[counts.Key] = []
    for start in range(0, len(groups), CHUNK):
        stale += _apply(groups[start : start + CHUNK])
    if stale:
        counts.refresh(stale)


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def _match(model, values: tuple) -> tuple[str, list]:
    """SQL of one group's row (IS NULL for a missing key: the keys' indexes serve both)."""
    terms, params = [], []
    for key, value in zip(model.keys, values, strict=True):
        column = _quote(model._meta.get_field(key).column)
        if value is None:
            terms.append(f"{column} IS NULL")
        else:
            terms.append(f"{column} = %s")
            params.append(value)
    return " AND ".join(terms), params


def _stored(groups: list[tuple[counts.Key, int]]) -> dict[int, list[tuple[int, int]]]:
    """group's index → [(id, count)] of its stored rows (one, or none; more is stale), of
    every table in one query."""
    selects, params = [], []
    by_model: dict[str, list[int]] = defaultdict(list)
    for i, ((name, _values), _change) in enumerate(groups):
        by_model[name].append(i)
    for name, members in by_model.items():
        model = global_apps.get_model("events", name)
        cases, wheres, case_params, where_params = [], [], [], []
        for i in members:
            sql, values = _match(model, groups[i][0][1])
            cases.append(f"WHEN {sql} THEN {i}")
            wheres.append(f"({sql})")
            case_params += values
            where_params += values
        selects.append(
            f"SELECT CASE {' '.join(cases)} END, id, {_quote('count')}"
            f" FROM {_quote(model._meta.db_table)} WHERE {' OR '.join(wheres)}"
        )
        params += case_params + where_params
    found: dict[int, list[tuple[int, int]]] = defaultdict(list)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(selects), params)
        for i, pk, count in cursor.fetchall():
            found[i].append((pk, count))
    return found


def _apply(groups: list[tuple[counts.Key, int]]) -> list[counts.Key]:
    """Write one chunk's difference; returns the stale groups, left to a recount."""
    stored = _stored(groups)
    stale: list[counts.Key] = []
    updates: dict[str, list[tuple[int, int]]] = defaultdict(list)
    deletes: dict[str, list[int]] = defaultdict(list)
    inserts: dict[str, list[tuple]] = defaultdict(list)
    for i, (key, change) in enumerate(groups):
        name, values = key
        rows = stored.get(i, [])
        count = rows[0][1] if rows else 0
        if len(rows) > 1 or count + change < 0:
            stale.append(key)
        elif not rows:
            inserts[name].append((*values, change))
        elif count + change == 0:
            deletes[name].append(rows[0][0])
        else:
            updates[name].append((rows[0][0], count + change))
    statements: list[tuple[str, list]] = []
    for name in sorted(updates.keys() | deletes.keys() | inserts.keys()):
        model = global_apps.get_model("events", name)
        table, count = _quote(model._meta.db_table), _quote("count")
        if updates[name]:
            cases = " ".join(["WHEN %s THEN %s"] * len(updates[name]))
            marks = ", ".join(["%s"] * len(updates[name]))
            statements.append(
                (
                    f"UPDATE {table} SET {count} = CASE id {cases} END WHERE id IN ({marks})",
                    [v for row in updates[name] for v in row] + [pk for pk, _n in updates[name]],
                )
            )
        if deletes[name]:
            marks = ", ".join(["%s"] * len(deletes[name]))
            statements.append((f"DELETE FROM {table} WHERE id IN ({marks})", deletes[name]))
        if inserts[name]:
            columns = [_quote(model._meta.get_field(key).column) for key in model.keys]
            row = "(" + ", ".join(["%s"] * (len(columns) + 1)) + ")"
            statements.append(
                (
                    f"INSERT INTO {table} ({', '.join(columns)}, {count})"
                    f" VALUES {', '.join([row] * len(inserts[name]))}",
                    [v for values in inserts[name] for v in values],
                )
            )
    _execute(statements)
    return stale


def _execute(statements: list[tuple[str, list]]) -> None:
    """The statements, as one on PostgreSQL (each in a WITH but the last: they touch
    different rows, so the order in which it runs them does not matter)."""
    if not statements:
        return
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            for sql, params in statements:
                cursor.execute(sql, params)
            return
        *first, (last, last_params) = statements
        withs = ", ".join(f"w{i} AS ({sql})" for i, (sql, _p) in enumerate(first))
        params = [v for _sql, p in first for v in p] + list(last_params)
        cursor.execute(f"WITH {withs} {last}" if withs else last, params)
