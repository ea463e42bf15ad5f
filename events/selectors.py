"""What the public pages read: the counts of the home and partner pages, a list's total, a
meeting's related meetings. Views parse the request, call these, and render."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import lru_cache

from django.db import connection, connections
from django.db.models import Count, Sum
from django.db.models.expressions import RawSQL

from events import counts, summary_sql
from events.filters import MeetingFilter
from events.i18n import is_french, localised
from events.models import Article, Meeting, MeetingPartner, Partner, Person, Programme
from events.prepared import prepared
from events.rows import ListRow

TOP_SIZE = 12
RELATED_SIZE = 5
# The newest meetings sharing the chamber, a partner or a programme (selectors.related_ids); a
# meeting with many partners looks at its first few only.
RELATED_PARTNERS = 4
RELATED_PROGRAMMES = 2


def named_counts(queryset, prefix: str, limit: int | None = None, counter=None) -> list[dict]:
    """[{slug, name, count}] of the meetings in `queryset` grouped by a related object
    (`counter`: Sum("count") when `queryset` is summary rows)."""
    slug, name_ar, name_fr = (f"{prefix}__slug", f"{prefix}__name_ar", f"{prefix}__name_fr")
    rows = (
        queryset.filter(**{f"{prefix}__isnull": False})
        .values(slug, name_ar, name_fr)
        .annotate(n=counter or Count("pk"))
        .order_by("-n", name_ar)
    )
    if limit:
        rows = rows[:limit]
    french = is_french()
    return [
        {
            "slug": r[slug],
            "name": localised(r[name_ar], r[name_fr], french=french),
            "count": r["n"],
        }
        for r in rows
    ]


def _summed(name: str, filters: dict, limit: int | None = None) -> list[dict]:
    return named_counts(counts.facet(name, filters), name, limit, counter=Sum("count"))


def _facet(name: str, filters: dict, limit: int | None = None) -> list[dict]:
    """`_summed` as plain SQL (events.summary_sql, in the same order): a statement written once
    and bound per request, summed per key before it is named (a busy partner's chambers, 4,000
    summary rows: 4 ms through the ORM's GROUP BY of their names, 2 ms so)."""
    rows = summary_sql.facet_rows(name, filters, limit)
    return [{"slug": slug, "name": label, "count": n} for slug, label, n in rows]


def home_counts() -> dict:
    """Meetings per region (all), and the chambers, partners and programmes with the most:
    sums over the summary tables (events.counts), not GROUP BYs over every meeting."""
    return {
        "regions": {r["slug"]: r["count"] for r in _summed("region", {})},
        "chambers": _summed("chamber", {}, TOP_SIZE),
        "partners": _summed("partner", {}, TOP_SIZE),
        "programmes": _summed("programme", {}, TOP_SIZE),
    }


def partner_counts(partner) -> dict:
    """A partner's meetings per year, region and chamber, and the partners met most often:
    sums over its summary rows, in three queries (its years and regions from the same rows of
    PartnerRegionCount: a few hundred for the busiest partner)."""
    mine = {"partner": partner}
    rows = (
        counts.facet("region", mine)
        .values_list("year", "region__slug", "region__name_ar", "region__name_fr", "count")
        # The regions' order for equal counts: their names', as named_counts sorts them.
        .order_by("region__name_ar", "year")
    )
    years: dict[int, int] = {}
    undated = 0
    regions: dict[str, dict] = {}
    french = is_french()
    for year, slug, name_ar, name_fr, n in rows:
        if year is None:
            undated += n
        else:
            years[year] = years.get(year, 0) + n
        if slug is not None:
            region = regions.setdefault(
                slug, {"slug": slug, "name": localised(name_ar, name_fr, french=french), "count": 0}
            )
            region["count"] += n
    return {
        "per_year": [{"year": year, "n": n} for year, n in sorted(years.items())],
        "undated": undated,
        # A stable sort: equal counts stay in the names' order.
        "regions": sorted(regions.values(), key=lambda region: -region["count"]),
        "chambers": _facet("chamber", mine),
        "co_partners": _facet("other", mine, 20),
    }


def list_total(filterset: MeetingFilter) -> tuple[int, bool]:
    """(how many meetings the filters give, whether that is only "more than" this many)."""
    summed = filterset.summary_total()
    if summed is not None:
        return summed, False
    if not filterset.is_bound:
        return filterset.qs.order_by().count(), False
    if not filterset.valid:
        return 0, False
    small = filterset.filtered_set()
    if small is not None:
        return small.total, False
    # The facets read the newest meetings anyway (MeetingFilter.newest): when they are all
    # there is, that is the total.
    newest = filterset.newest()
    if len(newest) <= filterset.window:
        return len(newest), False
    if filterset.has_query:
        # A common word matches a third of the meetings: counting them would read every one.
        return filterset.window, True
    # Filters without a search are index ranges: counted exactly.
    return filterset.filter_queryset_except(filterset.queryset, None).order_by().count(), False


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def related_ids(meeting_pk: int) -> RawSQL:
    """The meeting's id, then those of the newest published meetings sharing its chamber, one
    of its first partners or one of its first programmes (by id), in SQL of the meeting's id
    alone.

    The newest five of them all are the newest five of each one's newest five merged (as the
    page read them, one query each): one walk of the published meetings in date order, each
    checked against the three (a chamber's, partner's or programme's meetings are one in
    thirty to fifty at 1M meetings: some eighty rows walked, 0.5 ms planned and 0.8 run).
    `LIMIT 1 OFFSET 0` keeps each check a probe of the row's links: without it PostgreSQL
    hashes every link of those partners first (65,000 at 1M)."""
    meetings, roles = _table(Meeting), _table(MeetingPartner)
    links = _table(Meeting.programmes.through)

    def shares(table: str, column: str, first: int) -> str:
        return (
            f"EXISTS (SELECT 1 FROM {table} l WHERE l.meeting_id = m.id AND l.{column} IN ("
            f"SELECT {column} FROM {table} WHERE meeting_id = %s ORDER BY {column} LIMIT {first})"
            " LIMIT 1 OFFSET 0)"
        )

    return RawSQL(
        f"SELECT %s AS id UNION ALL SELECT id FROM (SELECT m.id FROM {meetings} m"
        " WHERE m.status = 'published' AND m.id <> %s"
        f" AND (m.chamber_id = (SELECT chamber_id FROM {meetings} WHERE id = %s)"
        f" OR {shares(roles, 'partner_id', RELATED_PARTNERS)}"
        f" OR {shares(links, 'programme_id', RELATED_PROGRAMMES)})"
        f" ORDER BY m.date DESC NULLS LAST, m.id DESC LIMIT {RELATED_SIZE}) AS related",
        [meeting_pk] * 5,
    )


_ROLES = dict(MeetingPartner.Role.choices)


@dataclass
class Named:
    """A partner or programme as a meeting's page prints it: its link and its name."""

    slug: str
    name_ar: str
    name_fr: str | None
    # A partner's role in the meeting (MeetingPartner.Role); None for a programme.
    role: str | None = None

    @property
    def name(self) -> str:
        return localised(self.name_ar, self.name_fr)

    def get_role_display(self) -> str:
        # As the model's get_role_display: the label, or the stored value when it has none.
        return str(_ROLES.get(self.role, self.role))


@dataclass
class MeetingPage:
    """A meeting's page: the meeting (a model, its region, city and chamber read with it), its
    related meetings as list rows, and what it lists, as plain values."""

    meeting: Meeting
    related: list[ListRow]
    partners: list[Named]
    programmes: list[Named]
    people: list[tuple[str, str]]  # (name, role)
    sources: list[tuple[str, str, datetime.date | None]]  # (source_url, outlet, published_on)


@lru_cache(maxsize=8)
def _parts_sql(meetings: int) -> str:
    """`meeting_page`'s second statement: the partners of the page's `meetings` (their ids
    first), and the meeting's programmes, people and sources (its id three times), as (part,
    meeting id, rank, four texts, a date) in one UNION ALL, written once per number of
    meetings: one statement and no ORM query to build, where four prefetches built and ran
    four. Each part's rank is its order as the ORM's was (the models' orderings), in SQL: the
    database's collation orders the names, as in every list."""
    roles, partners = _table(MeetingPartner), _table(Partner)
    links, programmes = _table(Meeting.programmes.through), _table(Programme)
    people, articles = _table(Person), _table(Article)
    return (
        "SELECT 0, r.meeting_id, ROW_NUMBER() OVER (PARTITION BY r.meeting_id ORDER BY"
        " p.name_ar), p.slug, p.name_ar, p.name_fr, r.role, CAST(NULL AS date)"
        f" FROM {roles} r JOIN {partners} p ON p.id = r.partner_id WHERE r.meeting_id IN ("
        f"{', '.join(['%s'] * meetings)})"
        " UNION ALL SELECT 1, l.meeting_id, ROW_NUMBER() OVER (ORDER BY g.name_ar), g.slug,"
        f" g.name_ar, g.name_fr, NULL, NULL FROM {links} l JOIN {programmes} g"
        " ON g.id = l.programme_id WHERE l.meeting_id = %s"
        " UNION ALL SELECT 2, meeting_id, ROW_NUMBER() OVER (ORDER BY position, id), name,"
        f" role, NULL, NULL, NULL FROM {people} WHERE meeting_id = %s"
        " UNION ALL SELECT 3, meeting_id, ROW_NUMBER() OVER (ORDER BY imported_at DESC),"
        f" source_url, outlet, NULL, NULL, published_on FROM {articles} WHERE meeting_id = %s"
    )


def meeting_page(pk: int) -> MeetingPage | None:
    """A published meeting and its related ones (`related_ids`), newest first, or None: one
    query of the six rows, then one of their partners and the meeting's programmes, people
    and sources (`_parts_sql`)."""
    if not 0 < pk < 2**63:
        return None  # no row's id, nor a number the database's integers hold
    queryset = (
        Meeting.objects.published()
        .filter(pk__in=related_ids(pk))
        .defer("search_document")
        .select_related("region", "chamber", "city")
        .newest_first()
    )
    # Both statements prepared (events.prepared): planning was most of the first one's cost.
    with prepared(queryset.db):
        rows = list(queryset)
        meeting = next((row for row in rows if row.pk == pk), None)
        if meeting is None:
            return None
        ids = [row.pk for row in rows]
        # From the database the meetings were read from (a replica when there is one).
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(_parts_sql(len(ids)), [*ids, pk, pk, pk])
            parts = sorted(cursor.fetchall(), key=lambda part: part[:3])
    partners: dict[int, list[Named]] = {row.pk: [] for row in rows}
    page = MeetingPage(meeting, [], partners[pk], [], [], [])
    for part, meeting_id, _rank, a, b, c, d, day in parts:
        if part == 0:
            partners[meeting_id].append(Named(a, b, c, d))
        elif part == 1:
            page.programmes.append(Named(a, b, c))
        elif part == 2:
            page.people.append((a, b))
        else:
            # SQLite gives a date of a UNION as its text.
            page.sources.append(
                (a, b, datetime.date.fromisoformat(day) if isinstance(day, str) else day)
            )
    page.related = [
        ListRow.of(row, [(p.name_ar, p.name_fr) for p in partners[row.pk]])
        for row in rows
        if row.pk != pk
    ]
    return page
