"""Public reads from a real streaming replica, the admin, writes and a fresh writer from the
primary (portal/replica.py), against a primary and replica made for this session."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.portal import cluster as clusters
from tests.portal.test_settings import ROOT
from tests.services import postgres_bin

LAG = 1.5


@pytest.fixture(scope="module")
def cluster():
    made = clusters.start(postgres_bin())
    try:
        yield made
    finally:
        clusters.stop(made)


@pytest.fixture(scope="module")
def seen(cluster):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": cluster.primary_url,
        "DATABASE_REPLICA_URL": cluster.replica_url,
        "REPLICA_LAG_SECONDS": str(LAG),
    }
    env.pop("REDIS_URL", None)
    args = json.dumps([cluster.bin, str(cluster.root), cluster.primary_port, cluster.replica_port])
    result = subprocess.run(
        [sys.executable, "-m", "tests.portal.replica_scenario", args, str(LAG)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    observed = json.loads(result.stdout.strip().splitlines()[-1])
    return observed


def test_a_public_read_goes_to_the_replica(seen):
    before = seen["before"]
    assert (before["status"], before["count"]) == (200, 3)
    assert before["replica_meeting_reads"] > 0 and before["primary_meeting_reads"] == 0


def test_the_editor_and_every_reader_read_the_primary_right_after_a_write(seen):
    assert seen["publish"]["status"] == 302
    for name in ("editor_at_once", "reader_at_once"):
        assert seen[name]["count"] == 4, name
        assert seen[name]["replica_meeting_reads"] == 0, name
        assert seen[name]["primary_meeting_reads"] > 0, name


def test_the_admin_reads_the_primary(seen):
    admin = seen["admin"]
    assert admin["status"] == 200 and admin["replica_meeting_reads"] == 0
    assert admin["primary_meeting_reads"] > 0


def test_after_the_lag_reads_go_to_the_replica_which_had_not_replayed(seen):
    # The replica's replay was paused: what it answers proves where the read went.
    for name in ("reader_later", "editor_later"):
        assert seen[name]["replica_meeting_reads"] > 0, name
        assert seen[name]["primary_meeting_reads"] == 0, name
    assert seen["reader_later"]["count"] == 3
    assert seen["editor_later"]["count"] == 3
    assert seen["reader_replayed"]["count"] == 4


def test_a_client_that_just_wrote_reads_the_primary_for_a_while(seen):
    editor, reader = seen["editor_after_post"], seen["reader_meanwhile"]
    assert (editor["count"], editor["replica_meeting_reads"]) == (4, 0)
    assert editor["primary_meeting_reads"] > 0
    assert (reader["count"], reader["primary_meeting_reads"]) == (3, 0)
