"""A search window: the ids of the newest published meetings a search and its filters give,
read from the search rows (events.models.search).

The filters are the list's own (MeetingFilter's, which work on search rows as on meetings: the
same field names, the same named filters), span by span of dates (MeetingFacets.search_spans),
each span with its months, which the GIN index holds beside the words, so that one index scan
gives the meetings of the words within the region, chamber, city, kind and months asked for.

PostgreSQL may still plan a sequential scan of the rows when it expects a common word to match
many of them, checking each row's vector (unpacked from the TOAST table: 12 µs a row); the
window's queries are planned without one, so that whatever it expects, the words are read
from the index and the vectors only to check a phrase.

Before the index, a window walks the newest meetings its filters give, a bounded number of
them, checking each one's words (`walked`): a common word fills the window within a few
hundred meetings, where the index would read all its matches first.
"""

from __future__ import annotations

import datetime
import threading
from contextlib import contextmanager

from django.core.exceptions import EmptyResultSet
from django.db import DatabaseError, connections, router
from django.db.models import F, Q

from events.models import MAX_DAYS, SearchRow
from events.search.index import month_of
from events.search.query import prepare

# A closed range of at most this many months is written as the list of its months.
LISTED_MONTHS = 40


def month_keys(low: datetime.date, high: datetime.date) -> list[int]:
    """The month keys (yyyymm, as month_of) of every month from `low`'s to `high`'s."""
    keys, year, month = [], low.year, low.month
    while (year, month) <= (high.year, high.month):
        keys.append(year * 100 + month)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def _has_or(node) -> bool:
    kind, value = node
    return kind == "or" or (kind == "and" and any(_has_or(child) for child in value))


def months_listed(filterset) -> bool:
    """Whether a closed range of months is better read as its list (see `_months`): unless
    the search's words are alternatives (a name's other names), which no scan can read from
    one word's list: each month's scan would read every alternative's whole list (for
    `انطلاقة`, five common words of a phrase: 2.2 against 1.4 s over its three windows, at
    1M under load)."""
    text = filterset.form.cleaned_data.get("q")
    if not text:
        return True
    positive = prepare(text).positive
    return positive is None or not _has_or(positive)


def _months(low: datetime.date | None, high: datetime.date | None, listed: bool = False) -> Q:
    """The months of the days from `low` to `high` (either open): implied by the dates.

    `listed`: a closed range as the list of its months. The GIN index (btree_gin) reads each
    bound of a range as a key of its own, `month <= high` every month from the oldest and
    `month >= low` every month to the newest (hundreds of thousands of entries at 1M
    meetings), then intersects them, and the bitmap grows lossy (every row of its pages is
    checked); the list is one exact key a month, read beside the words. For the windows of
    the bench's searches in a region and a year at 1M: 6.9 against 15.8 s for 21 statements,
    under load. An open range stays one: its side of the index is the newest months only."""
    if listed and low is not None and high is not None:
        keys = month_keys(low, high)
        if len(keys) <= LISTED_MONTHS:
            return Q(month__in=keys)
    condition = Q()
    if low is not None:
        condition &= Q(month__gte=month_of(low))
    if high is not None:
        condition &= Q(month__lte=month_of(high))
    return condition


def _later(a, b):
    return b if a is None else a if b is None else max(a, b)


def _earlier(a, b):
    return b if a is None else a if b is None else min(a, b)


def _date_bounds(filterset, exclude: str | None):
    """The first and last day the date filters (but `exclude`) let a meeting begin on."""
    cleaned = filterset.form.cleaned_data
    start, end = (
        None if exclude == name else cleaned.get(name) for name in ("date_from", "date_to")
    )
    # A meeting of several days that is on at date_from began MAX_DAYS before at most.
    return (start - datetime.timedelta(days=MAX_DAYS) if start else None), end


def date_months(filterset, exclude: str | None = None) -> Q:
    """The months the date filters (but `exclude`) imply: the same meetings."""
    return _months(*_date_bounds(filterset, exclude), months_listed(filterset))


