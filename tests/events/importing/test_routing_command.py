"""import_articles routes each draft to the chamber its article names; --claim keeps it."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from events.models import Meeting
from tests.events.admin.conftest import make_editor
from tests.factories import make_user

pytestmark = pytest.mark.django_db

SEED = Path(settings.BASE_DIR) / "fixtures" / "seeds" / "001_6af0ee77e2af140b.txt"


def run(*args) -> str:
    out = StringIO()
    call_command("import_articles", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_editor_import_goes_to_the_named_chamber_and_says_so():
    make_editor("ccis-oriental", username="oriental")
    output = run(str(SEED), "--user", "oriental", "--chamber", "ccis-oriental")
    assert Meeting.objects.get().chamber.slug == "ccis-casablanca-settat"
    assert "أُحيلت المسودة" in output


def test_editor_claim_keeps_the_draft_for_their_chamber():
    make_editor("ccis-oriental", username="oriental")
    run(str(SEED), "--user", "oriental", "--chamber", "ccis-oriental", "--claim")
    assert Meeting.objects.get().chamber.slug == "ccis-oriental"


def test_editor_claim_for_another_chamber_is_refused():
    make_editor("ccis-oriental", username="oriental")
    with pytest.raises(CommandError):
        run(str(SEED), "--user", "oriental", "--chamber", "artisanat-fes-meknes", "--claim")
    assert not Meeting.objects.exists()


def test_claim_needs_a_chamber():
    with pytest.raises(CommandError, match="--claim"):
        run(str(SEED), "--claim")


def test_superuser_chooses_freely():
    make_user(username="root", superuser=True)
    run(str(SEED), "--user", "root", "--chamber", "artisanat-fes-meknes")
    assert Meeting.objects.get().chamber.slug == "artisanat-fes-meknes"
