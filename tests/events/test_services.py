"""The services, on the real database: permissions, publishing, review, names, imports."""

import datetime
from pathlib import Path

import pytest
from django.conf import settings

from events import duplicates, services
from events.models import Article, Chamber, Meeting, MeetingPartner, Partner, Programme
from tests.events.admin.conftest import make_editor
from tests.factories import make_meeting, make_partner, make_programme, make_user

pytestmark = pytest.mark.django_db

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"


# --- publishing -------------------------------------------------------------------------------


def test_editor_publishes_and_unpublishes_own_meeting():
    editor = make_editor("ccis-oriental")
    meeting = make_meeting(status="draft")
    services.meeting_publish(meeting=meeting, user=editor)
    meeting.refresh_from_db()
    assert meeting.status == "published"
    assert meeting.published_at is not None
    services.meeting_unpublish(meeting=meeting, user=editor)
    meeting.refresh_from_db()
    assert (meeting.status, meeting.published_at) == ("draft", None)


@pytest.mark.parametrize(
    "chambers",
    [
        pytest.param(("artisanat-fes-meknes",), id="other-chamber"),
        pytest.param((), id="no-chamber"),
    ],
)
def test_editor_cannot_publish_for_another_chamber(chambers):
    editor = make_editor(*chambers)
    meeting = make_meeting(status="draft")
    with pytest.raises(services.ServiceRefused) as refused:
        services.meeting_publish(meeting=meeting, user=editor)
    assert refused.value.code == "forbidden"
    meeting.refresh_from_db()
    assert meeting.status == "draft"


def test_scripts_publish_without_a_user():
    meeting = make_meeting(status="draft")
    services.meeting_publish(meeting=meeting, user=None)
    assert Meeting.objects.get(pk=meeting.pk).status == "published"


# --- review -----------------------------------------------------------------------------------


def test_review_replaces_fields_partners_programmes_and_people():
    editor = make_editor("ccis-oriental")
    meeting = make_meeting(status="draft", partners=[make_partner()])
    partner = Partner.objects.get(slug="pnud")
    programme = Programme.objects.get(slug="delio")
    changed = services.meeting_update_from_review(
        meeting=meeting,
        user=editor,
        fields={"title": "لقاء جهوي لدعم التعاونيات", "participants": 80},
        partners=[(partner, MeetingPartner.Role.FUNDER)],
        programmes=[programme],
        people=[("سمير سراج", "رئيس الجمعية"), ("  ", "")],
        publish=True,
    )
    meeting.refresh_from_db()
    assert changed == ["title", "participants", "partners", "programmes", "people", "status"]
    assert (meeting.title, meeting.slug, meeting.participants) == (
        "لقاء جهوي لدعم التعاونيات",
        "لقاء-جهوي-لدعم-التعاونيات",
        80,
    )
    assert list(meeting.partner_roles.values_list("partner__slug", "role")) == [("pnud", "funder")]
    assert list(meeting.programmes.values_list("slug", flat=True)) == ["delio"]
    assert list(meeting.people.values_list("name", "role")) == [("سمير سراج", "رئيس الجمعية")]
    assert meeting.status == "published"


def test_review_cannot_move_a_meeting_to_a_chamber_not_the_editors():
    editor = make_editor("ccis-oriental")
    meeting = make_meeting(status="draft")
    with pytest.raises(services.ServiceRefused):
        services.meeting_update_from_review(
            meeting=meeting,
            user=editor,
            fields={"chamber": Chamber.objects.get(slug="ccis-casablanca-settat")},
        )
    assert Meeting.objects.get(pk=meeting.pk).chamber.slug == "ccis-oriental"


# --- partners and programmes ------------------------------------------------------------------


def test_new_partner_gets_an_arabic_slug_and_is_found_again_under_another_spelling():
    editor = make_editor("ccis-oriental")
    created = services.partner_create_or_alias(name="جمعية القطاع التعاوني", user=editor)
    assert (created.slug, created.kind) == ("جمعية-القطاع-التعاوني", "other")
    again = services.partner_create_or_alias(name="جمعيةُ القطاع  التعاونى", user=editor)
    assert again == created
    assert Partner.objects.filter(name_ar="جمعية القطاع التعاوني").count() == 1


def test_alias_is_added_once():
    editor = make_editor("ccis-oriental")
    enabel = Partner.objects.get(slug="enabel")
    before = list(enabel.aliases)
    services.partner_create_or_alias(
        name="التعاون  البلجيكي  بالمغرب", user=editor, alias_of=enabel
    )
    services.partner_create_or_alias(name="التعاون البلجيكي بالمغرب", user=editor, alias_of=enabel)
    enabel.refresh_from_db()
    assert enabel.aliases == [*before, "التعاون البلجيكي بالمغرب"]


