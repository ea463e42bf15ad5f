"""events.prepared: statements planned once per connection inside a block, as before outside."""

import pytest
from django.db import connection

from events.models import Meeting
from events.prepared import prepared
from events.selectors import meeting_page
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db

postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own")


def _prepared_statements() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [row[0] for row in cursor.fetchall()]


@postgresql
def test_a_statement_inside_the_block_is_prepared_and_the_connection_restored():
    make_meeting(title="لقاء تواصلي")
    raw_before = (connection.connection.cursor_factory, connection.connection.prepare_threshold)
    with prepared("default"):
        list(Meeting.objects.filter(title__startswith="لقاء").values_list("pk"))
    assert any("events_meeting" in s and "LIKE" in s for s in _prepared_statements())
    assert (connection.connection.cursor_factory, connection.connection.prepare_threshold) == (
        raw_before
    )
    list(Meeting.objects.filter(title__startswith="ورشة").values_list("pk", "slug"))
    assert not any('"slug"' in s and "LIKE" in s for s in _prepared_statements())


@postgresql
def test_the_block_gives_the_connection_back_after_an_error():
    raw_before = (connection.connection.cursor_factory, connection.connection.prepare_threshold)
    with pytest.raises(ZeroDivisionError), prepared("default"):
        1 / 0  # noqa: B018
    assert (connection.connection.cursor_factory, connection.connection.prepare_threshold) == (
        raw_before
    )


def test_the_meeting_page_reads_the_same_in_the_block_on_either_database():
    meeting = make_meeting(title="دورة تكوينية حول التسويق")
    other = make_meeting(title="يوم دراسي حول التصدير", chamber=meeting.chamber.slug)
    first, again = meeting_page(meeting.pk), meeting_page(meeting.pk)
    assert first.meeting.pk == again.meeting.pk == meeting.pk
    assert [row.pk for row in first.related] == [row.pk for row in again.related]
    assert meeting_page(other.pk).meeting.title == "يوم دراسي حول التصدير"


@postgresql
def test_the_lists_summary_statements_are_prepared_and_answer_as_before():
    from django.db import connection as conn

    from events import summary_sql

    meeting = make_meeting(title="لقاء تواصلي")
    filters = {"chamber": meeting.chamber}
    rows = summary_sql.facet_rows("region", filters, None)
    assert rows == [(meeting.region.slug, meeting.region.name_ar, 1)]
    assert summary_sql.total(filters) == 1
    statements = _prepared_statements()
    assert any("events_regionmeetingcount" in s and "GROUP BY" in s for s in statements)
    assert any(s.startswith("SELECT SUM(") for s in statements)
    # The connection's own statements, outside the block, stay unprepared.
    list(Meeting.objects.filter(title__startswith="ورشة").values_list("pk", "slug"))
    assert not any('"slug"' in s and "LIKE" in s for s in _prepared_statements())
    assert conn.connection.prepare_threshold is None or conn.connection.prepare_threshold > 0
