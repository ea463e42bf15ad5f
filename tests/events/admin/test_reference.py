"""Editing reference data in the admin keeps extraction and search current."""

import pytest
from django.urls import reverse

from events.models import Meeting, Partner
from tests.events.admin.conftest import make_editor
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db


def test_an_alias_an_editor_adds_finds_the_partners_meetings(client):
    enabel = Partner.objects.get(slug="enabel")
    meeting = make_meeting(title="اجتماع تنسيقي حول حاضنة المقاولات", partners=[enabel])
    assert list(Meeting.objects.search("Belgian Development Agency")) == []

    client.force_login(make_editor("ccis-oriental"))
    response = client.post(
        reverse("admin:events_partner_change", args=[enabel.pk]),
        {"aliases": '["وكالة التعاون البلجيكي", "Belgian Development Agency"]'},
    )

    assert response.status_code == 302
    assert Partner.objects.get(pk=enabel.pk).aliases == [
        "وكالة التعاون البلجيكي",
        "Belgian Development Agency",
    ]
    assert list(Meeting.objects.search("Belgian Development Agency")) == [meeting]
