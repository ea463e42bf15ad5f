"""Two web processes on different ports, sharing one database and one Redis: an editor
publishes through the admin of the first, and the second serves the meeting once its trust
in the meetings version it last read has run out (settings.CACHE_VERSION_TRUST)."""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid

import pytest
import redis

from tests.portal.cluster import free_port
from tests.portal.test_settings import ROOT
from tests.services import redis_url

TRUST = 1.0
TITLE = "لقاء ينشر في العملية الأولى"


def _get(opener, url: str, data: dict | None = None) -> str:
    body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
    with opener.open(url, body, timeout=30) as response:
        return response.read().decode()


def _wait_until_up(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(process.stderr.read().decode()[-2000:])
        try:
            urllib.request.urlopen(url + "/api/v1/regions/", timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(url)


@pytest.fixture
def servers(tmp_path):
    url = redis_url()
    prefix = f"multaqa-two-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'shared.sqlite3'}",
        "REDIS_URL": url,
        "CACHE_KEY_PREFIX": prefix,
        "CACHE_VERSION_TRUST": str(TRUST),
    }
    setup = subprocess.run(
        [sys.executable, "-m", "tests.portal.two_processes_setup"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert setup.returncode == 0, setup.stderr[-3000:]
    draft = int(setup.stdout.split()[-1])
    processes, urls = [], []
    try:
        for _ in range(2):
            port = free_port()
            process = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            processes.append(process)
            urls.append(f"http://127.0.0.1:{port}")
        for process, base in zip(processes, urls, strict=True):
            _wait_until_up(base, process)
        yield urls, draft
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=30)
        client = redis.Redis.from_url(url)
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)


def test_a_publish_on_one_process_is_seen_on_the_other(servers):
    (first, second), draft = servers
    reader = urllib.request.build_opener()
    assert json.loads(_get(reader, second + "/api/v1/meetings/"))["count"] == 3
    assert TITLE not in _get(reader, second + "/meetings/")

    editor = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    login = _get(editor, first + "/admin/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login).group(1)
    _get(
        editor,
        first + "/admin/login/?next=/admin/",
        {
            "csrfmiddlewaretoken": token,
            "username": "editor",
            "password": "pw-for-tests",
            "next": "/admin/",
        },
    )
    changelist = _get(editor, first + "/admin/events/meeting/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', changelist).group(1)
    _get(
        editor,
        first + "/admin/events/meeting/",
        {
            "csrfmiddlewaretoken": token,
            "action": "publish_selected",
            "_selected_action": [draft],
        },
    )
    published_at = time.monotonic()
    # The first process knows at once.
    assert json.loads(_get(reader, first + "/api/v1/meetings/"))["count"] == 4
    # The second, at the latest once the version it trusts has expired.
    time.sleep(max(0.0, TRUST - (time.monotonic() - published_at)))
    assert json.loads(_get(reader, second + "/api/v1/meetings/"))["count"] == 4
    assert TITLE in _get(reader, second + "/meetings/")
