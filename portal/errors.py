"""Answers for requests that cannot be served as asked: control characters in a URL, and a
database that is down."""

from __future__ import annotations

import logging
import re
import sys

from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.template import loader
from django.views import defaults

logger = logging.getLogger("portal")

# No URL of the portal holds a control character, and PostgreSQL refuses NUL in text.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ADMIN = re.compile(r"^/(?:[a-z]{2}/)?admin/")
RETRY_AFTER = 5


class RefuseControlCharacters:
    """A path with a control character is a 404 before any view runs; so is NUL anywhere in
    the admin's query string (search terms, list filters, autocomplete), which would reach
    the database as text. The public pages check their parameters themselves (form errors)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _CONTROL.search(request.path_info):
            raise Http404("no such page")
        if _ADMIN.match(request.path_info) and any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            return HttpResponseBadRequest(
                "معامل غير صالح في الرابط.".encode(), content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)


def database_unavailable() -> HttpResponse:
    # Rendered without a request: no context processor, so nothing touches the database.
    html = loader.get_template("503.html").render({"retry_after": RETRY_AFTER})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, template_name="500.html"):
    """handler500: a database that is down or restarting is a 503 the reader can retry, not a
    500. Django calls this within the except block of the failure, so the error is at hand."""
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        logger.warning("database unavailable: %s", error)
        return database_unavailable()
    return defaults.server_error(request, template_name)
