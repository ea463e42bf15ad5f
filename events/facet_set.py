"""The facets and total of a list whose filters leave few meetings: one set, counted once.

Where no summary table holds the filters (part of a year, a partner with a programme and
another filter) and no search is in them, each facet used to read its own window of the newest
meetings that every other filter gives: with every filter at once, eight index walks that
checked each row's partners and programmes (25 queries, 186 ms of SQL at 1M meetings).

Every facet's meetings pass every filter but one, its own: so all of them pass one of any two
filters. The meetings of the two most selective place or chamber filters (counted first from
the summary tables, whole years around the dates) within the date filters are walked once;
the database tells of each which filters it fails and returns those failing one at most, and
each facet is counted from them in Python: exactly, not from a window, in a few queries.
"""

from __future__ import annotations

import datetime
import functools
import operator
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Case, Exists, Q, Value, When

from events import categories, counts, summary_sql
from events.i18n import localised
from events.models import (
    MAX_DAYS,
    Chamber,
    City,
    Meeting,
    MeetingPartner,
    Partner,
    Programme,
    Province,
    Region,
)

# How many meetings the filters read may give together (whole years, from the summary tables)
# for their set to be read: the database walks them (about 1 µs a meeting, each one's partner
# and programme probed) and returns the few that fail one filter at most. Beyond it, the
# windows (at 1M meetings, 15,500 such meetings read took 55 ms, their windows 75-95 ms).
SET_LIMIT = 20_000
# The filters a facet is counted for, and the model of its values.
MODELS = {
    "region": Region,
    "province": Province,
    "city": City,
    "chamber": Chamber,
    "partner": Partner,
    "programme": Programme,
}
FACET_FILTERS = (*MODELS, "kind")
# The filters whose meetings of a span of dates are an index range (meeting_*_status_date,
# meeting_city_recent): the set is read through two of them. A partner's or a programme's are
# a link table's rows, each meeting then read by id (25,000 of them for the busiest partner),
# and a kind has no index with the date.
INDEXED = ("city", "province", "chamber", "region")


@dataclass
class Row:
    pk: int
    date: datetime.date | None
    region: int | None
    city: int | None
    chamber: int
    kind: str
    # The bits (FilteredSet.bits) of the active filters the meeting fails: at most one, as
    # only such meetings are read.
    failed: int = 0
    # Its partners and programmes: read only for the meetings their facets count.
    partners: set[int] = field(default_factory=set)
    programmes: set[int] = field(default_factory=set)


def _years(cleaned: dict) -> dict:
    """The whole years a summary table must sum to hold every meeting of the date filters
    (a meeting of several days counts in the year it began, up to MAX_DAYS before)."""
    years = {}
    start, end = cleaned.get("date_from"), cleaned.get("date_to")
    if start:
        years["year__gte"] = (start - datetime.timedelta(days=MAX_DAYS)).year
    if end:
        years["year__lte"] = end.year
    return years


class FilteredSet:
    """The meetings of one list's filters but one, read once (see the module)."""

    def __init__(self, filterset, active: dict, rows: list[Row], province_of: dict[int, int]):
        self.filterset = filterset
        self.active = active
        self.rows = rows
        self.province_of = province_of
        self.failure_bits = self.bits(active)

    @staticmethod
    def bits(active: dict) -> dict[str, int]:
        """Each active filter's bit in a row's `failed`."""
        return {name: 1 << i for i, name in enumerate(active)}

    def _value(self, row: Row, name: str):
        if name == "province":
            return self.province_of.get(row.city)
        return {"kind": row.kind}.get(name, getattr(row, name, None))

    def matching(self, exclude: str | None = None) -> list[Row]:
        """The rows every active filter but `exclude` lets through."""
        allowed = self.failure_bits.get(exclude, 0)
        return [row for row in self.rows if row.failed | allowed == allowed]

    @property
    def total(self) -> int:
        return len(self.matching())

    def newest_ids(self) -> list[int]:
        """The ids of the meetings every filter gives, in the public order (newest first,
        undated last)."""
        rows = sorted(
            self.matching(), key=lambda r: (r.date is not None, r.date, r.pk), reverse=True
        )
        return [r.pk for r in rows]

    def _read_links(self, name: str, rows: list[Row]) -> None:
        by_id = {row.pk: row for row in rows}
        if not by_id:
            return
        if name == "partner":
            links = MeetingPartner.objects.filter(meeting_id__in=by_id)
            for meeting, partner in links.values_list("meeting_id", "partner_id"):
                by_id[meeting].partners.add(partner)
        else:
            links = Meeting.programmes.through.objects.filter(meeting_id__in=by_id)
            for meeting, programme in links.values_list("meeting_id", "programme_id"):
                by_id[meeting].programmes.add(programme)

    def facet_rows(self, name: str, limit: int) -> list[tuple[str, str, int]]:
        """(value, label, count) of a facet, in the order of MeetingFacets._facet_rows."""
        counted: Counter = Counter()
        rows = self.matching(exclude=name)
        if name in ("partner", "programme"):
            self._read_links(name, rows)
        for row in rows:
            if name == "partner":
                counted.update(row.partners)
            elif name == "programme":
                counted.update(row.programmes)
            else:
                value = self._value(row, name)
                if value is not None and value != "":
                    counted[value] += 1
        if name == "kind":
            ordered = sorted(counted.items(), key=lambda item: (-item[1], item[0]))[:limit]
            return [(kind, categories.label(kind), n) for kind, n in ordered]
        model = MODELS[name]
        fields = ["pk", "slug", "name_ar", "name_fr"] + (["code"] if name == "region" else [])
        selected = self.active.get(name)
        if selected is not None and set(counted) <= {selected.pk}:
            # Only the value filtered by, which the form has read: no query for its name.
            names = {selected.pk: tuple(getattr(selected, f) for f in fields[1:])}
        else:
            names = {
                values[0]: values[1:]
                for values in model.objects.filter(pk__in=counted).values_list(*fields)
            }
        if name == "region":
            ordered = sorted(counted.items(), key=lambda item: names[item[0]][3])
        else:
            ordered = sorted(counted.items(), key=lambda item: (-item[1], names[item[0]][1]))
            ordered = ordered[:limit]
        return [(names[pk][0], localised(names[pk][1], names[pk][2]), n) for pk, n in ordered]


