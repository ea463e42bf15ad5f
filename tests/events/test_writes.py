"""events.writes: one write, its follow-ups once, when the outermost write ends."""

from __future__ import annotations

import datetime

import pytest
from django.core.cache import cache as django_cache
from django.urls import reverse

from events import cache, services
from events.models import Article, Chamber, Meeting, MeetingCount, Partner, Programme, Region
from events.writes import meetings_write
from tests.events.admin.conftest import make_editor
from tests.events.admin.test_permissions import change_data
from tests.factories import make_meeting, make_programme, make_user
from tests.guard import stale_derived_data

pytestmark = pytest.mark.django_db


def _version() -> str | None:
    return django_cache.get(cache.VERSION_KEY)


def _counted() -> int:
    return sum(MeetingCount.objects.values_list("count", flat=True))


def test_nested_services_join_the_outer_write():
    meeting = make_meeting(title="ورشة حول التمويل", status="draft")
    with meetings_write([meeting.pk]):
        services.meeting_update_from_review(
            meeting=meeting, user=None, fields={"title": "ندوة حول التصدير"}, publish=True
        )
        # The inner services' follow-ups wait for the outer write.
        assert _counted() == 0
        assert not Meeting.objects.search("التصدير").exists()
    assert _counted() == 1
    assert list(Meeting.objects.search("التصدير")) == [meeting]
    assert stale_derived_data() == []


def test_a_failed_write_changes_nothing_derived():
    meeting = make_meeting(title="ورشة حول التمويل")
    version = _version()
    with pytest.raises(RuntimeError), meetings_write([meeting.pk]):
        Meeting.objects.filter(pk=meeting.pk).update(title="ندوة حول التصدير")
        raise RuntimeError
    assert Meeting.objects.get(pk=meeting.pk).title == "ورشة حول التمويل"
    assert _version() == version
    # And the next write is an outermost one again.
    with meetings_write([meeting.pk]):
        Meeting.objects.filter(pk=meeting.pk).update(title="ندوة حول التصدير")
    assert list(Meeting.objects.search("التصدير")) == [meeting]


def test_drafts_touch_no_public_page_but_publishing_does():
    chamber = Chamber.objects.get(slug="ccis-oriental")
    version = _version()
    result = services.article_import(
        text="نظمت غرفة التجارة والصناعة والخدمات لجهة الشرق بوجدة لقاء تواصليا حول التصدير.",
        chamber=chamber,
        user=None,
    )
    assert result.created and result.meeting.status == "draft"
    assert _version() == version  # a draft is no reader's business
    # The admin searches drafts: it is indexed all the same.
    assert list(Meeting.objects.search("التصدير")) == [result.meeting]
    services.meeting_publish(meeting=result.meeting, user=None)
    assert _version() != version
    assert _counted() == 1


def test_attaching_unknown_names_is_one_write():
    chamber = Chamber.objects.get(slug="ccis-oriental")
    article = Article.objects.create(
        raw_text="نص",
        text="نص",
        content_hash="e" * 64,
        chamber=chamber,
        extraction={
            "partners": [{"name": "جمعية القطاع التعاوني", "slug": None}],
            "programmes": [{"name": "برنامج رواد الجهة", "slug": None}],
        },
    )
    meeting = make_meeting(article=article)
    with meetings_write([meeting.pk]):
        assert services.meeting_attach_unknowns(meeting=meeting, user=None) == 2
        assert not Meeting.objects.search("رواد").exists()
    assert list(Meeting.objects.search("رواد")) == [meeting]
    assert stale_derived_data() == []


def test_admin_delete_reindexes_and_recounts(client):
    meetings = [make_meeting(title="ورشة حول التمويل") for _ in range(3)]
    client.force_login(make_user(superuser=True))
    response = client.post(
        reverse("admin:events_meeting_delete", args=[meetings[0].pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert stale_derived_data() == []
    response = client.post(
        reverse("admin:events_meeting_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [m.pk for m in meetings[1:]],
            "post": "yes",
        },
    )
    assert response.status_code == 302
    assert not Meeting.objects.exists()
    assert stale_derived_data() == []


def test_an_editor_cannot_delete_another_chambers_meetings():
    meeting = make_meeting(chamber="artisanat-fes-meknes")
    with pytest.raises(services.ServiceRefused):
        services.meetings_delete(meetings=[meeting], user=make_editor("ccis-oriental"))
    assert Meeting.objects.filter(pk=meeting.pk).exists()


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(lambda: Region.objects.filter(slug="oriental").first().save(), id="save"),
        pytest.param(
            lambda: Partner.objects.create(name_ar="شريك جديد", slug="sharik"), id="create"
        ),
        pytest.param(lambda: Programme.objects.get(slug="delio").delete(), id="delete"),
        pytest.param(
            lambda: Chamber.objects.get(slug="peche-mediterranee").regions.clear(), id="m2m"
        ),
    ],
)
def test_reference_data_however_written_makes_a_new_version(write):
    version = cache.current_version()
    write()
    assert _version() != version


def test_deleting_a_programme_in_the_admin_reindexes_its_meetings(client):
    programme = make_programme(name_ar="برنامج رواد الجهة", slug="rouwad")
    meeting = make_meeting(programmes=[programme])
    assert list(Meeting.objects.search("رواد")) == [meeting]
    client.force_login(make_user(superuser=True))
    response = client.post(
        reverse("admin:events_programme_delete", args=[programme.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Meeting.objects.search("رواد").exists()
    assert stale_derived_data() == []


def test_a_meeting_saved_in_the_admin_is_one_write(client):
    meeting = make_meeting(title="ورشة حول التمويل", date=datetime.date(2024, 1, 1))
    client.force_login(make_user(superuser=True))
    url = reverse("admin:events_meeting_change", args=[meeting.pk])
    data = change_data(meeting, title="ندوة حول التصدير", date="2025-02-03")
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert list(Meeting.objects.search("التصدير")) == [meeting]
    assert stale_derived_data() == []
