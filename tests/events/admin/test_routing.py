"""The chamber an article names decides whose queue its draft joins, through the admin."""

from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from events.models import Chamber, Meeting
from tests.events.admin.conftest import make_editor
from tests.factories import make_user

pytestmark = pytest.mark.django_db

IMPORT = reverse("admin:events_meeting_import")
CHANGELIST = reverse("admin:events_meeting_changelist")
SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"
CASABLANCA_SEED = (SEEDS / "001_6af0ee77e2af140b.txt").read_text(encoding="utf-8")
ORIENTAL_SEED = (SEEDS / "002_acc5641cf57d7599.txt").read_text(encoding="utf-8")


def chamber(slug):
    return Chamber.objects.get(slug=slug)


def messages_of(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


def test_another_chambers_article_goes_to_its_editors_with_an_arabic_warning(
    client, oriental_editor
):
    casablanca_editor = make_editor("ccis-casablanca-settat", username="casa")
    client.force_login(oriental_editor)
    # The form offers the editor's own chamber first: that choice must not file the draft.
    response = client.post(
        IMPORT, {"text": CASABLANCA_SEED, "chamber": chamber("ccis-oriental").pk}, follow=True
    )
    meeting = Meeting.objects.get()
    assert meeting.chamber.slug == "ccis-casablanca-settat"
    assert meeting.article.chamber.slug == "ccis-casablanca-settat"
    assert response.redirect_chain[-1][0] == IMPORT
    text = messages_of(response)
    assert chamber("ccis-casablanca-settat").name_ar in text
    assert "أُحيلت المسودة" in text
    # Gone from the importer's queue, in the named chamber's.
    assert not Meeting.objects.editable_by(oriental_editor).exists()
    assert client.get(reverse("admin:events_meeting_review", args=[meeting.pk])).status_code in (
        302,
        403,
        404,
    )
    client.force_login(casablanca_editor)
    assert meeting.title in client.get(CHANGELIST).content.decode()


def test_a_claimed_joint_meeting_stays_with_the_importers_chamber(client, oriental_editor):
    client.force_login(oriental_editor)
    response = client.post(
        IMPORT,
        {"text": CASABLANCA_SEED, "chamber": chamber("ccis-oriental").pk, "claim": "on"},
    )
    meeting = Meeting.objects.get()
    assert meeting.chamber.slug == "ccis-oriental"
    assert response["Location"] == reverse("admin:events_meeting_review", args=[meeting.pk])


def test_a_claim_for_a_chamber_not_the_editors_is_refused(client, oriental_editor):
    client.force_login(oriental_editor)
    response = client.post(
        IMPORT,
        {"text": CASABLANCA_SEED, "chamber": chamber("ccis-casablanca-settat").pk, "claim": "on"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["chamber"]
    assert not Meeting.objects.exists()


def test_own_chambers_article_opens_its_review(client, oriental_editor):
    client.force_login(oriental_editor)
    response = client.post(IMPORT, {"text": ORIENTAL_SEED})
    meeting = Meeting.objects.get()
    assert meeting.chamber.slug == "ccis-oriental"
    assert response["Location"] == reverse("admin:events_meeting_review", args=[meeting.pk])


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        pytest.param(None, "ccis-casablanca-settat", id="named"),
        pytest.param("artisanat-fes-meknes", "artisanat-fes-meknes", id="chosen"),
    ],
)
def test_superuser_chooses_freely(client, chosen, expected):
    client.force_login(make_user(superuser=True))
    data = {"text": CASABLANCA_SEED}
    if chosen:
        data["chamber"] = chamber(chosen).pk
    response = client.post(IMPORT, data)
    meeting = Meeting.objects.get()
    assert meeting.chamber.slug == expected
    assert response["Location"] == reverse("admin:events_meeting_review", args=[meeting.pk])
