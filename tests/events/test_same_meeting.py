"""Two outlets' reports of one meeting, written differently: found as one, merged into one."""

import datetime

import pytest

from events import services
from events.exports import CSV_FIELDS  # noqa: F401  (the export module loads)
from events.models import Article, Chamber, Meeting
from events.same_meeting import find_candidates
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db

FIRST = (
    "وجدة - احتضن مقر غرفة التجارة والصناعة والخدمات لجهة الشرق يوم الخميس 24 يوليوز 2025 "
    "لقاء تواصليا حول تمويل المقاولات الصغيرة جدا، بشراكة مع الوكالة الوطنية لإنعاش التشغيل "
    "والكفاءات (أنابيك)، حضره عدد من حاملي المشاريع والتعاونيات."
)
SECOND = (
    "نظمت غرفة التجارة والصناعة والخدمات بجهة الشرق، الخميس 24 يوليوز الجاري بوجدة، لقاء "
    "لفائدة حاملي المشاريع خصص لآليات تمويل المقاولات الصغيرة جدا ومواكبتها، بتعاون مع "
    "أنابيك، وعرف مشاركة مقاولين شباب من إقليمي بركان والناظور."
)


def import_(text, published_on):
    return services.article_import(
        text=text,
        chamber=Chamber.objects.get(slug="ccis-oriental"),
        user=None,
        outlet="جريدة",
        published_on=published_on,
    )


def test_the_second_report_finds_the_first_by_its_facts():
    first = import_(FIRST, datetime.date(2025, 7, 24))
    second = import_(SECOND, datetime.date(2025, 7, 25))
    assert second.created
    assert second.same_meeting == [first.meeting]
    assert find_candidates(meeting=first.meeting) == [second.meeting]


def test_other_chamber_or_far_date_is_not_a_candidate():
    first = import_(FIRST, datetime.date(2025, 7, 24))
    make_meeting(
        title=first.meeting.title, chamber="artisanat-fes-meknes", category=first.meeting.category
    )
    far = make_meeting(
        title=first.meeting.title,
        category=first.meeting.category,
        date=datetime.date(2025, 8, 20),
        status="draft",
    )
    assert far not in find_candidates(meeting=first.meeting)
    assert find_candidates(meeting=first.meeting) == []


def test_merge_keeps_both_sources_and_the_chosen_values():
    first = import_(FIRST, datetime.date(2025, 7, 24))
    second = import_(SECOND, datetime.date(2025, 7, 25))
    into, draft = first.meeting, second.meeting
    services.meeting_merge(
        draft=draft, into=into, user=None, take={"venue"}, people=[("سمير", "رئيس")]
    )
    into.refresh_from_db()
    assert not Meeting.objects.filter(pk=draft.pk).exists()
    assert set(into.sources.values_list("pk", flat=True)) == {first.article.pk, second.article.pk}
    assert into.article_id == first.article.pk
    assert into.venue == draft.venue
    assert into.people.filter(name="سمير").exists()
    # The second outlet's own words now find the meeting.
    assert list(Meeting.objects.search("والناظور")) == [into]
    assert Article.objects.count() == 2


def test_merge_through_the_review_screen_then_page_and_export_list_both_sources(client):
    from django.urls import reverse

    from tests.events.admin.conftest import make_editor

    editor = make_editor("ccis-oriental", username="oriental")
    first = import_(FIRST, datetime.date(2025, 7, 24))
    second = import_(SECOND, datetime.date(2025, 7, 25))
    Article.objects.filter(pk=second.article.pk).update(
        outlet="هسبريس", source_url="https://example.org/b"
    )
    client.force_login(editor)
    review = client.get(reverse("admin:events_meeting_review", args=[second.meeting.pk]))
    html = review.content.decode()
    assert "اللقاء نفسه" in html and 'value="دمج"' in html
    merge = reverse("admin:events_meeting_merge", args=[second.meeting.pk, first.meeting.pk])
    response = client.post(merge, {"keep-venue": "draft", "keep-title": "candidate"})
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.sources.count() == 2
    services.meeting_publish(meeting=meeting, user=None)
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "هسبريس" in page and "https://example.org/b" in page and "جريدة" in page
    export = b"".join(client.get("/meetings.csv").streaming_content).decode("utf-8")
    assert "هسبريس 2025-07-25 https://example.org/b" in export


def test_the_inbox_counts_the_two_reports_as_duplicates_to_decide():
    from events.inbox import editor_inbox
    from tests.events.admin.conftest import make_editor

    editor = make_editor("ccis-oriental", username="oriental")
    import_(FIRST, datetime.date(2025, 7, 24))
    assert editor_inbox(editor)["duplicates"] == 0
    import_(SECOND, datetime.date(2025, 7, 25))
    assert editor_inbox(editor)["duplicates"] == 2