def test_programme_alias_and_slug_collision():
    editor = make_editor("ccis-oriental")
    make_programme(name_ar="برنامج رواد", slug="برنامج-رواد")
    created = services.programme_create_or_alias(name="برنامج روّاد الجهة", user=editor)
    assert created.slug == "برنامج-رواد-الجهة"
    clash = services.programme_create_or_alias(name="برنامج-رواد", user=editor)
    # "برنامج-رواد" normalises differently from "برنامج رواد", so it is a new programme.
    assert clash.slug == "برنامج-رواد-2"


def test_user_without_permission_cannot_create_partners():
    plain = make_user()
    with pytest.raises(services.ServiceRefused):
        services.partner_create_or_alias(name="شريك جديد", user=plain)


def test_resolving_an_unknown_name_attaches_it_and_remembers_it():
    editor = make_editor("ccis-oriental")
    chamber = Chamber.objects.get(slug="ccis-oriental")
    article = Article.objects.create(
        raw_text="نص",
        text="نص",
        content_hash="c" * 64,
        chamber=chamber,
        extraction={
            "partners": [
                {"name": "جمعية القطاع التعاوني", "slug": None, "kind": None, "span": None}
            ],
            "programmes": [{"name": "ديليو الشرق", "slug": None, "acronym": None, "span": None}],
        },
    )
    meeting = make_meeting(status="draft", article=article)
    delio = Programme.objects.get(slug="delio")
    assert services.unresolved_names(article) == {
        "partners": ["جمعية القطاع التعاوني"],
        "programmes": ["ديليو الشرق"],
    }
    services.meeting_resolve_name(
        meeting=meeting, user=editor, kind="partner", name="جمعية القطاع التعاوني"
    )
    services.meeting_resolve_name(
        meeting=meeting, user=editor, kind="programme", name="ديليو الشرق", alias_of=delio
    )
    article.refresh_from_db()
    delio.refresh_from_db()
    assert services.unresolved_names(article) == {"partners": [], "programmes": []}
    assert "ديليو الشرق" in delio.aliases
    assert list(meeting.partner_roles.values_list("partner__name_ar", flat=True)) == [
        "جمعية القطاع التعاوني"
    ]
    assert list(meeting.programmes.values_list("slug", flat=True)) == ["delio"]


# --- article_import (the real extractor) --------------------------------------------------------


def _seed(index: int) -> str:
    return sorted(SEEDS.glob("*.txt"))[index].read_text(encoding="utf-8")


def test_import_stores_article_and_draft_meeting_with_evidence():
    editor = make_editor("ccis-oriental")
    result = services.article_import(
        text=_seed(2), chamber=None, user=editor, published_on=datetime.date(2025, 9, 24)
    )
    assert result.created
    meeting, article = result.meeting, result.article
    assert (meeting.status, meeting.chamber.slug, meeting.region.slug, meeting.date) == (
        "draft",
        "ccis-oriental",
        "oriental",
        datetime.date(2025, 9, 23),
    )
    assert article.content_hash == duplicates.content_hash(result.extraction.body)
    assert article.text == result.extraction.body
    evidence = {item["field"] for item in article.extraction["evidence"]}
    assert {"date", "chamber"} <= evidence
    for item in article.extraction["evidence"]:
        start, end = item["span"]
        assert 0 <= start < end <= len(article.text)


def test_import_twice_returns_the_first_and_stores_nothing_more():
    first = services.article_import(text=_seed(0), chamber=None, user=None)
    again = services.article_import(text="  " + _seed(0) + "\n", chamber=None, user=None)
    assert (again.created, again.duplicate_of, again.meeting) == (False, first.article, None)
    assert Article.objects.count() == 1


def test_editor_may_import_only_for_their_chambers():
    editor = make_editor("ccis-oriental")
    with pytest.raises(services.ServiceRefused) as refused:
        services.article_import(text=_seed(1), chamber=None, user=editor)
    assert refused.value.code == "forbidden"
    with pytest.raises(services.ServiceRefused):
        services.article_import(
            text=_seed(2), chamber=Chamber.objects.get(slug="ccis-fes-meknes"), user=editor
        )
    assert (Article.objects.count(), Meeting.objects.count()) == (0, 0)


def test_article_without_a_chamber_needs_one_chosen():
    text = "نظمت جمعية محلية بمدينة وجدة لقاء تواصليا حول التشغيل الذاتي لفائدة الشباب."
    with pytest.raises(services.ServiceRefused) as refused:
        services.article_import(text=text, chamber=None, user=None)
    assert refused.value.code == "no_chamber"
    result = services.article_import(
        text=text, chamber=Chamber.objects.get(slug="ccis-oriental"), user=None
    )
    assert result.meeting.chamber.slug == "ccis-oriental"
