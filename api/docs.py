"""The API's human page: each operation of the OpenAPI schema with its parameters and answers,
rendered by the site's own template (no script, nothing fetched from elsewhere)."""

from __future__ import annotations

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET
from drf_spectacular.generators import SchemaGenerator

from events import cache


def operations() -> list[dict]:
    schema = SchemaGenerator(patterns=None).get_schema(request=None, public=True)
    found = []
    for path, methods in schema["paths"].items():
        operation = methods.get("get")
        if operation is None:
            continue
        found.append(
            {
                "path": path,
                "summary": operation.get("summary", ""),
                "parameters": [
                    {
                        "name": p["name"],
                        "in": p["in"],
                        "type": p.get("schema", {}).get("format")
                        or p.get("schema", {}).get("type", "string"),
                        "choices": p.get("schema", {}).get("enum", []),
                        "description": p.get("description", ""),
                    }
                    for p in operation.get("parameters", [])
                ],
                "statuses": sorted(operation.get("responses", {})),
            }
        )
    return found


@require_GET
def docs(request):
    def view():
        context = {
            "operations": cache.cached("api.docs", (), operations),
            "schema_url": request.build_absolute_uri(reverse("api:schema")),
            "base_url": request.build_absolute_uri("/api/v1/"),
            "rate": settings.API_ANON_RATE or "—",
        }
        return render(request, "api/docs.html", context)

    return cache.cached_page(request, "api.docs", view)
