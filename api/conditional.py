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
    # The host as the client sent it: the portal has validated it before any view runs
    # (CommonMiddleware), and a second validation was a third of this function's time.
    address = f"{request.scheme}://{request.META.get('HTTP_HOST', '')}{request.get_full_path()}"
    parts = f"{cache.current_version()}\n{request_language(request)}\n{address}"
    return quote_etag(hashlib.blake2b(parts.encode(), digest_size=16).hexdigest())


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
