"""Conditional GET: an answer's ETag is the meetings version (events.cache) with its URL and
language, so it changes exactly when any meeting, or any name a meeting shows, changes."""

from __future__ import annotations

import functools
import hashlib

from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_vary_headers
from django.utils.http import parse_etags, quote_etag

from api.language import request_language
from events import cache


def etag(request: HttpRequest) -> str:
    parts = (cache.current_version(), request_language(request), request.build_absolute_uri())
    return quote_etag(hashlib.sha256(repr(parts).encode()).hexdigest()[:32])


def conditional(view):
    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        tag = etag(request)
        if tag in parse_etags(request.META.get("HTTP_IF_NONE_MATCH", "")):
            response = HttpResponseNotModified()
            response["ETag"] = tag
            patch_vary_headers(response, ("Accept-Language",))
            return response
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            response["ETag"] = tag
        return response

    return wrapped
