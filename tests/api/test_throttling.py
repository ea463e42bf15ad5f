"""The anonymous rate: a window per client opened by its first request, Retry-After the time
left in it, a new window once it has passed, the same cost whatever the rate."""

from __future__ import annotations

import time

import pytest
from django.core.cache import caches
from django.test import RequestFactory, override_settings

from api.throttling import AnonymousRate


@pytest.fixture(autouse=True)
def empty_counts():
    caches["throttle"].clear()
    yield
    caches["throttle"].clear()


def ask(address: str = "10.1.1.1") -> tuple[bool, AnonymousRate]:
    throttle = AnonymousRate()
    request = RequestFactory().get("/api/v1/regions/", REMOTE_ADDR=address)
    return throttle.allow_request(request, None), throttle


@override_settings(API_ANON_RATE="3/minute")
def test_a_client_over_its_rate_waits_what_is_left_of_its_window():
    assert [ask()[0] for _ in range(3)] == [True, True, True]
    allowed, throttle = ask()
    assert not allowed
    assert 55 <= throttle.wait() <= 60
    # Refused requests are not counted: another address, or the same one later, is unaffected.
    assert ask("10.1.1.2")[0]


@override_settings(API_ANON_RATE="2/second")
def test_a_new_window_opens_once_the_period_has_passed():
    assert [ask()[0] for _ in range(3)] == [True, True, False]
    time.sleep(1.05)
    assert [ask()[0] for _ in range(3)] == [True, True, False]


@override_settings(API_ANON_RATE="1000000/second")
def test_a_high_rate_keeps_one_small_entry_per_client():
    for _ in range(500):
        assert ask()[0]
    entries = caches["throttle"]._cache
    assert len(entries) == 1
    # A (start, count) pair, not a list of every request's time.
    assert len(next(iter(entries.values()))) < 100


@override_settings(API_ANON_RATE="")
def test_no_rate_means_no_limit():
    assert all(ask()[0] for _ in range(50))
    assert not caches["throttle"]._cache
