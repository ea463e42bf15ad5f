"""Settings for Multaqa, read from the environment.

SQLite under `.data/` is the embedded default so that a fresh clone runs with nothing else
installed; production points `DATABASE_URL` at PostgreSQL.
"""

import datetime
import os
import secrets
import sys
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("MULTAQA_DATA_DIR", BASE_DIR / ".data"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")


def running_offline_command() -> bool:
    """A management command that serves no request (migrate, extract_article, …)."""
    return Path(sys.argv[0]).name in {"manage.py", "django-admin"} and "runserver" not in sys.argv


SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG:
        # Only ever used with DEBUG on, on a developer's machine.
        SECRET_KEY = "django-insecure-multaqa-development-only"
    elif running_offline_command():
        # Nothing a command signs outlives it, so a throwaway key lets `manage.py migrate` or
        # `extract_article` run on a bare machine; serving a request still requires the key.
        SECRET_KEY = secrets.token_urlsafe(50)
    else:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")

# The placeholder of .env.example, or a key made for development, signs nothing in production.
PLACEHOLDER_KEY_PREFIXES = ("change-me", "django-insecure")
if not DEBUG and SECRET_KEY.startswith(PLACEHOLDER_KEY_PREFIXES):
    raise ImproperlyConfigured(
        "SECRET_KEY is the placeholder of .env.example: set a random one when DEBUG is off"
        ' (python3 -c "import secrets; print(secrets.token_urlsafe(50))").'
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_filters",
    "csp",
    "portal.apps.AxesConfig",
    "rest_framework",
    "drf_spectacular",
    "events",
    "api",
    "collect",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "portal.headers.PermissionsPolicy",
    # Before the refusals below: their answers under /api/ are the API's JSON errors.
    "api.middleware.ApiMiddleware",
    "portal.errors.RefuseControlCharacters",
    "portal.replica.ReplicaMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "events.errors.SiteNotFoundMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it answers a locked-out login with its lockout page.
    "axes.middleware.AxesMiddleware",
    "portal.errors.RetryWhileDatabaseRestarts",
]
# How long a read waits for a database that went away (a restart) before the 503 page.
DATABASE_RETRY_SECONDS = float(os.environ.get("DATABASE_RETRY_SECONDS", 3))

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASE_URL = os.environ.get("DATABASE_URL")
if not DATABASE_URL:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASE_URL = f"sqlite:///{DATA_DIR / 'db.sqlite3'}"
# Health checks: a connection kept across requests that the server closed (a restart) is
# replaced before the request uses it, instead of failing that request on each worker.
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # WAL lets the dev server read while an import writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL;",
        "transaction_mode": "IMMEDIATE",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Memory per sort or bitmap of a query. PostgreSQL's default (4 MB) makes the bitmap of a
    # search word found in 95,000 of a million meetings lossy: every row of its pages is then
    # read and its search vector unpacked again (0.36 s instead of 0.03 s; docs/performance.md).
    work_mem = os.environ.get("PG_WORK_MEM", "32MB")
    # No JIT: the planner compiles any query it costs over jit_above_cost, and a page's queries
    # are a few ms each where compiling one took 0.6 s (an index walk over a year of a million
    # meetings, docs/performance.md).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = f"-c work_mem={work_mem} -c jit=off"
# A streaming replica for public reads (portal/replica.py): the admin, every write and an
# editor who just wrote read from the primary.
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL, conn_max_age=60, conn_health_checks=True
    )
    DATABASES["replica"]["OPTIONS"] = dict(DATABASES["default"].get("OPTIONS", {}))
    # A test run reads its one test database through both names.
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["portal.replica.ReplicaRouter"]
# Seconds the replica may lag behind the primary: for that long after a write, its writer,
# and after any meeting changes, every reader, reads from the primary.
REPLICA_LAG_SECONDS = float(os.environ.get("REPLICA_LAG_SECONDS", 5))
# Several test runs may share one PostgreSQL server (developers, CI): each can name its own.
if os.environ.get("TEST_DB_SUFFIX"):
    DATABASES["default"]["TEST"] = {"NAME": f"test_multaqa_{os.environ['TEST_DB_SUFFIX']}"}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache for every process and host of the portal (gunicorn workers, the admin, import
# commands run in a container of their own), so that `events.cache`'s invalidation after a
# write reaches every reader: Redis where REDIS_URL names one (several web hosts), else the
# database's. `manage.py createcachetable` makes the database cache's table (bin/serve, make
# run and the benchmarks run it; the test runner does it by itself).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "TIMEOUT": 6 * 3600,
            # Several portals (or test runs) may share one Redis.
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "multaqa"),
        }
    }
    # The API's rate counts (api.throttling): shared by every process, as the pages are.
    CACHES["throttle"] = CACHES["default"]
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "multaqa_cache",
            "TIMEOUT": 6 * 3600,
            "OPTIONS": {"MAX_ENTRIES": 20000, "CULL_FREQUENCY": 4},
        },
        # The API's rate counts, per process without Redis: a read and a write of the
        # database cache per API request would cost more than the cached answer itself.
        "throttle": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "api-throttle",
        },
    }

