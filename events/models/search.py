"""The search's own table: one narrow row per meeting, what a search window reads.

A search window (events.facets: the newest meetings a search and its filters give) walked the
meetings in date order and unpacked each one's search vector from the TOAST table, or, when
PostgreSQL misjudged how many meetings the words match together (it multiplies their
frequencies), took every match from the text index and read each one's page of the meetings
table to drop it by date or region: 31,000 pages for 3,400 kept at 1M meetings.

This table holds what a window filters on, next to the vector: on PostgreSQL one GIN index
over the words *and* the place, chamber, kind and month (btree_gin), so that the index alone
gives the meetings matching the words within the filters' region and months; the rows it
points to are small (the vector is stored out of line, read only to check a phrase), so the
exact dates and the order cost a few pages. No other index serves a search: no walk that would
unpack a vector per row can be planned, but the one a window asks for with its bound (the
newest meetings by their own date index, events.search.window.walked). The vector column is
PostgreSQL's only, written by events.search.index (migration 0018); SQLite's words are in its
FTS5 table, by rowid.

Derived data: events.search.index_meetings writes a meeting's row with its document (the
write path calls it for every meeting it touches), the generator and migration 0018 fill it.
"""

from django.db import models

from events.models.meetings import Meeting
from events.models.reference import Chamber, City, Region
from events.querysets import MeetingQuerySet


class IntegerKey(models.ForeignKey):
    """A key to a reference row in an `integer` column (the reference ids are small): the GIN
    index (btree_gin, PostgreSQL 15) compares a column with values of its own type only, and a
    query's ids come as integers, which a `bigint` column would keep out of the index."""

    def db_type(self, connection):
        return "integer"


def _key(model):
    # No btree index (see the module): the GIN index holds these keys.
    return IntegerKey(
        model,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        null=True,
        related_name="+",
    )


class SearchRowQuerySet(MeetingQuerySet):
    """The meetings' named filters over their search rows (the row's pk is the meeting's)."""

    def with_partner(self, partner) -> "SearchRowQuerySet":
        from events.models.meetings import MeetingPartner

        roles = MeetingPartner.objects.filter(meeting=models.OuterRef("pk"), partner=partner)
        return self.filter(models.Exists(roles))

    def with_programme(self, programme) -> "SearchRowQuerySet":
        links = Meeting.programmes.through.objects.filter(
            meeting=models.OuterRef("pk"), programme=programme
        )
        return self.filter(models.Exists(links))


class SearchRow(models.Model):
    """A meeting as a search window filters it: its status, dates, place, chamber and kind."""

    meeting = models.OneToOneField(
        Meeting, on_delete=models.CASCADE, primary_key=True, related_name="search_row"
    )
    status = models.CharField(max_length=16)
    date = models.DateField(null=True)
    date_end = models.DateField(null=True)
    month = models.IntegerField(null=True)
    region = _key(Region)
    city = _key(City)
    chamber = _key(Chamber)
    category = models.CharField(max_length=32)

    # The meetings' named filters (published, with_partner, search…), over these rows.
    objects = SearchRowQuerySet.as_manager()

    class Meta:
        db_table = "events_meeting_search"

    def __str__(self) -> str:
        return f"{self.pk}"
