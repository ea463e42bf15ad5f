"""Settings for the test suite: production settings with test-only secrets.

`make test` runs the suite twice, choosing the database through `DATABASE_URL`
(SQLite, then PostgreSQL). Without it the suite runs on SQLite.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-not-a-secret")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("DATABASE_URL", "sqlite:///:memory:")

from portal.settings import *  # noqa: E402, F403

# The bench's commands (generate_meetings), which tests use to make realistic meetings.
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
# The manifest needs collectstatic; tests read static files from their sources.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
IMPORT_ALLOW_PRIVATE_URLS = True
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# Browser tests read static files through whitenoise straight from the app and static dirs.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Every request reads the meetings version, as another process would after its trust ran
# out: each test's rolled-back version is never trusted by the next (tests of the trust set it).
CACHE_VERSION_TRUST = 0
# The suite sends many API requests from one address; the rate-limit tests set their own.
API_ANON_RATE = ""
