"""The search rows (events.models.search) and the windows read from them (events.search.window):
the rows follow every write, and a window gives the meetings a search over the meetings gives,
on both databases."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.http import QueryDict

from events import services
from events.filters import meeting_filter
from events.models import Meeting, Partner, Region, SearchRow
from events.search.index import row_values
from events.search.window import (
    LISTED_MONTHS,
    _months,
    month_keys,
    months_listed,
    planned_from_the_index,
    search_window,
)
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db


def _row(meeting: Meeting) -> tuple | None:
    """The stored search row of a meeting, in row_values' order, or None."""
    found = SearchRow.objects.filter(pk=meeting.pk).values_list(
        "pk", "status", "date", "date_end", "month", "region", "city", "chamber", "category"
    )
    return found[0] if found else None


def test_the_search_row_follows_publish_unpublish_edit_and_delete():
    meeting = make_meeting(title="ورشة حول التصدير", status="draft")
    assert _row(meeting) == row_values(meeting)
    assert _row(meeting)[1] == "draft"
    services.meeting_publish(meeting=meeting, user=None)
    assert _row(meeting)[1] == "published"
    oriental = Region.objects.get(slug="oriental")
    services.meeting_update_from_review(
        meeting=meeting,
        user=None,
        fields={"region": oriental, "date": datetime.date(2022, 2, 14), "kind": "يوم دراسي"},
    )
    meeting.refresh_from_db()
    assert _row(meeting) == row_values(meeting)
    assert _row(meeting)[4:6] == (202202, oriental.pk)
    services.meeting_unpublish(meeting=meeting, user=None)
    assert _row(meeting)[1] == "draft"
    services.meeting_delete(meeting=meeting, user=None)
    assert _row(meeting) is None


@pytest.fixture
def workshops(db) -> list[Meeting]:
    """Workshops over three years in two regions, a draft, an undated one and one of several
    days that began the month before a date filter's first day."""
    giz = Partner.objects.get(slug="giz")
    made = []
    for n in range(24):
        made.append(
            make_meeting(
                title=f"ورشة تكوينية رقم {n}",
                chamber="ccis-souss-massa" if n % 3 else "ccis-oriental",
                date=datetime.date(2021, 1, 15) + datetime.timedelta(days=47 * n),
                partners=[giz] if n % 4 == 0 else [],
                kind="دورة تكوينية" if n % 2 else "لقاء تواصلي",
            )
        )
    made.append(make_meeting(title="ورشة بلا تاريخ", date=None))
    made.append(make_meeting(title="ورشة لم تنشر", status="draft"))
    made.append(make_meeting(title="لقاء لا يذكر الكلمة", date=datetime.date(2022, 5, 1)))
    made.append(
        make_meeting(
            title="ورشة تدوم أياما",
            date=datetime.date(2022, 5, 20),
            date_end=datetime.date(2022, 6, 10),
        )
    )
    return made


QUERIES = [
    "q=ورشة",
    "q=ورشة&region=souss-massa",
    "q=ورشة&chamber=ccis-oriental&date_from=2022-01-01",
    "q=ورشة&date_from=2022-06-01&date_to=2023-03-10",
    "q=ورشة&partner=giz",
    "q=ورشة&kind=training",
    "q=ورشة&region=souss-massa&date_to=2022-12-31",
    # Closed ranges of months, read as their lists (events.search.window._months): across a
    # year's end, and words together.
    "q=ورشة تكوينية&date_from=2021-03-01&date_to=2022-02-10",
    "q=ورشة&region=souss-massa&date_from=2022-10-01&date_to=2023-02-15",
    # More months than LISTED_MONTHS: a range.
    "q=ورشة&date_from=2021-01-01&date_to=2024-12-31",
    # A name's other names are alternatives: a range too.
    "q=giz&date_from=2021-06-01&date_to=2022-12-31",
]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("span", [4, 100_000], ids=["spans", "one-span"])
def test_a_window_gives_what_a_search_of_the_meetings_gives(workshops, monkeypatch, query, span):
    from events import facets

    monkeypatch.setattr(facets, "SEARCH_SPAN", span)
    params = QueryDict(query)
    filterset = meeting_filter(params)
    filterset.form.is_valid()

    def searched(exclude=None) -> list[int]:
        """The same filters, each on the meetings themselves, then the search: newest first."""
        meetings = Meeting.objects.published()
        for name, value in filterset.form.cleaned_data.items():
            if name not in ("q", "sort", exclude) and value not in (None, ""):
                meetings = filterset.filters[name].filter(meetings, value)
        meetings = meetings.search(params["q"])
        return list(meetings.newest_first().values_list("pk", flat=True))

    expected = searched()
    assert expected  # every query finds some
    assert meeting_filter(params).newest() == expected[: filterset.window + 1]
    # An export's search (every match, on PostgreSQL through the search rows) gives them all.
    exported = filterset.filter_queryset_except(Meeting.objects.published(), None)
    assert list(exported.newest_first().values_list("pk", flat=True)) == expected
    for name in ("region", "chamber", "partner", "kind", "date_from"):
        if params.get(name):
            assert meeting_filter(params).newest(exclude=name) == searched(name)


