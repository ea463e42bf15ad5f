"""What the public pages compute once and share: facet counts, totals, whole pages.

Every entry is stored with the *meetings version* current when it was computed, and read back
only while that version is still current. The version is a random token in the shared cache:
`meetings_changed()` replaces it, and with it every entry, whenever a meeting, its partners,
programmes or people, or the name of anything a page shows changes. The services and the admin
call it on every write path (no signal does it, by the team's rule); the generator calls it
after a load.

The cache is settings.CACHES["default"]: the database cache, shared by every process and host
that uses the database (gunicorn workers, the admin, `manage.py import_articles` run in a
container of its own), so an invalidation anywhere reaches every reader. A lost version key
(culled, cache cleared) only makes a new token: nothing stale can come back.

A process trusts the version it last read for settings.CACHE_VERSION_TRUST seconds (0.1) before
reading it again: a repeated page then costs no database round trip, which was half of it
(0.25 of 0.55 ms; the throughput of a cached list page fell under half a trivial view's). A
write in the same process is seen at once; one in another process within that delay.
"""

from __future__ import annotations

import functools
import hashlib
import threading
import time
import uuid
import zlib
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

VERSION_KEY = "meetings:version"
# Entries outlive their version only until the next write; this bounds the dead ones' stay.
TIMEOUT = 6 * 3600
# Whole pages most recently served by this process, kept here too (a few MB): a repeated page
# then costs one small read of the version instead of fetching its 30-40 KB again. Each is
# used only while its version is the shared current one, so it is exactly as fresh.
LOCAL_PAGES = 200


def _new_version() -> str:
    # When it was made, then a random part: a replica's readers tell a fresh version by it
    # (portal.replica).
    return f"{time.time():.3f}-{uuid.uuid4().hex}"


def version_age(version: str | None) -> float:
    """Seconds since `version` was made; infinite for one that does not say."""
    try:
        return time.time() - float((version or "").split("-", 1)[0])
    except ValueError:
        return float("inf")


# (the version this process last read, when): one tuple, replaced whole, so threads never see
# a version with another's time.
_trusted: tuple[str | None, float] = (None, 0.0)


def _trust(version: str | None) -> None:
    global _trusted
    _trusted = (version, time.monotonic())


def _bump() -> None:
    _trust(None)
    cache.set(VERSION_KEY, _new_version(), None)


def meetings_changed() -> None:
    """Forget every cached page, count and facet: call after any write a reader could see.

    The version changes at once (this transaction, and this process, see the change) and
    again when the transaction commits, so that a page another process computed from the old
    rows in between is not kept under the new version.
    """
    _bump()
    transaction.on_commit(_bump)


def _key(kind: str, parts: Any) -> str:
    digest = hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:40]
    return f"{kind}:{digest}"


def _lookup(key: str) -> tuple[str, Any]:
    """(the current version, the entry stored under `key` if it is of that version or None):
    one read of the cache."""
    found = cache.get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY)
    if version is None:
        version = _new_version()
        # Two processes may both find none: the first one's token stands.
        if not cache.add(VERSION_KEY, version, None):
            version = cache.get(VERSION_KEY) or version
        return version, None
    entry = found.get(key)
    if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == version:
        return version, entry[1]
    return version, None


def cached(kind: str, parts: Any, compute: Callable[[], Any], timeout: int = TIMEOUT) -> Any:
    """compute(), or what it returned for the same `parts` since the meetings last changed.

    `parts` must hold everything the value depends on besides the meetings (the language, the
    filter values…); it is hashed into the key.
    """
    key = _key(kind, (get_language(), parts))
    version, value = _lookup(key)
    if value is None:
        value = compute()
        cache.set(key, (version, value), timeout)
    return value


