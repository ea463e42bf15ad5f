"""The review screen: evidence highlighted, corrections saved, unknown names resolved."""

import datetime

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from events.models import Article, Chamber, Meeting, Partner
from tests.events.admin.conftest import inline_management
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db

BODY = "احتضنت مدينة وجدة يوم 23 شتنبر 2025 لقاء جهويا بشراكة مع جمعية القطاع التعاوني <b>"


@pytest.fixture
def reviewed(db):
    chamber = Chamber.objects.get(slug="ccis-oriental")
    article = Article.objects.create(
        raw_text=BODY,
        text=BODY,
        content_hash="d" * 64,
        chamber=chamber,
        extraction={
            "contract": {"warnings": ["لم يُعثر على الساعة"]},
            "evidence": [
                {"field": "city", "span": [13, 17], "value": "وجدة"},
                {"field": "date", "span": [22, 35], "value": "2025-09-23"},
                {"field": "partners", "span": [62, 83], "value": "جمعية القطاع التعاوني"},
            ],
            "partners": [
                {"name": "جمعية القطاع التعاوني", "slug": None, "kind": None, "span": [62, 83]}
            ],
            "programmes": [],
        },
    )
    return make_meeting(title="لقاء جهوي بوجدة", status="draft", article=article, city="وجدة")


def url(meeting):
    return reverse("admin:events_meeting_review", args=[meeting.pk])


def test_review_screen_shows_form_and_highlighted_article(client, reviewed, oriental_editor):
    client.force_login(oriental_editor)
    response = client.get(url(reviewed))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<mark data-field="city" title="المدينة">وجدة</mark>' in html
    assert '<mark data-field="date" title="التاريخ">23 شتنبر 2025</mark>' in html
    assert "&lt;b&gt;" in html  # the article's own markup is shown, never run
    assert "لم يُعثر على الساعة" in html
    assert 'name="resolve"' in html and "جمعية القطاع التعاوني" in html
    assert list(response.context["form"].fields["chamber"].queryset) == [reviewed.chamber]


def review_post(meeting, **overrides):
    data = {
        "title": meeting.title,
        "date": "2025-09-23",
        "time": "11:00",
        "kind": "لقاء جهوي",
        "category": "forum",
        "region": meeting.region_id,
        "city": meeting.city_id,
        "venue": "",
        "chamber": meeting.chamber_id,
        "participants": "80",
        "summary": "",
        **inline_management("partners"),
        **inline_management("people", total=1),
        "people-INITIAL_FORMS": "0",
        "people-0-name": "سمير سراج",
        "people-0-role": "رئيس الجمعية",
    }
    data.update(overrides)
    return data


def test_save_as_draft_then_publish(client, reviewed, oriental_editor):
    client.force_login(oriental_editor)
    response = client.post(url(reviewed), review_post(reviewed, _save="1"))
    assert response.status_code == 302
    reviewed.refresh_from_db()
    assert (reviewed.status, reviewed.kind, reviewed.participants) == ("draft", "لقاء جهوي", 80)
    assert list(reviewed.people.values_list("name", flat=True)) == ["سمير سراج"]

    person = reviewed.people.get()
    response = client.post(
        url(reviewed),
        review_post(
            reviewed,
            _publish="1",
            **{"people-INITIAL_FORMS": "1", "people-0-id": person.pk, "people-0-DELETE": "on"},
        ),
    )
    assert response.status_code == 302
    reviewed.refresh_from_db()
    assert reviewed.status == Meeting.Status.PUBLISHED
    assert reviewed.people.count() == 0
    messages = [e.get_change_message() for e in LogEntry.objects.filter(object_id=str(reviewed.pk))]
    assert "نُشر اللقاء" in messages


def test_forged_chamber_is_refused_and_nothing_changes(client, reviewed, oriental_editor):
    client.force_login(oriental_editor)
    other = Chamber.objects.get(slug="ccis-casablanca-settat")
    response = client.post(url(reviewed), review_post(reviewed, chamber=other.pk, _publish="1"))
    assert response.status_code == 200
    assert "chamber" in response.context["form"].errors
    reviewed.refresh_from_db()
    assert (reviewed.chamber.slug, reviewed.status) == ("ccis-oriental", "draft")


def test_unknown_partner_can_be_created(client, reviewed, oriental_editor):
    client.force_login(oriental_editor)
    response = client.post(
        url(reviewed), review_post(reviewed, venue="دار الصانع", resolve="partner:create:0")
    )
    assert response.status_code == 302
    reviewed.refresh_from_db()
    # The edit made before pressing «إنشاء» is kept with the new partner.
    assert reviewed.venue == "دار الصانع"
    assert reviewed.status == "draft"
    assert list(reviewed.partner_roles.values_list("partner__slug", flat=True)) == [
        "جمعية-القطاع-التعاوني"
    ]
    assert 'name="resolve"' not in client.get(url(reviewed)).content.decode()


