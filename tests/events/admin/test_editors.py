"""Making an editor in one admin form and with add_editor; the editor can then work."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from events.models import Chamber, Meeting
from tests.factories import make_meeting, make_user

pytestmark = pytest.mark.django_db

ADD = reverse("admin:auth_user_add")
User = get_user_model()


def can_work(client, user, password, meeting) -> bool:
    client.logout()
    assert client.login(username=user, password=password)
    listing = client.get(reverse("admin:events_meeting_changelist"))
    return listing.status_code == 200 and meeting.title in listing.content.decode()


def test_one_admin_form_makes_a_working_editor(client):
    meeting = make_meeting(title="لقاء تواصلي مع التعاونيات بوجدة", status="draft")
    other = make_meeting(title="يوم دراسي بفاس", chamber="artisanat-fes-meknes", status="draft")
    client.force_login(make_user(superuser=True))
    response = client.post(
        ADD,
        {
            "username": "nadia",
            "password1": "Wajda-Chamber-2026",
            "password2": "Wajda-Chamber-2026",
            "chambers": [Chamber.objects.get(slug="ccis-oriental").pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    user = User.objects.get(username="nadia")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["editors"]
    assert list(user.chambers.values_list("slug", flat=True)) == ["ccis-oriental"]
    assert can_work(client, "nadia", "Wajda-Chamber-2026", meeting)
    assert (
        other.title not in client.get(reverse("admin:events_meeting_changelist")).content.decode()
    )
    assert client.get(reverse("admin:events_meeting_import")).status_code == 200


def test_the_add_form_shows_the_chambers_field(client):
    client.force_login(make_user(superuser=True))
    page = client.get(ADD).content.decode()
    assert 'name="chambers"' in page
    assert page.index('name="chambers"') > page.index('name="password2"')


def test_add_editor_prints_a_password_once_and_the_editor_can_work(client):
    meeting = make_meeting(title="لقاء حول التصدير بالناظور", status="draft")
    out = StringIO()
    call_command(
        "add_editor",
        "karim",
        "--chamber",
        "ccis-oriental",
        "--chamber",
        "ccis-fes-meknes",
        stdout=out,
    )
    [password] = [
        line.split(":", 1)[1].strip() for line in out.getvalue().splitlines() if "password:" in line
    ]
    user = User.objects.get(username="karim")
    assert set(user.chambers.values_list("slug", flat=True)) == {"ccis-oriental", "ccis-fes-meknes"}
    assert can_work(client, "karim", password, meeting)
    assert Meeting.objects.editable_by(user).count() == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["karim", "--chamber", "no-such-chamber"], "no-such-chamber", id="chamber"),
        pytest.param(["taken", "--chamber", "ccis-oriental"], "مستعمل", id="taken"),
    ],
)
def test_add_editor_refuses_bad_input_and_changes_nothing(args, message):
    make_user(username="taken")
    with pytest.raises(CommandError, match=message):
        call_command("add_editor", *args, stdout=StringIO())
    assert not User.objects.filter(username="karim").exists()
    assert not User.objects.get(username="taken").chambers.exists()
