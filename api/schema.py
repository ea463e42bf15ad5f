"""The meetings list's parameters in the OpenAPI schema, read from the FilterSet itself.

drf-spectacular's own reading of django-filter cannot type the filters that work through a
method (province, partner, programme): every filter here is described from its class, its
label and, for a choice, the values it accepts."""

from __future__ import annotations

import django_filters
from drf_spectacular.extensions import OpenApiFilterExtension

FORMATS = {django_filters.DateFilter: {"type": "string", "format": "date"}}


class MeetingFilterExtension(OpenApiFilterExtension):
    target_class = "api.views.MeetingFilterBackend"
    priority = 1

    def get_schema_operation_parameters(self, auto_schema, *args, **kwargs):
        from events.filters import LIST_PARAMS, MeetingFilter

        parameters = []
        for name in LIST_PARAMS:
            field = MeetingFilter.base_filters[name]
            schema = next(
                (fmt for cls, fmt in FORMATS.items() if isinstance(field, cls)),
                {"type": "string"},
            )
            # A model's choices are its slugs: not listed (thousands of partners).
            if isinstance(field, django_filters.ModelChoiceFilter):
                schema = {"type": "string"}
            elif isinstance(field, django_filters.ChoiceFilter):
                values = [value for value, _label in field.field.choices if value != ""]
                schema = {"type": "string", "enum": values}
            elif field.extra.get("max_length"):
                schema = {"type": "string", "maxLength": field.extra["max_length"]}
            parameters.append(
                {
                    "name": name,
                    "in": "query",
                    "required": False,
                    "description": str(field.label),
                    "schema": schema,
                }
            )
        return parameters