def test_a_meeting_of_several_days_is_in_the_window_of_its_last_days(workshops):
    long_one = next(m for m in workshops if m.title == "ورشة تدوم أياما")
    assert long_one.pk in meeting_filter(QueryDict("q=أياما&date_from=2022-06-05")).newest()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner")
def test_a_window_is_read_from_the_words_index_whatever_the_estimate(workshops):
    # On so few rows the planner prefers a sequential scan, which checks every row's vector.
    filterset = meeting_filter(QueryDict("q=ورشة&region=souss-massa"))
    filterset.form.is_valid()
    rows = filterset.filter_queryset_except(SearchRow.objects.published(), None)
    sql, params = rows.values_list("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        unplanned = "\n".join(row[0] for row in cursor.fetchall())
        with planned_from_the_index():
            cursor.execute("EXPLAIN " + sql, params)
            planned = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("SHOW enable_seqscan")
        restored = cursor.fetchone()[0]
    assert "Seq Scan" in unplanned
    assert "meeting_search_words" in planned and "Seq Scan" not in planned
    assert restored == "on"


def test_a_closed_range_of_months_is_their_list():
    assert month_keys(datetime.date(2021, 11, 5), datetime.date(2022, 2, 1)) == [
        202111,
        202112,
        202201,
        202202,
    ]
    assert month_keys(datetime.date(2022, 3, 9), datetime.date(2022, 3, 1)) == [202203]
    assert month_keys(datetime.date(2022, 4, 1), datetime.date(2022, 3, 31)) == []
    low, high = datetime.date(2022, 11, 20), datetime.date(2023, 1, 5)
    listed = _months(low, high, listed=True)
    assert listed.children == [("month__in", [202211, 202212, 202301])]
    # Unlisted, open or too long: the range's bounds.
    assert _months(low, high).children == [("month__gte", 202211), ("month__lte", 202301)]
    assert _months(low, None, listed=True).children == [("month__gte", 202211)]
    far = high + datetime.timedelta(days=31 * LISTED_MONTHS)
    assert [key for key, _ in _months(low, far, listed=True).children] == [
        "month__gte",
        "month__lte",
    ]


def test_alternatives_keep_the_range(workshops):
    def listed(query: str) -> bool:
        filterset = meeting_filter(QueryDict(query))
        filterset.form.is_valid()
        return months_listed(filterset)

    assert listed("q=ورشة تكوينية")
    assert listed("region=souss-massa")
    # giz's other names (its Arabic and French names) are alternatives of the word.
    assert not listed("q=giz")


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("budget", [3, 10_000], ids=["walk-too-short", "walk"])
@pytest.mark.parametrize("size", [2, 7])
def test_a_walked_window_is_the_window_the_index_gives(workshops, monkeypatch, query, budget, size):
    from events.search import window

    params = QueryDict(query)
    filterset = meeting_filter(params)
    filterset.form.is_valid()
    monkeypatch.setattr(window, "WALK_ROWS", 0)
    from_the_index = search_window(filterset, None, size)
    monkeypatch.setattr(window, "WALK_ROWS", budget)
    walked = window.walked(filterset, None, size)
    assert search_window(filterset, None, size) == from_the_index
    if connection.vendor == "postgresql" and budget > 100:
        assert walked == from_the_index  # the walk saw every meeting, and found the same
    elif walked is not None:
        assert walked == from_the_index
