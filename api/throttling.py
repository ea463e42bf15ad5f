"""Rate limits of anonymous API use, per client address: settings.API_ANON_RATE ("120/minute";
empty: none). Counted in settings.CACHES["throttle"]: Redis where the portal has one, so every
web process and host counts together; else each process's memory.

A client's window opens with its first request and lasts the rate's period; the entry is a
(start, count) pair, so a request costs one small read and one small write whatever the rate.
DRF's own throttle keeps every request's time in the window and rewrote that whole list on each
request: at a high rate (the bench's) it cost more than a cached answer.
"""

from __future__ import annotations

import math

from django.conf import settings
from django.core.cache import caches
from rest_framework.throttling import AnonRateThrottle


class AnonymousRate(AnonRateThrottle):
    wait_until = 0.0

    @property
    def cache(self):
        return caches["throttle"]

    def get_rate(self):
        # Read at each request, not at import: settings may change (tests, a reload).
        return getattr(settings, "API_ANON_RATE", "") or None

    def get_cache_key(self, request, view):
        # The API authenticates no one (a session cookie gives it no rights): every client is
        # counted by its address, whether DRF's request or Django's (api.stored) asks.
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def allow_request(self, request, view):
        rate = self.get_rate()
        if rate is None:
            return True
        allowed, period = self.parse_rate(rate)
        key, now = self.get_cache_key(request, view), self.timer()
        entry = self.cache.get(key)
        start, count = entry if isinstance(entry, tuple) and len(entry) == 2 else (now, 0)
        if now - start >= period:
            start, count = now, 0
        if count >= allowed:
            self.wait_until = start + period
            return False
        # A timeout of 0 would store nothing: at least a second.
        self.cache.set(key, (start, count + 1), max(1, math.ceil(start + period - now)))
        return True

    def wait(self):
        return max(1, math.ceil(self.wait_until - self.timer()))
