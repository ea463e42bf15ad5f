"""bench/collect.py measures what it says, on a small site (the figures are its output, not
asserted: tests never assert wall-clock time)."""

import pytest

from bench.collect import measure

pytestmark = pytest.mark.django_db


def test_the_bench_collects_each_kind_of_source_and_its_second_runs():
    figures = measure(items=3, per_kind=2)
    runs = {run["label"]: run for run in figures["runs"]}
    assert runs["RSS, first run of 3 items"]["drafts"] == 3
    assert runs["RSS, second run (304)"]["status"] == "not_modified"
    assert runs["RSS, second run, 1 new item (no ETag)"]["drafts"] == 1
    for kind in ("Atom", "sitemap", "WordPress JSON"):
        run = runs[f"{kind}, first run of 2 items"]
        assert (run["status"], run["drafts"], run["errors"]) == ("done", 2, 0)
        assert run["queries"] > 0
