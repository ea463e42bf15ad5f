"""Rate limits of anonymous API use, per client address: settings.API_ANON_RATE ("120/minute";
empty: none). Counted in settings.CACHES["throttle"]: Redis where the portal has one, so every
web process and host counts together; else each process's memory."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import caches
from rest_framework.throttling import AnonRateThrottle


class AnonymousRate(AnonRateThrottle):
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
        self.rate = self.get_rate()
        if self.rate is None:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)
