"""Pages of a list: `count`, `next`, `previous`, `results`, in a stable order.

A page that is not a positive number, or past the last one, is a 400 that names `page` (the
HTML list shows the nearest page instead; a program should be told).
"""

from __future__ import annotations

from django.core.paginator import InvalidPage, Paginator
from django.utils.translation import gettext_lazy as _
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from api.errors import ParameterError
from events.views import PAGE_SIZE as LIST_PAGE_SIZE

PAGE_SIZE = 50


class ApiPagination(PageNumberPagination):
    page_size = PAGE_SIZE
    # Set by the view before paginating when it knows the total already (the meetings'
    # summary tables): the paginator then does not count again.
    count: int | None = None
    count_capped = False

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        paginator = Paginator(queryset, self.page_size)
        known = getattr(view, "known_count", None)
        if known is not None:
            paginator.count = known
        self.count_capped = bool(getattr(view, "count_capped", False))
        raw = request.query_params.get(self.page_query_param, "1")
        if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
            raise ParameterError(self.page_query_param, _("رقم الصفحة عدد صحيح موجب."))
        try:
            self.page = paginator.page(int(raw))
        except InvalidPage:
            raise ParameterError(
                self.page_query_param,
                _("لا توجد هذه الصفحة: عدد الصفحات %(n)s.") % {"n": paginator.num_pages},
            ) from None
        return list(self.page)

    def get_paginated_response(self, data):
        return Response(self.get_paginated_data(data))

    def get_paginated_data(self, data) -> dict:
        return {
            "count": self.page.paginator.count,
            "count_capped": self.count_capped,
            "next": self.get_next_link(),
            "previous": self.get_previous_link(),
            "results": data,
        }

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["count", "count_capped", "next", "previous", "results"],
            "properties": {
                "count": {"type": "integer", "minimum": 0},
                "count_capped": {
                    "type": "boolean",
                    "description": (
                        "True when a search matched more meetings than the list holds: the "
                        "list then holds the newest matches only, as the HTML list does."
                    ),
                },
                "next": {"type": "string", "format": "uri", "nullable": True},
                "previous": {"type": "string", "format": "uri", "nullable": True},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.page_query_param,
                "required": False,
                "in": "query",
                "description": "Page number, from 1.",
                "schema": {"type": "integer", "minimum": 1},
            }
        ]


class MeetingPagination(ApiPagination):
    """The meetings' pages are the list page's: page n of the API holds the meetings of page
    n of the HTML list, and an uncached page renders as many rows as the list does."""

    page_size = LIST_PAGE_SIZE
