"""docker-compose.yml: valid for Docker Compose itself (`config`), and the services of the
production layout, each with a healthcheck and the settings that tie them."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import yaml

from tests.services import compose_command

ROOT = Path(__file__).resolve().parents[1]


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def compose_config(folder: Path, text: str) -> subprocess.CompletedProcess:
    """`docker compose config` of `text` as a compose file, with the example settings as the
    `.env` Compose reads beside it."""
    (folder / "docker-compose.yml").write_text(text)
    shutil.copy(ROOT / ".env.example", folder / ".env")
    return subprocess.run(
        [*compose_command(), "config", "--quiet"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_docker_compose_accepts_the_file_with_the_example_settings(tmp_path):
    checked = compose_config(tmp_path, (ROOT / "docker-compose.yml").read_text())
    assert checked.returncode == 0, checked.stderr


def test_docker_compose_refuses_a_misspelt_option(tmp_path):
    # The check above can fail: Compose validates against its schema, not only the YAML.
    text = (ROOT / "docker-compose.yml").read_text().replace("healthcheck:", "healthchek:", 1)
    checked = compose_config(tmp_path, text)
    assert checked.returncode != 0
    assert "healthchek" in checked.stderr


def test_every_service_of_the_layout_is_there_with_a_healthcheck():
    services = compose()["services"]
    assert set(services) >= {"db", "replica", "redis", "migrate", "web", "proxy"}
    for name in ("db", "replica", "redis", "web", "proxy"):
        assert services[name].get("healthcheck", {}).get("test"), name
    for name in ("db", "replica", "redis", "proxy"):
        image = services[name]["image"]
        assert re.fullmatch(r"(postgres|redis|caddy):[\w.-]+", image), image


def test_the_portal_runs_twice_on_the_replica_redis_and_behind_the_proxy():
    services = compose()["services"]
    web = services["web"]
    assert web["deploy"]["replicas"] == 2
    environment = web["environment"]
    assert environment["REDIS_URL"].startswith("redis://redis:")
    assert "@replica:5432/" in environment["DATABASE_REPLICA_URL"]
    assert "@db:5432/" in environment["DATABASE_URL"]
    assert environment["MIGRATE"] == "0"
    assert web["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert "ports" not in web  # reachable through the proxy only
    proxy_address = services["proxy"]["networks"]["front"]["ipv4_address"]
    assert environment["FORWARDED_ALLOW_IPS"] == proxy_address
    caddyfile = (ROOT / "deploy" / "Caddyfile").read_text()
    assert "dynamic a web 8000" in caddyfile


def test_the_primary_streams_to_the_replica():
    services = compose()["services"]
    command = " ".join(services["db"]["command"])
    assert "wal_level=replica" in command and "max_wal_senders" in command
    entrypoint = (ROOT / "deploy/postgres/replica-entrypoint.sh").read_text()
    assert "pg_basebackup -h db" in entrypoint and " -R " in entrypoint
    for script in ("replica-entrypoint.sh", "primary-init.sh"):
        path = ROOT / "deploy/postgres" / script
        assert path.stat().st_mode & 0o111, f"{script} is not executable"


def test_the_collector_runs_in_a_loop_from_the_portals_image_on_the_primary():
    services = compose()["services"]
    collector = services["collector"]
    assert collector["build"] == services["web"]["build"]
    command = " ".join(collector["command"])
    assert "manage.py collect --loop" in command and "--heartbeat" in command
    heartbeat = collector["command"][collector["command"].index("--heartbeat") + 1]
    assert heartbeat in " ".join(collector["healthcheck"]["test"])
    assert collector["restart"] == "unless-stopped"
    assert collector["environment"]["DATABASE_REPLICA_URL"] == ""
    assert "@db:5432/" in collector["environment"]["DATABASE_URL"]
    assert collector["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
