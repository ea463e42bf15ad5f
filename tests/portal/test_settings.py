import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# What tests/settings.py and tests/conftest.py put in the environment of the test process.
TEST_ONLY_VARIABLES = {
    "DEBUG",
    "SECRET_KEY",
    "DATABASE_URL",
    "ALLOWED_HOSTS",
    "SECURE_SSL_REDIRECT",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}
PRODUCTION_KEY = "k3y-for-a-production-like-check-" + "x8Qz!" * 8


def run_manage(*args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if k not in TEST_ONLY_VARIABLES}
    env.update({"DJANGO_SETTINGS_MODULE": "portal.settings", **(env_extra or {})})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_under_production_settings(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_extra={
            "SECRET_KEY": PRODUCTION_KEY,
            "ALLOWED_HOSTS": "multaqa.example.ma",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_secret_key_is_required_to_serve_when_debug_is_off():
    env = {k: v for k, v in os.environ.items() if k not in TEST_ONLY_VARIABLES}
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    result = subprocess.run(
        [sys.executable, "-c", "import portal.wsgi"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_offline_commands_run_on_a_bare_machine(tmp_path):
    """Outside checks call `manage.py migrate` and `extract_article` with no settings at all."""
    result = run_manage(
        "migrate", "-v0", env_extra={"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "url,engine",
    [
        ("sqlite:////tmp/multaqa-x.sqlite3", "django.db.backends.sqlite3"),
        ("postgres://postgres@127.0.0.1:5432/postgres", "django.db.backends.postgresql"),
    ],
    ids=["sqlite", "postgres"],
)
def test_database_url_selects_the_database(url, engine):
    code = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    result = run_manage("shell", "-c", code, env_extra={"DEBUG": "1", "DATABASE_URL": url})
    assert result.stdout.strip().splitlines()[-1] == engine, result.stderr


def _example_key() -> str:
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line.startswith("SECRET_KEY="):
            return line.split("=", 1)[1]
    raise AssertionError("no SECRET_KEY in .env.example")


@pytest.mark.parametrize(
    "extra,message",
    [
        ({"SECRET_KEY": None}, "SECRET_KEY is the placeholder of .env.example"),
        ({"IMPORT_ALLOW_PRIVATE_URLS": "1"}, "IMPORT_ALLOW_PRIVATE_URLS is for development only"),
    ],
    ids=["placeholder-key", "private-urls"],
)
def test_unsafe_settings_are_refused_when_debug_is_off(tmp_path, extra, message):
    env = {
        "SECRET_KEY": PRODUCTION_KEY,
        "ALLOWED_HOSTS": "multaqa.example.ma",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **{k: (v if v is not None else _example_key()) for k, v in extra.items()},
    }
    refused = run_manage("check", env_extra=env)
    assert refused.returncode != 0
    assert message in refused.stderr
    allowed = run_manage("check", env_extra={**env, "DEBUG": "1"})
    assert allowed.returncode == 0, allowed.stderr


def test_hsts_preload_is_opt_in(tmp_path):
    show = "from django.conf import settings; print(settings.SECURE_HSTS_PRELOAD)"
    env = {
        "SECRET_KEY": PRODUCTION_KEY,
        "ALLOWED_HOSTS": "multaqa.example.ma",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    assert run_manage("shell", "-c", show, env_extra=env).stdout.split()[-1] == "False"
    opted = run_manage("shell", "-c", show, env_extra={**env, "SECURE_HSTS_PRELOAD": "1"})
    assert opted.stdout.split()[-1] == "True"


def test_compose_serves_gunicorn_only_behind_the_proxy():
    compose = (ROOT / "docker-compose.yml").read_text()
    web = compose.split("\n  web:\n")[1].split("\n  proxy:\n")[0]
    proxy = compose.split("\n  proxy:\n")[1].split("\nnetworks:\n")[0]
    assert "ports:" not in web
    assert 'FORWARDED_ALLOW_IPS: "*"' not in web
    allowed = web.split("FORWARDED_ALLOW_IPS:")[1].split("\n")[0].strip()
    assert f"ipv4_address: {allowed}" in proxy
    assert "./deploy/Caddyfile:/etc/caddy/Caddyfile" in proxy
    caddyfile = (ROOT / "deploy" / "Caddyfile").read_text()
    # The web service on 8000: one upstream, or each of its replicas by Docker's DNS.
    assert "reverse_proxy web:8000" in caddyfile or "dynamic a web 8000" in caddyfile
    assert "header_up X-Forwarded-Proto {scheme}" in caddyfile
