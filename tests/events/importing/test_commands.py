"""import_articles and load_demo, on the seed articles and the real extractor."""

import datetime
import json
import zipfile
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from events import arabic
from events.models import Article, Meeting

pytestmark = pytest.mark.django_db

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"
GOLD = json.loads(
    (Path(settings.BASE_DIR) / "tests" / "events" / "extraction" / "seeds_gold.json").read_text()
)


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_import_articles_takes_files_folders_and_zips_and_summarises(tmp_path):
    seeds = sorted(SEEDS.glob("*.txt"))
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_bytes(seeds[0].read_bytes())
    with zipfile.ZipFile(tmp_path / "b.zip", "w") as archive:
        archive.writestr("b.txt", seeds[2].read_text(encoding="utf-8").encode("cp1256"))
        archive.writestr("again.txt", seeds[0].read_bytes())
    (tmp_path / "bad.txt").write_text("Only French here.", encoding="utf-8")

    output = run("import_articles", str(folder), str(tmp_path / "b.zip"), str(tmp_path / "bad.txt"))

    assert output.splitlines()[0] == "imported: 2, duplicates: 1, refused: 1"
    assert "ليس بالعربية" in output
    assert Meeting.objects.drafts().count() == 2


def test_import_articles_with_chamber_and_publish(tmp_path):
    seed = sorted(SEEDS.glob("*.txt"))[3]
    output = run("import_articles", str(seed), "--chamber", "ccis-marrakech-safi", "--publish")
    assert output.splitlines()[0] == "imported: 1, duplicates: 0, refused: 0, published: 1"
    assert Meeting.objects.published().get().chamber.slug == "ccis-marrakech-safi"


def _names(values) -> set[str]:
    return {arabic.normalise(v) for v in values}


def test_load_demo_publishes_the_five_seeds_with_their_facts_and_is_idempotent():
    run("load_demo")
    assert Meeting.objects.published().count() == 5
    for gold in GOLD["articles"]:
        article = Article.objects.get(extraction__contract__file=gold["file"])
        meeting = article.meeting
        assert meeting.status == "published", gold["file"]
        expected_date = datetime.date.fromisoformat(gold["date"]) if gold["date"] else None
        facts = (meeting.date, meeting.region.slug, meeting.chamber.slug, meeting.kind)
        assert facts == (expected_date, gold["region"], gold["chamber"], gold["kind"]), gold["file"]
        assert (meeting.city.name_ar if meeting.city else None) == gold["city"], gold["file"]
        partner_names = set()
        for partner in meeting.partners.all():
            partner_names |= _names(partner.all_names())
        assert _names(gold["partners"]) <= partner_names, gold["file"]
        programme_names = set()
        for programme in meeting.programmes.all():
            programme_names |= _names(programme.all_names())
        assert _names(gold["programmes"]) <= programme_names, gold["file"]
        people = {arabic.normalise(name) for name in meeting.people.values_list("name", flat=True)}
        assert {arabic.normalise(p["name"]) for p in gold["people"]} <= people, gold["file"]
        # Every partner has its public page.
        assert all(partner.slug for partner in meeting.partners.all())

    counts = (Article.objects.count(), Meeting.objects.count())
    output = run("load_demo")
    assert (Article.objects.count(), Meeting.objects.count()) == counts
    assert "0 published, 5 already there" in output
