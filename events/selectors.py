"""What the public pages read: the counts of the home and partner pages, a list's total, a
meeting's related meetings. Views parse the request, call these, and render."""

from __future__ import annotations

from django.db.models import Count, Sum

from events import counts
from events.filters import MeetingFilter
from events.i18n import is_french, localised
from events.models import Meeting

TOP_SIZE = 12
RELATED_SIZE = 5
# The newest meetings sharing the chamber, a partner or a programme: one small query per shared
# thing (each an index range: meeting_chamber_recent, meetingpartner_partner, the programme
# links' index), merged here; a meeting with many partners looks at its first few only.
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
    sums over its summary rows."""
    mine = {"partner": partner}
    years = counts.facet("year", mine)
    per_year = list(
        years.filter(year__isnull=False).values("year").annotate(n=Sum("count")).order_by("year")
    )
    return {
        "per_year": per_year,
        "undated": years.filter(year__isnull=True).aggregate(n=Sum("count"))["n"] or 0,
        "regions": _summed("region", mine),
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


def related_meetings(meeting: Meeting) -> list[Meeting]:
    """The newest published meetings sharing the meeting's chamber, a partner or a programme."""
    others = Meeting.objects.published().exclude(pk=meeting.pk)
    sources = [others.filter(chamber=meeting.chamber_id)]
    partner_ids = sorted({role.partner_id for role in meeting.partner_roles.all()})
    sources += [others.with_partner(pk) for pk in partner_ids[:RELATED_PARTNERS]]
    programme_ids = sorted(programme.pk for programme in meeting.programmes.all())
    sources += [others.with_programme(pk) for pk in programme_ids[:RELATED_PROGRAMMES]]
    candidates = {}
    for source in sources:
        for pk, date in source.newest_first().values_list("pk", "date")[:RELATED_SIZE]:
            candidates[pk] = date
    # date DESC NULLS LAST, id DESC, as each source was sorted.
    chosen = sorted(candidates, key=lambda pk: (candidates[pk] is not None, candidates[pk], pk))
    chosen = list(reversed(chosen))[:RELATED_SIZE]
    if not chosen:
        return []
    found = {m.pk: m for m in Meeting.objects.published().filter(pk__in=chosen).with_related()}
    return [found[pk] for pk in chosen if pk in found]