# Seconds a process serves cached pages under the meetings version it last read before
# reading it again (events.cache): a write elsewhere reaches its readers within this delay.
CACHE_VERSION_TRUST = float(os.environ.get("CACHE_VERSION_TRUST", 0.1))

# The read-only API (/api/v1/, api/): JSON only, anonymous use limited per client address.
API_ANON_RATE = os.environ.get("API_ANON_RATE", "120/minute")
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.AnonymousRate"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.ApiPagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    # Behind NUM_PROXIES proxies, the client is that far from the end of X-Forwarded-For: one
    # behind the compose proxy (BEHIND_PROXY), which writes that header itself.
    "NUM_PROXIES": int(os.environ.get("API_NUM_PROXIES", 1 if env_bool("BEHIND_PROXY") else 0)),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Multaqa API",
    "DESCRIPTION": (
        "Published business-support meetings of Morocco's regions, read-only. "
        "Every object names itself in Arabic (name_ar) and French (name_fr)."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", _("العربية")), ("fr", _("Français"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Africa/Casablanca"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

SITE_NAME = "ملتقى"
# Public origin used in feeds and exports where no request is at hand.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Article import limits; the URL fetcher refuses private and loopback addresses unless
# told otherwise (the tests serve saved pages on loopback).
IMPORT_MAX_BYTES = int(os.environ.get("IMPORT_MAX_BYTES", 2 * 1024 * 1024))
IMPORT_FETCH_TIMEOUT = float(os.environ.get("IMPORT_FETCH_TIMEOUT", 10))
IMPORT_ALLOW_PRIVATE_URLS = env_bool("IMPORT_ALLOW_PRIVATE_URLS")
if IMPORT_ALLOW_PRIVATE_URLS and not DEBUG:
    # It lets an editor's URL reach the portal's own network (its database, its admin).
    raise ImproperlyConfigured(
        "IMPORT_ALLOW_PRIVATE_URLS is for development only: it is refused when DEBUG is off."
    )
# What one input may cost once unpacked: a .docx's parts inflated together, the article's
# characters and its paragraphs (press articles have thousands of characters, tens of
# paragraphs; a crafted file millions).
IMPORT_MAX_INFLATED_BYTES = int(os.environ.get("IMPORT_MAX_INFLATED_BYTES", 16 * 1024 * 1024))
IMPORT_MAX_CHARS = int(os.environ.get("IMPORT_MAX_CHARS", 200_000))
IMPORT_MAX_PARAGRAPHS = int(os.environ.get("IMPORT_MAX_PARAGRAPHS", 3000))
IMPORT_MAX_HTML_ELEMENTS = int(os.environ.get("IMPORT_MAX_HTML_ELEMENTS", 8000))

# The collector (collect/): a feed, WordPress page or sitemap is fetched like an article, up
# to its own size (a 500-item feed with full texts is a few megabytes); a run reads at most
# COLLECT_MAX_ITEMS of a source's items (the newest); a collector holds a source for
# COLLECT_LEASE_SECONDS, renewed after each item; an item whose page did not answer is tried
# COLLECT_MAX_ATTEMPTS times in all.
COLLECT_MAX_FEED_BYTES = int(os.environ.get("COLLECT_MAX_FEED_BYTES", 8 * 1024 * 1024))
COLLECT_MAX_ITEMS = int(os.environ.get("COLLECT_MAX_ITEMS", 1000))
COLLECT_LEASE_SECONDS = int(os.environ.get("COLLECT_LEASE_SECONDS", 300))
COLLECT_MAX_ATTEMPTS = int(os.environ.get("COLLECT_MAX_ATTEMPTS", 3))

LOGIN_URL = "admin:login"

# Login throttling (django-axes): after AXES_FAILURE_LIMIT failures from one address, or for
# one username, further logins are refused for the cool-off, with a page in Arabic. Every
# failure is logged (logger "axes", with the username and address) and kept in the admin.
AUTHENTICATION_BACKENDS = [
    "portal.auth.LoginThrottle",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", 15)))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/lockout.html"
# Axes masks the username and address in its log by default; a failed login's log line is
# for the operators who must see who was tried from where (the password is always masked).
AXES_SENSITIVE_PARAMETERS: list[str] = []
# The client's address: REMOTE_ADDR, unless the portal runs behind the compose proxy, which
# sets X-Forwarded-For to the address it saw (a client cannot reach gunicorn to forge it).
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR") if env_bool("BEHIND_PROXY") else ("REMOTE_ADDR",)
)

if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # Preloading is hard to undo (browsers keep the list for months): opt in with the env.
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    if not SECURE_HSTS_PRELOAD:
        # The deploy check's nudge to preload: leaving the list out is the chosen default.
        SILENCED_SYSTEM_CHECKS = ["security.W021"]
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp) on every response, public pages and admin alike: only
# the portal's own scripts, styles and images, no inline script or style, no framing, no
# plugins, forms posting only here. Public pages have no inline code (JSON-LD is data, not
# script); Django's admin has none either.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
