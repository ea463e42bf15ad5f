"""Short, shareable list addresses: a list asked for with empty parameters answers with a
redirect to the same list without them."""

from __future__ import annotations

import functools
from urllib.parse import urlencode

from django.http import HttpResponseRedirect


def clean_params(params) -> list[tuple[str, str]]:
    """The (name, value) pairs of a QueryDict worth keeping in an address: not empty, not the
    sort a list would use anyway (as MeetingFilter.sort_key: relevance for a search, the
    newest first otherwise), not the first page."""
    searching = bool((params.get("q") or "").strip())
    # Relevance without a search sorts as the default does: the newest first.
    implied = {"relevance", "-date"} if not searching else {"relevance"}
    kept = []
    for name, values in params.lists():
        for value in values:
            if not value.strip():
                continue
            if name == "sort" and value in implied:
                continue
            if name == "page" and value.strip() == "1":
                continue
            kept.append((name, value))
    return kept


def without_noise(view):
    """Answer a GET whose query holds empty or default parameters with a redirect to the
    address without them (the cached page is then the same for both)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.GET:
            kept = clean_params(request.GET)
            if len(kept) != sum(len(values) for _name, values in request.GET.lists()):
                query = urlencode(kept)
                return HttpResponseRedirect(request.path + ("?" + query if query else ""))
        return view(request, *args, **kwargs)

    return wrapper
