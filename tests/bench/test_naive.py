"""The naive app of the benchmarks (bench/naive.py) counts what the portal counts: the bench
compares their totals on every run, and a difference there would be a bug in one of them."""

import pytest

from bench.misses import naive_url, totals_match
from tests.events.views.demo import demo_meetings

pytestmark = pytest.mark.django_db


def test_the_naive_counts_are_the_portals():
    demo_meetings()
    urls = [
        "/meetings/",
        "/meetings/?region=oriental",
        "/meetings/?partner=enabel&region=marrakech-safi",
        "/meetings/?programme=delio&chamber=ccis-oriental",
        "/meetings/?kind=forum",
        "/meetings/?date_from=2024-06-01&date_to=2025-12-31",
        "/meetings/?region=fes-meknes&date_from=2024-03-10",
        "/partners/enabel/",
        "/meetings/?q=ورشة",  # a search: not compared (capped, analysed otherwise)
    ]
    compared, wrong = totals_match(urls)
    assert (compared, wrong) == (8, [])


def test_each_portal_page_has_its_naive_twin():
    assert naive_url("/meetings/?region=oriental") == "/bench/naive/meetings/?region=oriental"
    assert naive_url("/meetings/12/لقاء/") == "/bench/naive/meetings/12/"
    assert naive_url("/partners/enabel/") == "/bench/naive/partners/enabel/"
