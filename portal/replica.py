"""Public reads from a streaming replica (settings.DATABASE_REPLICA_URL), the rest from the
primary.

Reads go to the replica only inside a request this middleware let through: a GET or HEAD
outside the admin, from a client that did not write within REPLICA_LAG_SECONDS (a cookie
holds the time of its last non-safe request), while the meetings version is older than that
(events.cache): right after any meeting changes, every reader reads from the primary, so that
no page computed from a replica that has not replayed the change yet is cached under the new
version. Commands, shells and tests never leave the primary. Sessions, users, the admin's log
and the database cache always read from the primary: they are the writer's own state.
"""

from __future__ import annotations

import contextvars
import re
import time

from django.conf import settings
from django.db import connections

from events import cache

REPLICA = "replica"
COOKIE = "multaqa_wrote"
PRIMARY_APPS = {"sessions", "auth", "admin", "contenttypes", "django_cache", "axes"}
ADMIN_PATH = re.compile(r"^/(?:[a-z]{2}/)?admin/")
SAFE = {"GET", "HEAD", "OPTIONS"}

_on_replica: contextvars.ContextVar[bool] = contextvars.ContextVar("on_replica", default=False)


def replica_configured() -> bool:
    return REPLICA in connections.settings


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if _on_replica.get() and model._meta.app_label not in PRIMARY_APPS:
            return REPLICA
        return "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # one database, two copies

    def allow_migrate(self, db, app_label, **hints):
        return db == "default"


def _wrote_recently(request) -> bool:
    try:
        wrote_at = float(request.COOKIES.get(COOKIE, ""))
    except ValueError:
        return False
    return time.time() - wrote_at < settings.REPLICA_LAG_SECONDS


def reads_from_replica(request) -> bool:
    return (
        replica_configured()
        and request.method in SAFE
        and not ADMIN_PATH.match(request.path_info)
        and not _wrote_recently(request)
        and cache.version_age(cache.current_version()) >= settings.REPLICA_LAG_SECONDS
    )


class ReplicaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _on_replica.set(reads_from_replica(request))
        try:
            response = self.get_response(request)
        finally:
            _on_replica.reset(token)
        if request.method not in SAFE and replica_configured():
            # This client reads its own writes from the primary for a while.
            response.set_cookie(
                COOKIE,
                f"{time.time():.3f}",
                max_age=int(settings.REPLICA_LAG_SECONDS) + 1,
                secure=request.is_secure(),
                httponly=True,
                samesite="Lax",
            )
        return response
