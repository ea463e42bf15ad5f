"""The real services some tests need (Redis, PostgreSQL's server binaries): found, or skipped
loudly, or failed when CI requires them (REQUIRE_REDIS=1, REQUIRE_REPLICA=1, REQUIRE_COMPOSE=1)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import warnings

import pytest

REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
# A database of its own, so the tests never touch what a developer's portal keeps in db 0;
# each half of `make test` has its own (REDIS_TEST_DB), since the two halves run at once.
REDIS_TEST_URL = f"redis://{REDIS_HOST}:{REDIS_PORT}/{int(os.environ.get('REDIS_TEST_DB', 13))}"


def missing(what: str, variable: str) -> None:
    message = f"*** {what}: SKIPPING. Set {variable}=1 to fail instead. ***"
    if os.environ.get(variable) == "1":
        pytest.fail(f"{what} and {variable}=1")
    warnings.warn(message, stacklevel=2)
    pytest.skip(message)


def redis_url() -> str:
    try:
        with socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            if not sock.recv(16).startswith(b"+PONG"):
                raise OSError("no PONG")
    except OSError:
        missing(f"Redis is not answering on {REDIS_HOST}:{REDIS_PORT}", "REQUIRE_REDIS")
    return REDIS_TEST_URL


def postgres_bin() -> str:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_basebackup"),
        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0,
    )
    if not found:
        missing("PostgreSQL's server binaries are not in /usr/lib/postgresql", "REQUIRE_REPLICA")
    return os.path.dirname(found[-1])


def compose_command() -> list[str]:
    """Docker Compose as this machine has it: the `docker compose` plugin, else Debian's
    `docker-compose` (`make compose-tools`); both validate a file against the Compose schema."""
    docker = shutil.which("docker")
    if docker:
        plugin = subprocess.run([docker, "compose", "version"], capture_output=True, check=False)
        if plugin.returncode == 0:
            return [docker, "compose"]
    standalone = shutil.which("docker-compose")
    if not standalone:
        missing("Docker Compose is not installed (`make compose-tools`)", "REQUIRE_COMPOSE")
    return [standalone]