class _LocalPages:
    def __init__(self, size: int) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, tuple[str, tuple[str, bytes]]] = OrderedDict()

    def get(self, key: str, version: str) -> tuple[str, bytes] | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != version:
                return None
            self._entries.move_to_end(key)
            return entry[1]

    def put(self, key: str, version: str, page: tuple[str, bytes]) -> None:
        with self._lock:
            self._entries[key] = (version, page)
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_local_pages = _LocalPages(LOCAL_PAGES)


def current_version() -> str:
    version, read_at = _trusted
    if version is not None and time.monotonic() - read_at < settings.CACHE_VERSION_TRUST:
        return version
    version = cache.get(VERSION_KEY)
    if version is None:
        version = _new_version()
        if not cache.add(VERSION_KEY, version, None):
            version = cache.get(VERSION_KEY) or version
    _trust(version)
    return version


def _page(request: HttpRequest, key: str) -> tuple[str, tuple[str, bytes] | None]:
    """(current version, the stored page of this version or None)."""
    version = current_version()
    page = _local_pages.get(key, version)
    if page is not None:
        return version, page
    entry = cache.get(key)
    if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == version:
        try:
            content_type, compressed = entry[1]
            page = (content_type, zlib.decompress(compressed))
        except (TypeError, ValueError, zlib.error):
            return version, None  # not what this code writes: computed again, overwritten
        _local_pages.put(key, version, page)
        return version, page
    return version, None


def page_address(request: HttpRequest) -> tuple[str, tuple]:
    """What a page's key holds of its URL: the origin and path, and only the parameters a page
    reads. Any other (utm_source=…, a cache-buster) would make a new entry, and a database
    write, per request."""
    from events.filters import LIST_PARAMS

    known = tuple(
        (name, tuple(request.GET.getlist(name)))
        for name in (*LIST_PARAMS, "page")
        if name in request.GET
    )
    return request.build_absolute_uri(request.path), known


def cached_page(request: HttpRequest, kind: str, view: Callable[[], HttpResponse]) -> HttpResponse:
    """The page `view()` renders for this URL and language, rendered once per meetings version.

    Only plain public pages are kept: a GET or HEAD whose answer is a 200 without cookies or
    messages (a message is for one reader once). The key holds the origin and path, since
    pages carry canonical and alternate links with the host, and of the query string only the
    parameters pages read (page_address). Stored compressed (Arabic HTML shrinks to a fifth),
    and kept in this process too (see LOCAL_PAGES).
    """
    if not _keeps(request):
        return view()
    key = _page_key(request, kind)
    version, stored = _page(request, key)
    if stored is not None:
        content_type, content = stored
        return HttpResponse(content, content_type=content_type)
    response = view()
    storage = messages.get_messages(request)
    if (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not getattr(storage, "added_new", False)
    ):
        content_type, content = response["Content-Type"], response.content
        cache.set(key, (version, (content_type, zlib.compress(content, 6))), TIMEOUT)
        _local_pages.put(key, version, (content_type, content))
    return response


def stored_page(request: HttpRequest, kind: str) -> HttpResponse | None:
    """The page `cached_page` keeps for this request under `kind`, if it holds one of the
    current version; None otherwise (nothing is computed)."""
    if not _keeps(request):
        return None
    _version, stored = _page(request, _page_key(request, kind))
    if stored is None:
        return None
    content_type, content = stored
    return HttpResponse(content, content_type=content_type)


def _keeps(request: HttpRequest) -> bool:
    # A HEAD is answered as its GET (the server drops the body), from the same entry.
    return request.method in ("GET", "HEAD") and not len(messages.get_messages(request))


def _page_key(request: HttpRequest, kind: str) -> str:
    # The entry's format is in the key: a deploy that changes it reads no older entry.
    return _key(f"page.z:{kind}", (get_language(), page_address(request)))


def page_cached(kind: str):
    """A view decorator: the view's page served through `cached_page` under `kind`."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @functools.wraps(view)
        def cached_view(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            return cached_page(request, kind, lambda: view(request, *args, **kwargs))

        return cached_view

    return decorator
