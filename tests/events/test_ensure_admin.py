from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("ensure_admin", *args, stdout=out)
    return out.getvalue()


def password_in(output: str) -> str:
    return next(
        line.split(":", 1)[1].strip() for line in output.splitlines() if "password:" in line
    )


def test_generates_a_working_password_once():
    first = run()
    password = password_in(first)
    assert authenticate(username="admin", password=password) is not None
    second = run()
    assert "password:" not in second
    assert get_user_model().objects.filter(username="admin").count() == 1


def test_two_machines_get_different_passwords():
    first = password_in(run())
    second = password_in(run("--reset"))
    assert first != second
    assert authenticate(username="admin", password=second) is not None
