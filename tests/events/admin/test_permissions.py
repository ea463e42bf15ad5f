"""Who sees and changes what in the admin: anonymous, chamberless staff, editors, superusers."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.urls import reverse

from events.models import Chamber, Meeting
from tests.events.admin.conftest import inline_management, make_editor
from tests.factories import make_user

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:events_meeting_changelist")


def titles_listed(response) -> set[str]:
    return {m.title for m in response.context["cl"].result_list}


@pytest.mark.parametrize(
    "url",
    [
        pytest.param(CHANGELIST, id="changelist"),
        pytest.param(reverse("admin:events_meeting_import"), id="import"),
        pytest.param(reverse("admin:events_meeting_review", args=[1]), id="review"),
        pytest.param(reverse("admin:events_article_changelist"), id="articles"),
    ],
)
def test_anonymous_is_sent_to_the_login_page(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_editors_group_holds_the_permissions_an_editor_needs():
    codenames = set(
        Group.objects.get(name="editors").permissions.values_list("codename", flat=True)
    )
    assert {
        "change_meeting",
        "add_meeting",
        "view_city",
        "view_partner",
        "change_partner",
    } <= codenames
    assert "change_region" not in codenames
    assert "delete_article" not in codenames


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        pytest.param(
            "superuser", {"oriental_draft", "oriental_published", "fes_draft"}, id="superuser"
        ),
        pytest.param("oriental", {"oriental_draft", "oriental_published"}, id="oriental-editor"),
        pytest.param(
            "both", {"oriental_draft", "oriental_published", "fes_draft"}, id="two-chambers"
        ),
        pytest.param("chamberless", set(), id="staff-without-chamber"),
    ],
)
def test_each_role_lists_only_its_chambers_meetings(client, meetings, who, expected):
    users = {
        "superuser": lambda: make_user(superuser=True),
        "oriental": lambda: make_editor("ccis-oriental"),
        "both": lambda: make_editor("ccis-oriental", "artisanat-fes-meknes"),
        "chamberless": lambda: make_editor(),
    }
    client.force_login(users[who]())
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    assert titles_listed(response) == {meetings[key].title for key in expected}


def test_editor_cannot_open_another_chambers_meeting(client, meetings, oriental_editor):
    client.force_login(oriental_editor)
    fes = meetings["fes_draft"]
    change = client.get(reverse("admin:events_meeting_change", args=[fes.pk]))
    review = client.get(reverse("admin:events_meeting_review", args=[fes.pk]))
    # The admin answers a missing object with a redirect to its index and a message.
    assert change.status_code == 302
    assert review.status_code == 404


def test_chamber_choices_are_the_editors_own(client, meetings, oriental_editor):
    client.force_login(oriental_editor)
    response = client.get(
        reverse("admin:events_meeting_change", args=[meetings["oriental_draft"].pk])
    )
    choices = list(response.context["adminform"].form.fields["chamber"].queryset)
    assert choices == [Chamber.objects.get(slug="ccis-oriental")]


def change_data(meeting, **overrides):
    data = {
        "title": meeting.title,
        "slug": meeting.slug,
        "date": meeting.date.isoformat() if meeting.date else "",
        "kind": meeting.kind,
        "category": meeting.category,
        "region": meeting.region_id or "",
        "chamber": meeting.chamber_id,
        "venue": "",
        "summary": "",
        "body": "",
        **inline_management("partner_roles"),
        **inline_management("people"),
    }
    data.update(overrides)
    return data


def test_forged_post_cannot_move_a_meeting_to_another_chamber(client, meetings, oriental_editor):
    client.force_login(oriental_editor)
    meeting = meetings["oriental_draft"]
    other = Chamber.objects.get(slug="artisanat-fes-meknes")
    response = client.post(
        reverse("admin:events_meeting_change", args=[meeting.pk]),
        change_data(meeting, chamber=other.pk),
    )
    assert response.status_code == 200  # the form again, with the error
    assert "chamber" in response.context["adminform"].form.errors
    meeting.refresh_from_db()
    assert meeting.chamber.slug == "ccis-oriental"


def test_editor_saves_own_meeting_and_history_names_them(client, meetings, oriental_editor):
    client.force_login(oriental_editor)
    meeting = meetings["oriental_draft"]
    response = client.post(
        reverse("admin:events_meeting_change", args=[meeting.pk]),
        change_data(meeting, title="لقاء جهوي مصحح"),
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.title == "لقاء جهوي مصحح"
    assert LogEntry.objects.filter(object_id=str(meeting.pk), user=oriental_editor).count() == 1


def test_publish_and_unpublish_actions_go_through_and_are_logged(client, meetings, oriental_editor):
    client.force_login(oriental_editor)
    draft = meetings["oriental_draft"]
    fes = meetings["fes_draft"]
    # The Fès meeting is outside the editor's queryset: the action cannot reach it.
    client.post(CHANGELIST, {"action": "publish_selected", "_selected_action": [draft.pk, fes.pk]})
    draft.refresh_from_db()
    fes.refresh_from_db()
    assert (draft.status, fes.status) == ("published", "draft")
    assert draft.published_at is not None

    client.post(CHANGELIST, {"action": "unpublish_selected", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert (draft.status, draft.published_at) == ("draft", None)
    messages = [
        entry.get_change_message()
        for entry in LogEntry.objects.filter(
            object_id=str(draft.pk), user=oriental_editor
        ).order_by("pk")
    ]
    assert len(messages) == 2
    assert "نُشر اللقاء" in messages[0]
    assert "أُلغي نشر اللقاء" in messages[1]


def test_publish_button_on_the_change_form(client, meetings, oriental_editor):
    client.force_login(oriental_editor)
    meeting = meetings["oriental_draft"]
    url = reverse("admin:events_meeting_change", args=[meeting.pk])
    response = client.post(url, change_data(meeting, _publish="1"))
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.PUBLISHED
    assert (
        "_publish" in client.get(url).content.decode()
        or "_unpublish" in client.get(url).content.decode()
    )


def test_search_box_goes_through_the_meeting_search(client, meetings, oriental_editor):
    client.force_login(oriental_editor)
    response = client.get(CHANGELIST, {"q": "التعاونيات"})
    assert titles_listed(response) == {meetings["oriental_draft"].title}


@pytest.mark.parametrize(
    ("filter_query", "expected"),
    [
        pytest.param({"status__exact": "published"}, {"oriental_published"}, id="status"),
        pytest.param(
            {"chamber__id__exact": "CHAMBER"},
            {"oriental_draft", "oriental_published"},
            id="chamber",
        ),
        pytest.param(
            {"region__id__exact": "REGION"}, {"oriental_draft", "oriental_published"}, id="region"
        ),
        pytest.param(
            {"date__gte": "2025-09-01", "date__lt": "2025-10-01"},
            {"oriental_draft", "oriental_published", "fes_draft"},
            id="date",
        ),
    ],
)
def test_list_filters(client, meetings, admin_user, filter_query, expected):
    client.force_login(admin_user)
    oriental = Chamber.objects.get(slug="ccis-oriental")
    query = {
        key: {"CHAMBER": oriental.pk, "REGION": oriental.region_id}.get(value, value)
        for key, value in filter_query.items()
    }
    response = client.get(CHANGELIST, query)
    assert response.status_code == 200
    assert titles_listed(response) == {meetings[key].title for key in expected}


@pytest.mark.parametrize(
    ("model", "can_change"),
    [
        pytest.param("region", False, id="region"),
        pytest.param("city", False, id="city"),
        pytest.param("chamber", False, id="chamber"),
        pytest.param("partner", True, id="partner-aliases"),
    ],
)
def test_reference_data_is_read_only_to_editors(client, oriental_editor, model, can_change):
    from django.apps import apps

    obj = apps.get_model("events", model).objects.order_by("pk").first()
    client.force_login(oriental_editor)
    response = client.get(reverse(f"admin:events_{model}_change", args=[obj.pk]))
    assert response.status_code == 200
    assert response.context["has_change_permission"] is can_change
    assert client.get(reverse(f"admin:events_{model}_add")).status_code == 403


def test_editor_may_change_only_a_partners_aliases(client, oriental_editor):
    from events.models import Partner

    partner = Partner.objects.get(slug="enabel")
    client.force_login(oriental_editor)
    url = reverse("admin:events_partner_change", args=[partner.pk])
    response = client.post(
        url, {"aliases": '["التعاون البلجيكي بالمغرب"]', "name_ar": "اسم مزور", "kind": "other"}
    )
    assert response.status_code == 302
    partner.refresh_from_db()
    assert partner.aliases == ["التعاون البلجيكي بالمغرب"]
    assert partner.name_ar == "الوكالة البلجيكية للتنمية"


def test_city_autocomplete_answers_editors(client, oriental_editor):
    client.force_login(oriental_editor)
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "events", "model_name": "meeting", "field_name": "city", "term": "وجدة"},
    )
    assert response.status_code == 200
    assert "وجدة" in [r["text"] for r in response.json()["results"]]


def test_articles_are_listed_for_their_chambers_editors_only(client, oriental_editor):
    from events.models import Article

    oriental = Chamber.objects.get(slug="ccis-oriental")
    fes = Chamber.objects.get(slug="artisanat-fes-meknes")
    Article.objects.create(
        raw_text="أ", text="أ", title="مقال الشرق", content_hash="a" * 64, chamber=oriental
    )
    Article.objects.create(
        raw_text="ب", text="ب", title="مقال فاس", content_hash="b" * 64, chamber=fes
    )
    client.force_login(oriental_editor)
    response = client.get(reverse("admin:events_article_changelist"))
    assert [str(a) for a in response.context["cl"].result_list] == ["مقال الشرق"]


def test_admin_pages_carry_the_portal_name_in_arabic(client):
    client.force_login(make_user(superuser=True))
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="ar" dir="rtl"' in html
    assert "ملتقى — فضاء المحررين" in html
