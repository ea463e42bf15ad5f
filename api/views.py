"""The read-only API: thin views over the portal's own FilterSet, selectors and querysets.

The meetings list is the HTML list's: the same `meeting_filter`, the same order, the same
total (the summary tables where they hold the filters); only the rendering differs. Every
answer is computed once per meetings version (events.cache) and carries an ETag of that
version (api.conditional), so a client that asks again gets a 304 without a query.
"""

from __future__ import annotations

from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import (
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework import generics
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from api import serializers as s
from api.errors import ParameterError
from api.language import activate_for
from api.pagination import MeetingPagination
from events import cache
from events.filters import MeetingFilter, meeting_filter, published_meetings
from events.models import Chamber, City, Partner, Programme, Province, Region

try:
    from events.selectors import list_total, partner_counts
except ImportError:  # the views still hold them
    from events.views import _partner_counts as partner_counts
    from events.views import _total as list_total

ERROR_SCHEMA = {
    "type": "object",
    "required": ["detail"],
    "properties": {
        "detail": {"type": "string"},
        "errors": {
            "type": "object",
            "description": "The messages of each parameter refused.",
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
        },
    },
}
BAD_REQUEST = OpenApiResponse(ERROR_SCHEMA, description="A parameter is refused: see errors.")
NOT_FOUND = OpenApiResponse(ERROR_SCHEMA, description="No such resource.")
THROTTLED = OpenApiResponse(ERROR_SCHEMA, description="Too many requests: see Retry-After.")


class ApiMixin:
    # Answers in the request's language (api.language), every answer cached per meetings
    # version under its absolute URL.

    cache_kind = "api"

    def initial(self, request, *args, **kwargs):
        activate_for(request)
        super().initial(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_vary_headers(response, ("Accept-Language",))
        return response

    def cached(self, compute):
        """The JSON of compute(), rendered once per meetings version and kept whole, as the
        HTML pages are (events.cache.cached_page): a repeated request reads no row."""

        def render():
            body = JSONRenderer().render(compute())
            return HttpResponse(body, content_type="application/json")

        return cache.cached_page(self.request._request, self.cache_kind, render)


class CachedList(ApiMixin, generics.ListAPIView):
    def list(self, request, *args, **kwargs):
        def compute():
            page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
            data = self.get_serializer(page, many=True).data
            return self.paginator.get_paginated_data(data)

        return self.cached(compute)


class CachedDetail(ApiMixin, generics.RetrieveAPIView):
    lookup_field = "slug"

    def retrieve(self, request, *args, **kwargs):
        return self.cached(lambda: self.get_serializer(self.get_object()).data)


# --- meetings --------------------------------------------------------------------------------


class MeetingFilterBackend(DjangoFilterBackend):
    """django-filter's backend over the portal's own `meeting_filter`: a refused value is a 400
    naming its parameter, never an empty list."""

    def get_filterset(self, request, queryset, view):
        filterset = meeting_filter(request.query_params)
        # As the HTML list: a search ranks (and lists) its newest matches only.
        filterset.rank_in_window = True
        return filterset

    def filter_queryset(self, request, queryset, view):
        filterset = self.get_filterset(request, queryset, view)
        if not filterset.form.is_valid():
            errors = {}
            for name, messages in filterset.form.errors.items():
                # The form's own check (dates in order) is about both dates.
                for param in ("date_from", "date_to") if name == "__all__" else (name,):
                    errors.setdefault(param, []).extend(messages)
            raise ParameterError(errors)
        view.filterset = filterset
        return filterset.qs


@extend_schema_view(
    get=extend_schema(
        summary="Published meetings, filtered and sorted as the list page does",
        description=(
            "The parameters are the list page's: slugs of a region, province, city, chamber, "
            "partner or programme, a kind, dates (YYYY-MM-DD, inclusive), words to search "
            "and a sort. A search lists its newest matches only (count_capped)."
        ),
        responses={200: s.MeetingSerializer(many=True), 400: BAD_REQUEST, 429: THROTTLED},
    )
)
class MeetingList(CachedList):
    serializer_class = s.MeetingSerializer
    pagination_class = MeetingPagination
    filter_backends = [MeetingFilterBackend]
    filterset_class = MeetingFilter
    cache_kind = "api.meetings"
    known_count: int | None = None
    count_capped = False

    def get_queryset(self):
        return published_meetings()

    def paginate_queryset(self, queryset):
        filterset = self.filterset
        total, capped = cache.cached(
            "api.total", filterset.cache_parts(), lambda: list_total(filterset)
        )
        # A search sorted by relevance ranks its newest matches only (MeetingFilter.WINDOW).
        relevance = filterset.sort_key == "relevance"
        self.known_count = min(total, filterset.window) if relevance else total
        self.count_capped = capped
        rows = queryset.with_related().defer("search_document", "body", "summary")
        return super().paginate_queryset(rows)


@extend_schema_view(
    get=extend_schema(
        summary="One published meeting, every public field",
        description="Its dates, time, category, place, chamber, partners with their roles, "
        "programmes, people, participants, summary, text and sources.",
        responses={200: s.MeetingDetailSerializer, 404: NOT_FOUND, 429: THROTTLED},
    )
)
class MeetingDetail(CachedDetail):
    serializer_class = s.MeetingDetailSerializer
    lookup_field = "pk"
    cache_kind = "api.meeting"

    def get_queryset(self):
        return (
            published_meetings()
            .with_related()
            .select_related("article", "city__province")
            .prefetch_related("people")
            .defer("search_document", "article__raw_text", "article__text", "article__extraction")
        )


# --- places, chambers, programmes, partners, categories ------------------------------------------


def _list_schema(serializer, summary):
    return extend_schema_view(
        get=extend_schema(
            summary=summary,
            description=f"{summary}; paged.",
            responses={200: serializer(many=True), 400: BAD_REQUEST, 429: THROTTLED},
        )
    )


def _detail_schema(serializer, summary):
    return extend_schema_view(
        get=extend_schema(
            summary=summary,
            description=f"{summary}, by its slug.",
            responses={200: serializer, 404: NOT_FOUND, 429: THROTTLED},
        )
    )


REGIONS = Region.objects.order_by("code", "id")
PROVINCES = Province.objects.select_related("region").order_by("code", "id")
CITIES = City.objects.select_related("province__region").order_by("code", "id")
CHAMBERS = (
    Chamber.objects.select_related("region", "seat").prefetch_related("regions").order_by("slug")
)
PROGRAMMES = Programme.objects.prefetch_related("funders").order_by("slug")
PARTNERS = Partner.objects.select_related("region").order_by("slug")


@_list_schema(s.RegionSerializer, "The twelve regions, in their official order")
class RegionList(CachedList):
    serializer_class = s.RegionSerializer
    queryset = REGIONS


@_detail_schema(s.RegionSerializer, "One region")
class RegionDetail(CachedDetail):
    serializer_class = s.RegionSerializer
    queryset = REGIONS


@_list_schema(s.ProvinceSerializer, "Provinces and prefectures, by official code")
class ProvinceList(CachedList):
    serializer_class = s.ProvinceSerializer
    queryset = PROVINCES


@_detail_schema(s.ProvinceSerializer, "One province or prefecture")
class ProvinceDetail(CachedDetail):
    serializer_class = s.ProvinceSerializer
    queryset = PROVINCES


@_list_schema(s.CitySerializer, "Cities and communes, by official code")
class CityList(CachedList):
    serializer_class = s.CitySerializer
    queryset = CITIES


@_detail_schema(s.CitySerializer, "One city or commune")
class CityDetail(CachedDetail):
    serializer_class = s.CitySerializer
    queryset = CITIES


@_list_schema(s.ChamberSerializer, "Chambers, by slug")
class ChamberList(CachedList):
    serializer_class = s.ChamberSerializer
    queryset = CHAMBERS


@_detail_schema(s.ChamberSerializer, "One chamber")
class ChamberDetail(CachedDetail):
    serializer_class = s.ChamberSerializer
    queryset = CHAMBERS


@_list_schema(s.ProgrammeSerializer, "Programmes, by slug")
class ProgrammeList(CachedList):
    serializer_class = s.ProgrammeSerializer
    queryset = PROGRAMMES


@_detail_schema(s.ProgrammeSerializer, "One programme")
class ProgrammeDetail(CachedDetail):
    serializer_class = s.ProgrammeSerializer
    queryset = PROGRAMMES


@_list_schema(s.PartnerSerializer, "Partners, by slug")
class PartnerList(CachedList):
    serializer_class = s.PartnerSerializer
    queryset = PARTNERS


@_detail_schema(
    s.PartnerDetailSerializer, "One partner, with its meetings counted per year, region, chamber"
)
class PartnerDetail(CachedDetail):
    serializer_class = s.PartnerDetailSerializer
    queryset = PARTNERS
    cache_kind = "api.partner"

    def get_object(self):
        partner = super().get_object()
        partner.counts = partner_figures(partner)
        return partner


def partner_figures(partner: Partner) -> dict:
    """The partner page's counts (summary tables), each named in both languages."""
    with translation.override("ar"):
        figures = partner_counts(partner)
    named = {"regions": Region, "chambers": Chamber, "co_partners": Partner}
    for key, model in named.items():
        rows = figures[key]
        names = dict(
            model.objects.filter(slug__in=[r["slug"] for r in rows]).values_list("slug", "name_fr")
        )
        figures[key] = [
            {"slug": r["slug"], "name_ar": r["name"], "name_fr": names.get(r["slug"], "")}
            | {"count": r["count"]}
            for r in rows
        ]
    return figures


@extend_schema_view(
    get=extend_schema(
        summary="The categories a meeting may have",
        description="The closed list of categories, each named in both languages.",
        responses={200: s.CategorySerializer(many=True), 429: THROTTLED},
    )
)
class CategoryList(ApiMixin, generics.GenericAPIView):
    serializer_class = s.CategorySerializer
    pagination_class = None

    def get(self, request):
        return Response(s.CategorySerializer(category_rows(), many=True).data)


def category_rows() -> list[dict]:
    if s.categories is None:
        return []
    return [
        {
            "slug": slug,
            "name_ar": s.categories.label(slug, "ar"),
            "name_fr": s.categories.label(slug, "fr"),
        }
        for slug in s.categories.SLUGS
    ]


class SchemaView(SpectacularJSONAPIView):
    """The OpenAPI 3 schema, its descriptions in the request's language."""

    def initial(self, request, *args, **kwargs):
        activate_for(request)
        super().initial(request, *args, **kwargs)
