"""The commands as the README gives them, in processes of their own, on a fresh database:
migrate, add_source, then `collect --loop` until SIGTERM stops it."""

import os
import signal
import subprocess
import sys
import time

from bench import feed_site
from tests.collect.conftest import serve_rss
from tests.portal.test_settings import ROOT


def test_the_readme_commands_from_a_fresh_database(site, tmp_path):
    serve_rss(site, [feed_site.meeting(n) for n in range(2)])
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}",
    }

    def manage(*args, **kwargs):
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, text=True, **kwargs
        )

    assert manage("migrate", "-v0", capture_output=True).returncode == 0
    added = manage(
        "add_source", site.url("/feed.xml"), "--chamber", "ccis-oriental", capture_output=True
    )
    assert added.returncode == 0, added.stderr
    loop = subprocess.Popen(
        [sys.executable, "manage.py", "collect", "--loop", "--max-sleep", "0.5"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and site.requests["/news/1.html"] == 0:
        time.sleep(0.2)
    time.sleep(1)
    loop.send_signal(signal.SIGTERM)
    out, err = loop.communicate(timeout=30)
    assert loop.returncode == 0, err
    assert "drafts 2" in out
