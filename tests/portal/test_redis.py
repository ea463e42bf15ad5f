"""The shared cache in Redis (REDIS_URL): Django's own RedisCache, holding the meetings
version and the cached pages, so that a write's invalidation reaches every process."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
import redis
from django.core.cache import cache as django_cache
from django.test import override_settings

from events import cache
from tests.factories import make_meeting
from tests.portal.test_settings import ROOT
from tests.services import redis_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_cache():
    url = redis_url()
    prefix = f"multaqa-test-{uuid.uuid4().hex[:8]}"
    settings = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
        }
    }
    settings["throttle"] = settings["default"]
    client = redis.Redis.from_url(url)
    with override_settings(CACHES=settings):
        yield client, prefix
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def test_redis_url_selects_djangos_redis_cache():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings", "DEBUG": "1"}
    with_redis = {**env, "REDIS_URL": "redis://127.0.0.1:6379/13"}
    without = {k: v for k, v in env.items() if k != "REDIS_URL"}
    run = [sys.executable, "-c", f"import django; django.setup(); {code}"]

    def backend(environment) -> str:
        out = subprocess.run(run, cwd=ROOT, env=environment, capture_output=True, text=True)
        return out.stdout.strip()

    assert backend(with_redis) == "django.core.cache.backends.redis.RedisCache"
    assert backend(without) == "django.core.cache.backends.db.DatabaseCache"


def test_the_version_and_pages_live_in_redis(client, redis_cache):
    redis_client, prefix = redis_cache
    assert type(django_cache._cache).__name__ == "RedisCacheClient"
    make_meeting(title="لقاء في ريديس")
    cache.meetings_changed()
    first = client.get("/meetings/").content.decode()
    assert "لقاء في ريديس" in first
    keys = {key.decode() for key in redis_client.scan_iter(f"{prefix}:*")}
    assert f"{prefix}:1:{cache.VERSION_KEY}" in keys
    assert any(":page.z:" in key for key in keys), keys
    version = django_cache.get(cache.VERSION_KEY)
    # A write anywhere replaces the version in Redis: the next page is computed again.
    make_meeting(title="لقاء ثان في ريديس")
    cache.meetings_changed()
    assert django_cache.get(cache.VERSION_KEY) != version
    assert "لقاء ثان في ريديس" in client.get("/meetings/").content.decode()


def test_api_answers_and_limits_are_counted_in_redis(client, redis_cache):
    redis_client, prefix = redis_cache
    with override_settings(API_ANON_RATE="2/minute"):
        statuses = [client.get("/api/v1/regions/").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    keys = {key.decode() for key in redis_client.scan_iter(f"{prefix}:*")}
    assert any("throttle_anon" in key for key in keys), keys
    assert any(":api:" in key for key in keys), keys
