"""Many addresses of one URL pattern from one reverse(): a page's lists of links (a partner's
seventy counts, a list's twenty meetings) spent more on reverse() than on the rest of the
list, and each call gives the same address but for the slug or id.

`reverse` of sentinel values gives the address with each sentinel where its value goes; the
values are then quoted as reverse quotes them. A pattern without exactly one place for each
value is reversed as before, each time."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from django.urls import reverse
from django.utils.http import RFC3986_SUBDELIMS

# Values no URL of the portal holds elsewhere, each accepted by the converters of a slug
# (`slug`, `uslug`) and of an id (`int`).
_SLUG = "zq9slug9qz"
_PK = 918273645546372819
# What reverse() leaves unquoted in a path (django.urls.resolvers._reverse_with_prefix).
_SAFE = RFC3986_SUBDELIMS + "/~:@"


def slug_url(name: str) -> Callable[[str], str]:
    """`lambda slug: reverse(name, kwargs={"slug": slug})`, reversed once."""
    url = reverse(name, kwargs={"slug": _SLUG})
    if url.count(_SLUG) != 1:
        return lambda slug: reverse(name, kwargs={"slug": slug})
    before, _, after = url.partition(_SLUG)
    return lambda slug: f"{before}{quote(slug, safe=_SAFE)}{after}"


def meeting_url() -> Callable[[int, str], str]:
    """events.models.meeting_url, reversed once per pattern."""
    from events.models import meeting_url as reversed_each_time

    with_slug = reverse("events:meeting", kwargs={"pk": _PK, "slug": _SLUG})
    short = reverse("events:meeting_short", kwargs={"pk": _PK})
    pk = str(_PK)
    if (with_slug.count(pk), with_slug.count(_SLUG), short.count(pk)) != (1, 1, 1) or (
        with_slug.index(pk) > with_slug.index(_SLUG)
    ):
        return reversed_each_time
    head, _, rest = with_slug.partition(pk)
    middle, _, tail = rest.partition(_SLUG)
    short_head, _, short_tail = short.partition(pk)

    def url(pk: int, slug: str) -> str:
        if slug:
            return f"{head}{pk}{middle}{quote(slug, safe=_SAFE)}{tail}"
        return f"{short_head}{pk}{short_tail}"

    return url
