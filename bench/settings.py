"""Production settings for measuring: DEBUG off, plain http on loopback, a trivial view.

Everything the portal serves is served as in production (whitenoise, manifest storage,
the same middleware); only the URLconf gains /bench/trivial/ for the throughput baseline.
"""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-not-a-secret")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")

# The API is limited as in production (its counter read and written per request), at a rate
# the benchmark never reaches.
os.environ.setdefault("API_ANON_RATE", "1000000/second")

from portal.settings import *  # noqa: E402, F403

ROOT_URLCONF = "bench.urls"
# The bench's own commands (generate_meetings).
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
# Measured with the portal's cache unless told otherwise: BENCH_CACHE=0 shows the cost of
# every miss, which is what a reader gets for a filter combination nobody asked for yet.
if os.environ.get("BENCH_CACHE") == "0":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    # Nor the process's own pages: a version it trusts would let a repeated URL be served
    # from them within the trust (events.cache).
    CACHE_VERSION_TRUST = 0
# A log line per request would be measured too.
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
