"""Everything under /api/ answers JSON, and any site may read it.

CORS: GET and HEAD from any origin, as a browser-side map or a newsroom's chart would; nothing
under /api/ takes a cookie's authority for a write, so `*` is safe. Errors raised before a
view of the API runs (a path the portal refuses, a database that is down) are turned into
the API's JSON error shape, keeping their status and headers.
"""

from __future__ import annotations

import json

from django.http import HttpResponse

from api.language import activate_for

PREFIX = "/api/"
ALLOWED = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match",
    "Access-Control-Expose-Headers": "ETag, Retry-After, Content-Language",
    "Access-Control-Max-Age": "86400",
}
# The human page (/api/) is HTML; the resources are under /api/v1/.
JSON_PREFIX = "/api/v1/"


class ApiMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            response = HttpResponse(status=204)
        else:
            response = self.get_response(request)
        if request.path.startswith(JSON_PREFIX) and response.status_code >= 400:
            response = _as_json(request, response)
        for name, value in ALLOWED.items():
            response[name] = value
        return response


def _as_json(request, response: HttpResponse) -> HttpResponse:
    if response.get("Content-Type", "").startswith("application/json"):
        return response
    from api.errors import not_found

    if response.status_code == 404:
        return not_found(request)
    activate_for(request)
    body = json.dumps({"detail": response.reason_phrase}, ensure_ascii=False)
    replaced = HttpResponse(body, status=response.status_code, content_type="application/json")
    for header in ("Retry-After", "Cache-Control"):
        if header in response:
            replaced[header] = response[header]
    return replaced