def _passes(name: str, value) -> Q | Exists:
    """The condition a meeting meets to pass one active filter."""
    if name == "partner":
        return Meeting.objects.has_partner(value)
    if name == "programme":
        return Meeting.objects.has_programme(value)
    if name == "kind":
        return Q(category=value)
    if name == "province":
        return Q(city__in=counts.province_cities(value))
    return Q(**{name: value.pk})


def _covering(active: dict, a: str, b: str) -> tuple[str, ...]:
    """The filters whose meetings hold those of both `a` and `b`: a city's meetings are among
    its province's (the province filter is its cities), so a city with its own province, as a
    reader gets them by choosing a province then one of its cities, is read once."""
    if {a, b} == {"city", "province"} and active["city"].province_id == active["province"].pk:
        return ("province",)
    return (a, b)


def filtered_set(filterset) -> FilteredSet | None:
    """The set of a list's filters, when no search is in them, at least two filters a facet
    counts are in use, and the two most selective give at most SET_LIMIT meetings; else None."""
    cleaned = filterset.form.cleaned_data
    if cleaned.get("q"):
        return None
    active = {n: cleaned[n] for n in FACET_FILTERS if cleaned.get(n) not in (None, "")}
    if len(active) < 2:
        return None
    years = _years(cleaned)
    sizes = sorted(
        (summary_sql.total({name: active[name], **years}), name)
        for name in INDEXED
        if name in active
    )
    if len(sizes) < 2:
        return None
    (first, a), (second, b) = sizes[:2]
    read = _covering(active, a, b)
    if (second if read == (b,) else first + second) > SET_LIMIT:
        return None
    base = filterset.queryset
    for name in ("date_from", "date_to"):
        if cleaned.get(name) is not None:
            base = filterset.filters[name].filter(base, cleaned[name])
    columns = ["pk", "date", "region_id", "city_id", "chamber_id", "category"]
    bits = FilteredSet.bits(active)
    # Each row's failed filters, summed in the database, and only the rows that fail one at
    # most: no facet counts the others (a facet's meetings pass every filter but its own),
    # and building and testing them in Python was most of a page (6,500 rows: 45 ms).
    failed = functools.reduce(
        operator.add,
        (
            Case(When(_passes(name, value), then=Value(0)), default=Value(bits[name]))
            for name, value in active.items()
        ),
    )
    rows = {}
    # One query per filter, not one of either: each is then a range of its covering index
    # (meeting_city_recent and the like, migration 0019) read without the table, where their
    # OR was a bitmap of both that read every meeting's page (1,075 pages for 820 rows).
    for name in read:
        found = filterset.filters[name].filter(base, active[name]).order_by()
        found = found.annotate(failed=failed).filter(failed__in=[0, *bits.values()])
        for pk, *values in found.values_list(*columns, "failed"):
            if pk not in rows:
                rows[pk] = Row(pk, *values)
    # The province facet counts each meeting's city's province.
    cities = {row.city for row in rows.values() if row.city is not None}
    province_of = dict(City.objects.filter(pk__in=cities).values_list("pk", "province_id"))
    return FilteredSet(filterset, active, list(rows.values()), province_of)