def test_unknown_partner_can_become_an_alias(client, reviewed, oriental_editor):
    client.force_login(oriental_editor)
    odco = Partner.objects.get(slug="odco")
    client.post(
        url(reviewed),
        review_post(reviewed, resolve="partner:alias:0", **{"alias_of-partner-0": odco.pk}),
    )
    odco.refresh_from_db()
    assert odco.aliases[-1] == "جمعية القطاع التعاوني"
    assert list(reviewed.partner_roles.values_list("partner__slug", flat=True)) == ["odco"]


def test_only_the_articles_own_names_can_be_resolved(client, reviewed, oriental_editor):
    client.force_login(oriental_editor)
    response = client.post(url(reviewed), review_post(reviewed, resolve="partner:create:7"))
    assert response.status_code == 404
    assert Partner.objects.filter(name_ar="جمعية القطاع التعاوني").count() == 0


def test_an_invalid_edit_keeps_every_value_and_creates_nothing(client, reviewed, oriental_editor):
    client.force_login(oriental_editor)
    response = client.post(
        url(reviewed),
        review_post(reviewed, venue="دار الصانع", date="not a date", resolve="partner:create:0"),
    )
    assert response.status_code == 200
    assert 'value="دار الصانع"' in response.content.decode()
    assert not Partner.objects.filter(name_ar="جمعية القطاع التعاوني").exists()


def test_alias_without_a_choice_keeps_the_edits_unsaved_and_says_why(
    client, reviewed, oriental_editor
):
    client.force_login(oriental_editor)
    response = client.post(
        url(reviewed), review_post(reviewed, venue="دار الصانع", resolve="partner:alias:0")
    )
    assert response.status_code == 200
    assert "اختر الاسم المعروف" in " ".join(str(m) for m in response.context["messages"])
    assert 'value="دار الصانع"' in response.content.decode()


def test_unknown_names_come_before_the_save_buttons(client, reviewed, oriental_editor):
    client.force_login(oriental_editor)
    html = client.get(url(reviewed)).content.decode()
    form = html[html.index('<form method="post" novalidate id="review-form">') :]
    form = form[: form.index("</form>")]
    assert 'value="partner:create:0"' in form
    assert form.index('value="partner:create:0"') < form.index('name="_publish"')


def test_review_edits_the_category_and_the_last_day(client, reviewed, oriental_editor):
    client.force_login(oriental_editor)
    page = client.get(url(reviewed)).content.decode()
    assert 'name="category"' in page and 'name="date_end"' in page
    response = client.post(
        url(reviewed), review_post(reviewed, category="training", date_end="2025-09-25", _save="1")
    )
    assert response.status_code == 302
    reviewed.refresh_from_db()
    assert (reviewed.category, reviewed.date_end) == ("training", datetime.date(2025, 9, 25))


def test_review_refuses_a_last_day_before_the_first(client, reviewed, oriental_editor):
    client.force_login(oriental_editor)
    response = client.post(url(reviewed), review_post(reviewed, date_end="2025-09-01", _save="1"))
    assert response.status_code == 200
    assert "تاريخ النهاية" in response.content.decode()
    reviewed.refresh_from_db()
    assert reviewed.date_end is None


def test_review_refuses_a_category_off_the_list(client, reviewed, oriental_editor):
    client.force_login(oriental_editor)
    response = client.post(url(reviewed), review_post(reviewed, category="لقاء", _save="1"))
    assert response.status_code == 200
    assert "category" in response.context["form"].errors


def test_change_list_filters_by_category(client, db):
    from tests.factories import make_user

    client.force_login(make_user(superuser=True))
    make_meeting(title="قافلة التعاونيات", kind="قافلة")
    make_meeting(title="ندوة حول التصدير", kind="ndwa")
    html = client.get(reverse("admin:events_meeting_changelist"), {"category": "caravan"})
    html = html.content.decode()
    assert "قافلة التعاونيات" in html and "ندوة حول التصدير" not in html
    assert "?category=caravan" in html  # the filter's own link in the side bar


def test_review_refuses_a_meeting_longer_than_the_longest(client, reviewed, oriental_editor):
    client.force_login(oriental_editor)
    response = client.post(url(reviewed), review_post(reviewed, date_end="2026-01-30", _save="1"))
    assert response.status_code == 200
    assert "تاريخ النهاية" in response.content.decode()
    reviewed.refresh_from_db()
    assert reviewed.date_end is None
