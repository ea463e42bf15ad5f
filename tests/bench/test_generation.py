"""bench/generation.py and its generate_meetings command: realistic, consistent rows, on
SQLite and on PostgreSQL alike."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from bench.generation import KINDS, MeetingFactory, Reference, seed_sentences
from events.models import Meeting, MeetingPartner, Person

pytestmark = pytest.mark.django_db


def _generate(count: int, **options) -> str:
    out = io.StringIO()
    call_command(
        "generate_meetings",
        count=count,
        no_progress=True,
        stdout=out,
        stderr=io.StringIO(),
        **options,
    )
    return out.getvalue()


def test_counts_and_report():
    output = _generate(120, batch=50)

    assert Meeting.objects.count() == 120
    assert "120 meetings" in output
    per_meeting = Meeting.objects.annotate(n=Count("partner_roles")).values_list("n", flat=True)
    assert set(per_meeting) <= {1, 2, 3, 4}
    assert MeetingPartner.objects.count() == sum(per_meeting)
    assert Person.objects.exists()
    assert Meeting.programmes.through.objects.exists()


def test_adds_to_existing_meetings_without_colliding():
    _generate(30, seed=1)
    _generate(30, seed=2, batch=7)

    assert Meeting.objects.count() == 60
    assert Meeting.objects.values("id").distinct().count() == 60


def test_region_city_and_chamber_agree():
    _generate(200)

    for meeting in Meeting.objects.select_related("city__province", "chamber").prefetch_related(
        "chamber__regions"
    ):
        assert meeting.region_id is not None
        served = {r.pk for r in meeting.chamber.regions.all()} | {meeting.chamber.region_id}
        assert meeting.region_id in served, meeting.chamber.slug
        if meeting.city is not None:
            assert meeting.city.province.region_id == meeting.region_id


def test_published_meetings_have_published_at_and_drafts_are_few():
    _generate(400)

    published = Meeting.objects.published()
    assert not published.filter(published_at__isnull=True).exists()
    drafts = Meeting.objects.drafts().count()
    assert 0 < drafts < 60
    assert not Meeting.objects.drafts().filter(published_at__isnull=False).exists()


def test_dates_spread_over_ten_years_with_some_undated_and_some_future():
    _generate(400)

    dates = sorted(d for d in Meeting.objects.values_list("date", flat=True) if d)
    assert len(dates) < 400  # some undated
    assert (dates[-1] - dates[0]).days > 365 * 8
    assert dates[-1] > timezone.localdate()


def test_titles_bodies_and_slugs_are_arabic_from_the_seed_vocabulary():
    _generate(50)

    kinds = {k for k, *_ in KINDS}
    sentences = seed_sentences()
    for meeting in Meeting.objects.all():
        assert meeting.kind in kinds
        assert meeting.title.startswith(meeting.kind)
        assert meeting.slug and meeting.get_absolute_url()
        assert any(sentence in meeting.body for sentence in sentences)


def test_same_seed_same_meetings():
    reference = Reference.load()
    first = MeetingFactory(reference, seed=7).batch(list(range(1, 21)))
    second = MeetingFactory(reference, seed=7).batch(list(range(1, 21)))

    assert first.meetings == second.meetings
    assert first.partners == second.partners


def test_partners_are_distinct_per_meeting_with_one_organiser_first():
    _generate(100)

    firsts = {}
    for meeting_id, role in MeetingPartner.objects.order_by("id").values_list("meeting", "role"):
        firsts.setdefault(meeting_id, role)
    assert set(firsts.values()) <= {"organiser", "co_organiser"}


def test_search_documents_are_those_the_search_engine_builds():
    from django.db import connection

    from events.search import build_document, meetings_to_index

    _generate(40)

    ids = list(Meeting.objects.values_list("id", flat=True))
    for meeting in meetings_to_index(ids):
        assert meeting.search_document == build_document(meeting).text()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM events_meeting AS m LEFT JOIN events_meeting_search AS s"
                " ON s.meeting_id = m.id WHERE s.vector IS NULL"
            )
            assert cursor.fetchone()[0] == 0
    hits = Meeting.objects.search(Meeting.objects.first().kind)
    assert hits.exists()


def test_word_by_word_analysis_is_the_whole_text_analysis():
    from bench.generation import SearchDocuments
    from events.arabic import search_terms

    documents = SearchDocuments(Reference.load())
    for text in seed_sentences():
        assert documents.terms(text) == search_terms(text)


def test_meetings_get_the_category_of_their_kind():
    from events.categories import SLUGS, categorise

    _generate(200)
    pairs = set(Meeting.objects.values_list("kind", "category"))
    assert all(category == categorise(kind) for kind, category in pairs)
    assert {category for _kind, category in pairs} <= set(SLUGS)
    assert len({category for _kind, category in pairs}) >= 5
