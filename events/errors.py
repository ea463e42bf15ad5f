"""The site's own pages for a missing page (404) and a server error (500), in the reader's
language, rendered without the database: no context processor runs (they read the session,
the user and the messages, which may live in a database that is down)."""

from __future__ import annotations

import re

from django.conf import settings
from django.http import HttpResponse
from django.template import loader

# The admin keeps Django's pages, with their debugging details when DEBUG is on.
_ADMIN = re.compile(r"^/(?:[a-z]{2}/)?admin/")


def _render(request, template_name: str, status: int) -> HttpResponse:
    body = loader.get_template(template_name).render({"request": request, "status": status})
    response = HttpResponse(body, status=status)
    response.site_page = True
    return response


def page_not_found(request, exception=None):
    return _render(request, "404.html", 404)


def server_error(request):
    return _render(request, "500.html", 500)


class SiteNotFoundMiddleware:
    """With DEBUG on, Django answers a missing public page with its technical page, in English,
    whatever handler404 says: show the site's own there too, so a developer sees what a reader
    will (the admin keeps the technical one)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            settings.DEBUG
            and response.status_code == 404
            and not getattr(response, "site_page", False)
            and response.get("Content-Type", "").startswith("text/html")
            and not _ADMIN.match(request.path)
        ):
            return page_not_found(request)
        return response
