"""Answers for requests that cannot be served as asked: control characters in a URL, and a
database that is down."""

from __future__ import annotations

import logging
import re
import sys
import time

from django.conf import settings
from django.db import InterfaceError, OperationalError, connections
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.template import loader
from django.utils.module_loading import import_string

logger = logging.getLogger("portal")

# No URL of the portal holds a control character, and PostgreSQL refuses NUL in text.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
API_PREFIX = "/api/v1/"
API_NOT_FOUND = "api.errors.not_found"
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
            # The API answers its own 404s, in JSON, as its schema documents them.
            if request.path_info.startswith(API_PREFIX):
                return import_string(API_NOT_FOUND)(request)
            raise Http404("no such page")
        if _ADMIN.match(request.path_info) and any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            return HttpResponseBadRequest(
                "معامل غير صالح في الرابط.".encode(), content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)


def _wait_for_database(seconds: float) -> bool:
    """Whether the database accepts connections again within `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        connections.close_all()
        try:
            connections["default"].ensure_connection()
            return True
        except (OperationalError, InterfaceError):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.2)


class RetryWhileDatabaseRestarts:
    """A read (GET, HEAD) that failed on the database waits for it up to
    DATABASE_RETRY_SECONDS and runs its view once more: a restart of PostgreSQL (a second or
    two) then costs readers a delay, not an error. Anything else, or a database still down,
    gets the 503 page. Last in MIDDLEWARE, so that it sees a view's error first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.warning("database unavailable: %s", exception)
        match = request.resolver_match
        if (
            request.method not in ("GET", "HEAD")
            or match is None
            or getattr(request, "_database_retried", False)
            or not _wait_for_database(settings.DATABASE_RETRY_SECONDS)
        ):
            return database_unavailable()
        request._database_retried = True
        try:
            return match.func(request, *match.args, **match.kwargs)
        except (OperationalError, InterfaceError) as again:
            logger.warning("database unavailable after waiting: %s", again)
            return database_unavailable()


def database_unavailable() -> HttpResponse:
    # Rendered without a request: no context processor, so nothing touches the database.
    html = loader.get_template("503.html").render({"retry_after": RETRY_AFTER})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, template_name="500.html"):
    """handler500: a database that is down or restarting is a 503 the reader can retry, not a
    500. Django calls this within the except block of the failure, so the error is at hand.
    Other errors get the site's own page (events.errors), which needs no database either."""
    from events.errors import server_error as site_server_error

    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        logger.warning("database unavailable: %s", error)
        return database_unavailable()
    return site_server_error(request)
