"""An editor learns nothing of another chamber's drafts: not through the admin's view-on-site
shortcut, not through the import screen's messages."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from events.models import Meeting
from tests.events.admin.test_import import CASABLANCA_SEED, messages_of

pytestmark = pytest.mark.django_db


def shortcut(model, pk) -> str:
    return f"/admin/r/{ContentType.objects.get_for_model(model).pk}/{pk}/"


def test_the_shortcut_answers_alike_for_missing_ids_and_other_chambers_drafts(
    client, oriental_editor, meetings
):
    client.force_login(oriental_editor)
    other = client.get(shortcut(Meeting, meetings["fes_draft"].pk))
    missing = client.get(shortcut(Meeting, 987654))
    assert other.status_code == missing.status_code == 404
    assert other.content == missing.content
    assert client.get(shortcut(Meeting, "x%00")).status_code == 404
    own = client.get(shortcut(Meeting, meetings["oriental_published"].pk))
    assert own.status_code == 302
    assert own["Location"].endswith(meetings["oriental_published"].get_absolute_url())


def test_the_shortcut_still_serves_superusers(client, admin_user, meetings):
    client.force_login(admin_user)
    assert client.get(shortcut(Meeting, meetings["fes_draft"].pk)).status_code == 302


def test_a_duplicate_in_another_chamber_is_named_by_no_title_nor_link(
    client, admin_user, oriental_editor
):
    client.force_login(admin_user)
    client.post(reverse("admin:events_meeting_import"), {"text": CASABLANCA_SEED})
    first = Meeting.objects.get()
    assert first.chamber.slug != "ccis-oriental"

    client.force_login(oriental_editor)
    response = client.post(
        reverse("admin:events_meeting_import"), {"text": CASABLANCA_SEED}, follow=True
    )
    said = " ".join(messages_of(response))
    assert "مستورد من قبل في غرفة أخرى" in said
    assert first.title not in said
    assert reverse("admin:events_meeting_review", args=[first.pk]) not in said
    # The form shows back the pasted text, whose headline is the title; no address of it.
    assert f"/{first.pk}/review/" not in response.content.decode()
