"""Login throttling through the admin's real login form (django-axes)."""

import logging

import pytest
from django.conf import settings

from tests.factories import make_user

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"


def attempt(client, password, username="editor", address="203.0.113.7"):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


def test_wrong_passwords_lock_the_login_even_for_the_right_one(client, caplog):
    make_user(username="editor")
    caplog.set_level(logging.INFO)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "wrong").status_code == 200  # the form again, with its error
    locked = attempt(client, "wrong")
    assert locked.status_code == 429
    assert "محاولات دخول كثيرة" in locked.content.decode()
    right = attempt(client, "pw-for-tests")
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session
    failures = [
        m for r in caplog.records if r.name.startswith("axes") and "editor" in (m := r.getMessage())
    ]
    assert len(failures) >= settings.AXES_FAILURE_LIMIT
    assert all("203.0.113.7" in m for m in failures)


def test_the_username_is_locked_from_any_address(client):
    make_user(username="editor")
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "wrong", address=f"198.51.100.{n + 1}")
    assert attempt(client, "pw-for-tests", address="192.0.2.50").status_code == 429


def test_a_right_password_before_the_limit_logs_in_and_resets(client):
    make_user(username="editor")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "wrong")
    response = attempt(client, "pw-for-tests")
    assert response.status_code == 302
    assert client.session["_auth_user_id"]
    client.logout()
    attempt(client, "wrong")
    assert attempt(client, "pw-for-tests").status_code == 302
