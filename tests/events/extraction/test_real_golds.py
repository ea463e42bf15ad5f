"""The real articles' gold files are what every accuracy figure stands on: each answer must be
one the portal could give (known slugs, ISO dates), each article must be re-gatherable, and no
article may sit in two sets, or a blind set would not be blind."""

import datetime
import json
from pathlib import Path

import pytest

from events.categories import SLUGS as CATEGORIES
from events.gazetteer_data import CHAMBER_KINDS, FISHING_CHAMBERS, REGIONS

REAL = Path(__file__).resolve().parent / "real"
GOLDS = sorted(p for p in REAL.glob("*.json") if p.name != "dev_categories.json")
REGION_SLUGS = {slug for slug, _ar, _fr in REGIONS.values()}
CHAMBER_SLUGS = {f"{kind}-{region}" for kind in CHAMBER_KINDS for region in REGION_SLUGS} | {
    slug for slug, *_ in FISHING_CHAMBERS
}
REGATHER_KEYS = {"file", "source", "retrieval_key", "chars"}


def _articles(path):
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def _is_date(value):
    try:
        datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_every_answer_is_one_the_portal_can_give(path):
    wrong = []
    for article in _articles(path):
        name = article.get("file")
        if missing := REGATHER_KEYS - article.keys():
            wrong.append((name, "missing", sorted(missing)))
        for region in [article["region"], *article.get("region_also_accepted", [])]:
            if region not in REGION_SLUGS:
                wrong.append((name, "region", region))
        for chamber in [article["chamber"], *article.get("chamber_also_accepted", [])]:
            if chamber is not None and chamber not in CHAMBER_SLUGS:
                wrong.append((name, "chamber", chamber))
        if "category" in article:
            for category in [article["category"], *article.get("category_also_accepted", [])]:
                if category not in CATEGORIES:
                    wrong.append((name, "category", category))
        for field in ("date", "date_end", "date_inferred"):
            if article.get(field) is not None and not _is_date(article[field]):
                wrong.append((name, field, article[field]))
        for value in article.get("date_also_accepted", []):
            if not _is_date(value):
                wrong.append((name, "date_also_accepted", value))
        start, end = article.get("date"), article.get("date_end")
        if start and end and end < start:
            wrong.append((name, "date_end before date", article["date_end"]))
        for field in ("partners", "programmes"):
            if not isinstance(article.get(field), list):
                wrong.append((name, field, article.get(field)))
    assert wrong == []


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_a_set_names_each_text_once(path):
    files = [article["file"] for article in _articles(path)]
    assert len(files) == len(set(files))


def test_no_page_is_in_two_sets():
    seen = {}
    twice = []
    for path in GOLDS:
        for article in _articles(path):
            source = article["source"].rstrip("/")
            if source in seen and seen[source] != path.stem:
                twice.append((source, seen[source], path.stem))
            seen.setdefault(source, path.stem)
    assert twice == []


def test_no_text_is_committed_beside_the_answers():
    # The texts are stored copies of copyrighted pages: only answers live here.
    assert sorted(p.name for p in REAL.iterdir() if p.suffix not in {".json", ".md"}) == []
