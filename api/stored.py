"""A cached API answer, served before Django REST framework's dispatch.

On a hit the answer is stored bytes (events.cache.cached_page); what DRF's dispatch adds
around them (its request wrapper, content negotiation, the throttles' and the response's
finalisation) cost as much as the lookup itself, and made an API hit 1.3× the HTML list's.
The rate is still counted, by the throttle DRF uses, so hits are limited as misses are; a
client over its rate, a miss, or an answer that is not kept all go through DRF.
"""

from __future__ import annotations

import functools

from django.http import HttpRequest, HttpResponse

from api.language import activate_for
from api.throttling import AnonymousRate
from events import cache


def stored_first(view_class):
    """`view_class.as_view()`, answering from the stored page when there is one."""
    view = view_class.as_view()
    kind = view_class.cache_kind
    # As DRF's `allowed_methods` on a view that as_view() has set up (HEAD answered as GET).
    allow = ", ".join(
        name.upper()
        for name in view_class.http_method_names
        if hasattr(view_class, name) or (name == "head" and hasattr(view_class, "get"))
    )

    @functools.wraps(view)
    def answer(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        activate_for(request)
        response = cache.stored_page(request, kind)
        if response is None or not AnonymousRate().allow_request(request, None):
            return view(request, *args, **kwargs)
        # What DRF's finalize_response and ApiMixin put on the same answer (a stored answer is
        # a new response: it has no Vary of its own to merge with).
        response["Allow"] = allow
        response["Vary"] = "Accept-Language"
        return response

    return answer