def span_conditions(filterset, exclude: str | None = None) -> list[Q]:
    """Each span of `filterset.search_spans()` with the months its days and the date filters
    (but `exclude`) leave: the same meetings, in a range the index can read."""
    low, end = _date_bounds(filterset, exclude)
    listed = months_listed(filterset)
    conditions = []
    for span, (first, after) in zip(
        filterset.search_spans(), filterset.search_span_bounds(), strict=True
    ):
        last = after - datetime.timedelta(days=1) if after else None
        if first is None and low is None and end is None:
            conditions.append(span)  # undated meetings in it: no month to bound
        else:
            conditions.append(span & _months(_later(first, low), _earlier(last, end), listed))
    return conditions


_planning = threading.local()


@contextmanager
def planned_from_the_index():
    """On PostgreSQL, the queries inside planned without a sequential scan (see the module);
    the setting is restored after. One page's windows share one (nested blocks join it): two
    statements a page, not two a window."""
    # The connection the windows are read on: a replica's, when the router sends reads there.
    connection = connections[router.db_for_read(SearchRow)]
    if connection.vendor != "postgresql" or getattr(_planning, "active", False):
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', false)"
        )
        before = cursor.fetchone()[0]
    _planning.active = True
    try:
        yield
    finally:
        _planning.active = False
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config('enable_seqscan', %s, false)", [before])
        except DatabaseError:
            pass  # a transaction the error broke: its rollback undoes the setting


# How many of the newest meetings the filters give a window walks, checking each one's words,
# before it asks the text index instead (see `walked`).
WALK_ROWS = 1500


def walked(filterset, exclude: str | None, size: int) -> list[int] | None:
    """The window read by walking the newest meetings the filters give (their date index,
    index-only) and checking each one's words on its search row, when the first WALK_ROWS of
    them hold `size` matches or are all there are; else None.

    The text index reads every match of a common word before the newest can be kept: for a
    word in seven of ten meetings of the first span, 72,000 matches and 45,000 pages of the
    search rows for 201 kept (215 ms at 1M, docs/performance.md), where the walk checks about
    300 rows (3 ms). A word too rare to fill the window within WALK_ROWS costs the walk
    (about 10 µs a row, a vector unpacked) and then the index. Exact either way: the walk
    visits the meetings newest first, so the first `size` it finds are the newest."""
    from events.models import Meeting
    from events.search.engine import tsquery_text

    connection = connections[router.db_for_read(SearchRow)]
    text = tsquery_text(filterset.form.cleaned_data.get("q") or "")
    if connection.vendor != "postgresql" or text is None or size > WALK_ROWS:
        return None
    meetings = filterset.filter_queryset_except(Meeting.objects.published(), exclude, search=False)
    newest = meetings.order_by(F("date").desc(nulls_last=True), "-pk").values_list("pk", "date")
    try:
        inner, params = newest[:WALK_ROWS].query.sql_with_params()
    except EmptyResultSet:
        return []  # filters no meeting can meet (an empty list of values)
    # The walk's LIMIT and the vector read by a subquery per meeting keep PostgreSQL from
    # planning the words' index for it (a join was planned as every match hashed: it expected
    # 189 for three words found together 33,479 times). How many meetings the walk had to
    # visit comes with it (an index-only count): fewer than WALK_ROWS, it saw them all.
    sql = (
        f"SELECT ARRAY(SELECT w.id FROM ({inner}) AS w(id, date)"
        f" WHERE (SELECT s.vector FROM {SearchRow._meta.db_table} s"
        " WHERE s.meeting_id = w.id) @@ CAST(%s AS tsquery)"
        " ORDER BY w.date DESC NULLS LAST, w.id DESC LIMIT %s),"
        f" (SELECT count(*) FROM ({inner}) AS c)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, text, size, *params])
        ids, visited = cursor.fetchone()
    return ids if len(ids) == size or visited < WALK_ROWS else None


def search_window(filterset, exclude: str | None, size: int) -> list[int]:
    """The ids of the `size` newest published meetings every valid filter of `filterset` but
    `exclude` gives (its search included), newest first."""
    ids = walked(filterset, exclude, size)
    if ids is not None:
        return ids
    rows = filterset.filter_queryset_except(SearchRow.objects.published(), exclude)
    rows = rows.order_by(F("date").desc(nulls_last=True), "-pk")
    ids = []
    with planned_from_the_index():
        for condition in span_conditions(filterset, exclude):
            ids += rows.filter(condition).values_list("pk", flat=True)[: size - len(ids)]
            if len(ids) >= size:
                break
    return ids
