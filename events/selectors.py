"""What the public pages read: the counts of the home and partner pages, a list's total, a
meeting's related meetings. Views parse the request, call these, and render."""

from __future__ import annotations

from django.db import connection
from django.db.models import Count, Prefetch, Sum
from django.db.models.expressions import RawSQL

from events import counts
from events.filters import MeetingFilter
from events.i18n import is_french, localised
from events.models import Article, Meeting, MeetingPartner

TOP_SIZE = 12
RELATED_SIZE = 5
# The newest meetings sharing the chamber, a partner or a programme (selectors.related_ids); a
# meeting with many partners looks at its first few only.
RELATED_PARTNERS = 4
RELATED_PROGRAMMES = 2
# What a meeting's page shows of its sources (not their texts).
SOURCE_FIELDS = ("id", "meeting_id", "source_url", "outlet", "published_on")


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
        "chambers": _summed("chamber", mine),
        "co_partners": _summed("other", mine, 20),
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


def meeting_page(pk: int) -> tuple[Meeting, list[Meeting]] | None:
    """A published meeting and its related ones (`related_ids`), newest first, or None: one
    query of the six rows, then their partners, programmes, people and sources (the related
    meetings' programmes and people are not shown; reading them costs no query)."""
    if not 0 < pk < 2**63:
        return None  # no row's id, nor a number the database's integers hold
    rows = list(
        Meeting.objects.published()
        .filter(pk__in=related_ids(pk))
        .defer("search_document")
        .select_related("region", "chamber", "city")
        .prefetch_related(
            "programmes",
            "people",
            Prefetch(
                "partner_roles",
                queryset=MeetingPartner.objects.select_related("partner").order_by(
                    "partner__name_ar"
                ),
            ),
            Prefetch("sources", queryset=Article.objects.only(*SOURCE_FIELDS)),
        )
        .newest_first()
    )
    meeting = next((row for row in rows if row.pk == pk), None)
    if meeting is None:
        return None
    return meeting, [row for row in rows if row.pk != pk]
