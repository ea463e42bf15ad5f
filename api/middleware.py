"""CORS for the API: any site may read it (GET, HEAD), as a browser-side map or newsroom
chart would; nothing under /api/ takes a cookie's authority for a write, so `*` is safe."""

from __future__ import annotations

from django.http import HttpResponse

PREFIX = "/api/"
ALLOWED = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match",
    "Access-Control-Expose-Headers": "ETag, Retry-After, Content-Language",
    "Access-Control-Max-Age": "86400",
}


class ApiCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            response = HttpResponse(status=204)
        else:
            response = self.get_response(request)
        for name, value in ALLOWED.items():
            response[name] = value
        return response
