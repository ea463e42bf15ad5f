"""The one write path: every change to meetings, and everything derived from them, goes here.

A write to meetings has four follow-ups, in this order: the search documents of the meetings
it touched (`index_meetings`), the summary groups they were in before it and are in after it
(`count_upkeep.apply`: what they counted there before, read under their rows' lock, and
after), the meetings version that every cached page and count is stored under
(`meetings_changed`) and, when names of partners, programmes, chambers or places changed, the
gazetteer snapshot the extractor reads (`invalidate_gazetteer`). `meetings_write` runs them
once, when its outermost block ends:

    with meetings_write([meeting.pk]) as change:
        ...write the meeting...
        change.add([other.pk])  # before writing `other`: its groups before the change
        change.names_changed()  # a name the extractor and the search know changed

A nested `meetings_write` (one service calling another) joins the outer one: one reindex, one
refresh of the summary groups and one new version for the whole change. A change whose
meetings were and stay drafts is no reader's business: their search documents are written (the
admin searches drafts), but no summary count changes and no cached page is forgotten.

Reference data (regions, provinces, cities, chambers, partners, programmes) is also on every
page: however it is written (admin, shell, migration), a signal forgets the cached pages and
the gazetteer snapshot, which is cheap and idempotent. Its meetings' search documents hold its
names: code that renames it calls `reference_changed(obj=...)`, which reindexes them.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from events import count_upkeep, counts
from events.cache import meetings_changed
from events.gazetteer_snapshot import invalidate_gazetteer
from events.search import index_meetings, invalidate_names, meetings_related_to


class MeetingsChange:
    """What one write changes: the meetings it touched, the summary groups they were in
    before it, whether any was or is public, whether names changed."""

    def __init__(self) -> None:
        self.ids: set[int] = set()
        self.documents: set[int] = set()
        # What the published ones among them counted in each summary group before the write.
        self.before: Counter[counts.Key] = Counter()
        self.public = False
        self.names = False

    def created(self, meeting_ids: Iterable[int]) -> None:
        """These meetings were made in this write: they were in no group before it."""
        self.ids.update(int(pk) for pk in meeting_ids)

    def add(self, meeting_ids: Iterable[int | None]) -> None:
        """These meetings are about to be written: call before writing them, so that the
        groups they leave lose them too (a meeting made in the write: `created`)."""
        new = {int(pk) for pk in meeting_ids if pk is not None} - self.ids
        if not new:
            return
        self.ids |= new
        # Their rows locked until the write commits: a concurrent write of the same meetings
        # waits, then reads what this one wrote, so each one's difference (count_upkeep.apply)
        # is its own. A draft is in no group's count: only the published ones' groups lose
        # them.
        published = count_upkeep.facts(new, lock=True, published_only=True)
        if published:
            self.public = True
            self.before += count_upkeep.tally(published.values())

    def reindex(self, meeting_ids: Iterable[int]) -> None:
        """These meetings' search documents change, not their summary groups (a name they
        show changed)."""
        self.documents.update(int(pk) for pk in meeting_ids)

    def names_changed(self, obj=None) -> None:
        """A name the extractor or the search knows changed in this write: of `obj` (a
        partner, programme, chamber, region, province or city), whose meetings are then
        reindexed, or of a new one."""
        self.names = True
        if obj is not None:
            self.reindex(meetings_related_to(obj).values_list("pk", flat=True))

    def _finish(self) -> None:
        ids = sorted(self.ids)
        if self.ids | self.documents:
            index_meetings(self.ids | self.documents)
        if self.names:
            invalidate_names()
        after = count_upkeep.facts(ids, published_only=True)
        public = self.public or bool(after)
        if public:
            count_upkeep.apply(self.before, count_upkeep.tally(after.values()))
        if public or self.names:
            meetings_changed()
        if self.names:
            transaction.on_commit(invalidate_gazetteer)


_local = threading.local()


@contextmanager
def meetings_write(meeting_ids: Iterable[int | None] = ()) -> Iterator[MeetingsChange]:
    """One transaction that writes meetings, and its follow-ups when the outermost one ends
    (see the module's docstring). `meeting_ids`: the meetings about to be written."""
    outer = getattr(_local, "change", None)
    with transaction.atomic():
        if outer is not None:
            outer.add(meeting_ids)
            yield outer
            return
        change = MeetingsChange()
        change.add(meeting_ids)
        _local.change = change
        try:
            yield change
        finally:
            _local.change = None
        change._finish()


def reference_changed(*, obj) -> None:
    """After a partner, programme, chamber or place changed its names: its meetings are found
    by them, and the next article is read with them."""
    with meetings_write() as change:
        change.names_changed(obj)


def reference_delete(*, objs) -> None:
    """Delete reference rows (a queryset or a list). Those that meetings need are protected
    (a region, city, chamber or partner in use); a programme leaves its meetings, whose search
    documents then lose its names (its summary rows go with it, by cascade)."""
    with meetings_write() as change:
        objs = list(objs)
        for obj in objs:
            change.names_changed(obj)
        for obj in objs:
            obj.delete()


def index_loaded(meeting_ids: Iterable[int]) -> None:
    """The search documents of meetings a bulk load wrote (the generator): such a load ends
    with `rebuild_derived`, not a refresh group by group."""
    index_meetings(meeting_ids)


def rebuild_derived() -> dict[str, int]:
    """Every summary table rebuilt from the meetings (after a bulk load, or to repair them),
    and a new meetings version. Returns the number of groups of each."""
    with transaction.atomic():
        sizes = counts.rebuild()
        invalidate_names()
        meetings_changed()
    return sizes


# --- reference data, however written ------------------------------------------------------------


def _reference_written(**kwargs) -> None:
    if kwargs.get("raw"):
        return  # loaddata: the rows come as they are; the version changes with the next write
    if kwargs.get("action", "post_").startswith("pre_"):
        return
    invalidate_names()
    meetings_changed()
    transaction.on_commit(invalidate_gazetteer)


def connect_signals() -> None:
    """Called once from the app's ready()."""
    from events.models import Chamber, City, Partner, Programme, Province, Region

    for model in (Region, Province, City, Chamber, Partner, Programme):
        uid = f"events.writes.{model.__name__}"
        post_save.connect(_reference_written, sender=model, dispatch_uid=f"{uid}.save")
        post_delete.connect(_reference_written, sender=model, dispatch_uid=f"{uid}.delete")
    for through in (
        Chamber.regions.through,
        Chamber.annexes.through,
        Programme.funders.through,
    ):
        uid = f"events.writes.{through._meta.db_table}"
        m2m_changed.connect(_reference_written, sender=through, dispatch_uid=uid)
