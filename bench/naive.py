"""The naive app: what a Django developer would write for the same pages, as a yardstick.

The same GET parameters as the portal's list (django-filter, one filter per parameter), the
total by `.count()`, each facet a GROUP BY over the meetings the other filters give, the first
20 rows rendered by a plain template; a search by PostgreSQL's `arabic` full text over the
title and body, GIN-indexed (`ensure_index`, made by the bench on its own database, never by
the portal's migrations), or by ILIKE (`engine=ilike`). No cache, no summary table, no window.

Served under /bench/naive/ by bench.urls; bench/misses.py measures it beside the portal.
"""

from __future__ import annotations

import django_filters
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import BooleanField, Count, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import ExtractYear
from django.shortcuts import get_object_or_404, render
from django.urls import path

from events import categories
from events.models import (
    Chamber,
    City,
    Meeting,
    MeetingPartner,
    Partner,
    Programme,
    Province,
    Region,
)

PAGE_SIZE = 20
FACET_LIMIT = 40
# The document a developer would index: the title and the text, in PostgreSQL's Arabic
# configuration. The index below is on this very expression, so the planner can use it.
VECTOR = (
    "to_tsvector('arabic'::regconfig, coalesce(events_meeting.title, '') || ' ' || "
    "coalesce(events_meeting.body, ''))"
)
INDEX = "bench_naive_meeting_fts"


def ensure_index() -> None:
    """The naive search's GIN index, on the bench's database (minutes at a million, once)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_class WHERE relname = %s", [INDEX])
        if cursor.fetchone():
            return
        cursor.execute("SET maintenance_work_mem = '256MB'")
        cursor.execute(f"CREATE INDEX {INDEX} ON events_meeting USING gin ({VECTOR})")
        # The planner's statistics of the indexed expression (minutes at a million: once).
        cursor.execute("ANALYZE events_meeting")


class NaiveFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q")
    region = django_filters.ModelChoiceFilter(queryset=Region.objects.all(), to_field_name="slug")
    province = django_filters.ModelChoiceFilter(
        field_name="city__province", queryset=Province.objects.all(), to_field_name="slug"
    )
    city = django_filters.ModelChoiceFilter(queryset=City.objects.all(), to_field_name="slug")
    chamber = django_filters.ModelChoiceFilter(queryset=Chamber.objects.all(), to_field_name="slug")
    # One role per partner and meeting, one link per programme: a join gives no duplicates.
    partner = django_filters.ModelChoiceFilter(
        field_name="partner_roles__partner",
        queryset=Partner.objects.all(),
        to_field_name="slug",
        distinct=False,
    )
    programme = django_filters.ModelChoiceFilter(
        field_name="programmes",
        queryset=Programme.objects.all(),
        to_field_name="slug",
        distinct=False,
    )
    kind = django_filters.ChoiceFilter(field_name="category", choices=categories.choices)
    date_from = django_filters.DateFilter(method="filter_date_from")
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte")

    class Meta:
        model = Meeting
        fields: list[str] = []

    def filter_q(self, queryset, name, value):
        if self.data.get("engine") == "ilike":
            return queryset.filter(Q(title__icontains=value) | Q(body__icontains=value))
        match = RawSQL(
            f"{VECTOR} @@ plainto_tsquery('arabic'::regconfig, %s)",
            [value],
            output_field=BooleanField(),
        )
        return queryset.filter(match)

    def filter_date_from(self, queryset, name, value):
        # A meeting of several days still on at that date is in, as on the portal.
        return queryset.filter(Q(date__gte=value) | Q(date_end__gte=value))


FACETS = {
    "region": "region",
    "province": "city__province",
    "city": "city",
    "chamber": "chamber",
    "partner": "partner_roles__partner",
    "programme": "programmes",
}


def published():
    return Meeting.objects.filter(status="published")


def facets(data) -> list[tuple[str, list[dict]]]:
    """Each facet: a GROUP BY over the meetings every other filter gives."""
    result = []
    for name, prefix in [*FACETS.items(), ("kind", "category")]:
        others = data.copy()
        others.pop(name, None)
        meetings = NaiveFilter(others, queryset=published()).qs.order_by()
        if name == "kind":
            rows = meetings.values("category").annotate(n=Count("id")).order_by("-n")
            values = [
                {"value": r["category"], "label": categories.label(r["category"]), "n": r["n"]}
                for r in rows[:FACET_LIMIT]
            ]
        else:
            rows = (
                meetings.filter(**{f"{prefix}__isnull": False})
                .values(f"{prefix}__slug", f"{prefix}__name_ar")
                .annotate(n=Count("id"))
                .order_by("-n")
            )
            values = [
                {"value": r[f"{prefix}__slug"], "label": r[f"{prefix}__name_ar"], "n": r["n"]}
                for r in rows[:FACET_LIMIT]
            ]
        for value in values:
            value["selected"] = value["value"] == data.get(name)
        result.append((name, values))
    return result


def rows(queryset):
    return queryset.select_related("region", "city", "chamber").prefetch_related(
        "partner_roles__partner"
    )


def meeting_list(request):
    filterset = NaiveFilter(request.GET, queryset=published())
    page = Paginator(rows(filterset.qs), PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "total": page.paginator.count, "facets": facets(request.GET)}
    return render(request, "bench/naive_list.html", context)


def meeting_detail(request, pk):
    meeting = get_object_or_404(
        published()
        .select_related("region", "city", "chamber")
        .prefetch_related("partner_roles__partner", "programmes", "people"),
        pk=pk,
    )
    related = rows(published().filter(chamber=meeting.chamber_id).exclude(pk=pk))[:5]
    return render(request, "bench/naive_detail.html", {"meeting": meeting, "related": related})


def partner_detail(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    meetings = published().filter(partner_roles__partner=partner)
    grouped = meetings.order_by()

    def named(prefix):
        return list(
            grouped.filter(**{f"{prefix}__isnull": False})
            .values(f"{prefix}__slug", f"{prefix}__name_ar")
            .annotate(n=Count("id"))
            .order_by("-n")
        )

    context = {
        "partner": partner,
        "per_year": list(
            grouped.annotate(year=ExtractYear("date"))
            .values("year")
            .annotate(n=Count("id"))
            .order_by("year")
        ),
        "regions": named("region"),
        "chambers": named("chamber"),
        "co_partners": list(
            MeetingPartner.objects.filter(meeting__in=meetings)
            .exclude(partner=partner)
            .values("partner__slug", "partner__name_ar")
            .annotate(n=Count("id"))
            .order_by("-n")[:20]
        ),
        "page": Paginator(rows(meetings), PAGE_SIZE).get_page(request.GET.get("page")),
    }
    return render(request, "bench/naive_partner.html", context)


urlpatterns = [
    path("meetings/", meeting_list),
    path("meetings/<int:pk>/", meeting_detail),
    path("partners/<str:slug>/", partner_detail),
]
