"""The guard itself (tests/guard.py): it finds what a write that skips the write path leaves."""

from __future__ import annotations

import pytest

from events import counts
from events.models import Meeting, MeetingCount, Partner
from events.search import reindex_all
from tests.factories import make_meeting
from tests.guard import stale_derived_data

pytestmark = pytest.mark.django_db


def _repaired() -> list[str]:
    """What the guard finds once the derived data is built again (as rebuild_counts and
    reindex_search do): nothing, or the guard would fail these tests too."""
    counts.rebuild()
    reindex_all()
    return stale_derived_data()


def test_nothing_is_stale_after_the_write_path():
    make_meeting(title="لقاء تواصلي حول التصدير", partners=[Partner.objects.get(slug="enabel")])
    assert stale_derived_data() == []


def test_a_meeting_created_around_the_write_path_is_found():
    chamber = make_meeting().chamber
    Meeting.objects.create(title="لقاء لم يمر بالخدمات", chamber=chamber, status="draft")
    problems = stale_derived_data()
    # A draft is in no count: its search document is what is missing.
    assert any("search_document" in problem for problem in problems), problems
    assert not any("Count" in problem for problem in problems)
    Meeting.objects.filter(status="draft").delete()
    assert stale_derived_data() == []


def test_a_publication_around_the_write_path_is_found():
    meeting = make_meeting(status="draft")
    Meeting.objects.filter(pk=meeting.pk).update(
        status="published", published_at=meeting.created_at
    )
    problems = stale_derived_data()
    assert any(problem.startswith("MeetingCount: missing") for problem in problems), problems
    assert _repaired() == []


def test_a_search_row_left_behind_is_found():
    meeting = make_meeting(status="draft")
    # A status the search rows do not know: a search window would show the draft.
    Meeting.objects.filter(pk=meeting.pk).update(
        status="published", published_at=meeting.created_at
    )
    problems = stale_derived_data()
    assert any(f"meeting {meeting.pk}: its search row" in problem for problem in problems)
    assert _repaired() == []


def test_a_renamed_meeting_and_a_changed_count_are_found():
    meeting = make_meeting(title="ورشة حول التمويل")
    Meeting.objects.filter(pk=meeting.pk).update(title="ندوة حول التصدير")
    MeetingCount.objects.update(count=7)
    problems = stale_derived_data()
    assert any(f"meeting {meeting.pk}" in problem for problem in problems), problems
    assert any(problem.startswith("MeetingCount") for problem in problems), problems
    assert _repaired() == []


def test_a_deletion_around_the_write_path_is_found():
    meeting = make_meeting()
    Meeting.objects.filter(pk=meeting.pk).delete()
    problems = stale_derived_data()
    # The summary rows stay; on SQLite the FTS5 row stays too.
    assert any(problem.startswith("RegionMeetingCount") for problem in problems), problems
    assert _repaired() == []
