"""Login throttling (django-axes) for the admin's login form."""

from __future__ import annotations

from axes.backends import AxesStandaloneBackend


class LoginThrottle(AxesStandaloneBackend):
    """Axes' check of every login made through a request (the admin's form).

    A login without a request (`authenticate()` from a management command or a shell on the
    server) has no client to throttle: it is left to the next backend instead of refused."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
