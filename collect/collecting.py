"""Collecting: a source's new items, each read and imported as a draft, once.

A run takes the source's lease (collect.lease), lists its items (collect.listing: a 304 ends
it there), drops those already seen (by key, and by URL), then reads each new page through
the URL import's reader and imports it through `article_import`, exactly as an editor's
import: extracted, checked for duplicates and for the same meeting, routed to the chamber the
article names (the source's chamber when it names none). Never published.

What became of each item is a SeenItem, written in the same transaction as its draft: a run
stopped anywhere is repeated without importing anything twice. A refusal (not a meeting, not
Arabic, no chamber) is final; an error (the page did not answer) is tried again on the next
runs, COLLECT_MAX_ATTEMPTS times in all. One source's failure is its run's message, and the
next source is collected.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError

from collect import lease
from collect.feeds import Item
from collect.listing import list_items, needs_probe, probe
from collect.models import Run, SeenItem, Source
from collect.runs import COUNTERS, finish, start
from events.importing import ImportRefused, read_url
from events.importing.validate import unexpected
from events.services import article_import
from events.writes import meetings_write

logger = logging.getLogger("collect")

# Refusals of the fetch that may not be the page's fault: tried again on later runs.
TRANSIENT = frozenset({"fetch", "timeout"})
# How often a run's figures are written while it goes (the admin shows its progress).
PROGRESS_SECONDS = 2.0
Outcome = SeenItem.Outcome
NO_CHAMBER = (
    "لا يذكر المقال الغرفة التي نظّمت اللقاء، والمصدر جريدة بلا غرفة: إن كان لقاءً فليستورده "
    "محرر الغرفة من شاشة الاستيراد."
)
Progress = Callable[..., None]


@dataclass(frozen=True)
class Collected:
    outcome: str
    same_meeting: bool = False


def source_collect(
    *,
    source: Source,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
    holder: str = "",
) -> Run | None:
    """One run over `source`: its Run, or None when another collector holds the source."""
    holder = holder or lease.collector_name()
    if not lease.acquire(source, holder):
        return None
    try:
        source.refresh_from_db()
        return _collect(source, holder, progress, should_stop)
    finally:
        lease.release(source, holder)


def sources_collect_due(
    *, progress: Progress | None = None, should_stop: Callable[[], bool] | None = None
) -> list[Run]:
    """Every due source once, the oldest due first; a source that fails is logged and the
    next one collected."""
    runs = []
    for source in list(Source.objects.due()):
        if should_stop is not None and should_stop():
            break
        try:
            run = source_collect(source=source, progress=progress, should_stop=should_stop)
        except Exception:
            logger.exception("collecting source #%s failed", source.pk)
            continue
        if run is not None:
            runs.append(run)
    return runs


def _collect(source: Source, holder: str, progress, should_stop) -> Run:
    run = start(source, holder)
    try:
        first = None
        if needs_probe(source):
            found = probe(source.url, source.kind)
            source.kind = found.kind
            source.feed_url = found.feed_url if found.feed_url != source.url else ""
            source.save(update_fields=["kind", "feed_url"])
            first = found.fetched if found.kind != Source.Kind.WORDPRESS else None
        listing = list_items(source, seen=lambda items: _final_keys(source, items), first=first)
    except ImportRefused as refused:
        return finish(run, source, Run.Status.FAILED, refused.message)
    except Exception as error:
        return finish(run, source, Run.Status.FAILED, unexpected(str(source), error).message)
    if listing.not_modified:
        return finish(run, source, Run.Status.NOT_MODIFIED, validators=listing.validators)
    todo = _new_items(source, listing.items)
    run.items_seen, run.items_new = len(listing.items), len(todo)
    run.message = "\n".join(listing.notes)
    run.save(update_fields=["items_seen", "items_new", "message"])
    if progress is not None:
        progress(run)
    # A commit costs a few milliseconds to tens of them (the disk's flush): the run's figures
    # are written every PROGRESS_SECONDS and the lease renewed every fifth of its length, not
    # after every item; each item's draft and record are one commit.
    saved = renewed = time.monotonic()
    try:
        for item in todo:
            if should_stop is not None and should_stop():
                return finish(
                    run,
                    source,
                    Run.Status.INTERRUPTED,
                    "أوقف الجامع الدورة قبل تمامها: تكمل الدورة القادمة ما بقي.",
                )
            if time.monotonic() - renewed >= settings.COLLECT_LEASE_SECONDS / 5:
                if not lease.renew(source, holder):
                    return finish(
                        run,
                        source,
                        Run.Status.INTERRUPTED,
                        "انتهت مهلة حجز المصدر: أخذه جامع آخر.",
                    )
                renewed = time.monotonic()
            _count(run, collect_item(source=source, run=run, item=item))
            if time.monotonic() - saved >= PROGRESS_SECONDS:
                run.save(update_fields=COUNTERS)
                saved = time.monotonic()
            if progress is not None:
                progress(run)
    except DatabaseError as error:
        logger.exception("collecting source #%s stopped", source.pk)
        return finish(
            run, source, Run.Status.FAILED, f"توقفت الدورة لخطأ في قاعدة البيانات: {error}"
        )
    # Items to try again, or documents not read: the next run asks for everything again.
    retry = run.errors > 0 or not listing.complete
    return finish(run, source, Run.Status.DONE, validators={} if retry else listing.validators)


def _count(run, collected: Collected) -> None:
    run.items_done += 1
    if collected.outcome == Outcome.IMPORTED:
        run.drafts += 1
    elif collected.outcome == Outcome.DUPLICATE:
        run.duplicates += 1
    elif collected.outcome == Outcome.REFUSED:
        run.refused += 1
    else:
        run.errors += 1
    run.same_meeting += collected.same_meeting


def _chunks(values: list, size: int = 500):
    for start_at in range(0, len(values), size):
        yield values[start_at : start_at + size]


def _final_keys(source: Source, items: list[Item]) -> set[str]:
    """The keys of these items whose outcome is final (not to be tried again)."""
    keys = [item.key for item in items]
    return set(
        SeenItem.objects.filter(source=source, key__in=keys)
        .exclude(outcome=Outcome.ERROR)
        .values_list("key", flat=True)
    )


def _new_items(source: Source, items: list[Item]) -> list[Item]:
    """The items to read, oldest first: never seen (by key or by URL), or seen with an error
    to try again. An item seen under another URL (the site moved it) keeps its outcome and
    learns its new URL."""
    known: dict[str, SeenItem] = {}
    for chunk in _chunks([item.key for item in items]):
        for seen in SeenItem.objects.filter(source=source, key__in=chunk).only(
            "pk", "key", "url", "outcome"
        ):
            known[seen.key] = seen
    urls: set[str] = set()
    for chunk in _chunks([item.url for item in items if item.key not in known]):
        urls.update(
            SeenItem.objects.filter(source=source, url__in=chunk).values_list("url", flat=True)
        )
    todo = []
    for item in items:
        seen = known.get(item.key)
        if seen is None:
            if item.url not in urls:
                todo.append(item)
            continue
        if seen.url != item.url:
            SeenItem.objects.filter(pk=seen.pk).update(url=item.url[:1000])
        if seen.retryable:
            todo.append(item)
    todo.reverse()
    return todo


def collect_item(*, source: Source, run, item: Item) -> Collected:
    """One item: its page read and imported, and what became of it recorded."""
    try:
        page = read_url(item.url)
    except ImportRefused as refused:
        transient = refused.code in TRANSIENT
        return _record(
            source, run, item, Outcome.ERROR if transient else Outcome.REFUSED, refused.message
        )
    except Exception as error:
        return _record(source, run, item, Outcome.ERROR, unexpected(item.url, error).message)
    try:
        # The draft and its record: both or neither (a run stopped here imports it again).
        with meetings_write():
            result = article_import(
                text=page.text,
                chamber=None,
                user=None,
                source_url=page.source_url or item.url,
                outlet=source.outlet or page.outlet,
                published_on=page.published_on or item.published,
                title_hint=page.title or item.title,
                default_chamber=source.chamber,
                require_meeting=True,
            )
            if not result.created:
                return _record(
                    source,
                    run,
                    item,
                    Outcome.DUPLICATE,
                    f"المقال مستورد من قبل (المقال رقم {result.duplicate_of.pk}).",
                    article=result.duplicate_of,
                )
            return _record(
                source,
                run,
                item,
                Outcome.IMPORTED,
                _notes(source, result),
                article=result.article,
                same_meeting=bool(result.same_meeting),
            )
    except ImportRefused as refused:
        reason = NO_CHAMBER if refused.code == "no_chamber" else refused.message
        return _record(source, run, item, Outcome.REFUSED, reason)
    except Exception as error:
        return _record(source, run, item, Outcome.ERROR, unexpected(item.url, error).message)


def _notes(source: Source, result) -> str:
    notes = []
    if result.same_meeting:
        ids = "، ".join(f"#{m.pk}" for m in result.same_meeting)
        notes.append(f"لقاء معروف على الأرجح ({ids}): يُعرض على المحرر مصدراً إضافياً.")
    if source.chamber_id and result.meeting.chamber_id != source.chamber_id:
        notes.append(f"المقال عن «{result.meeting.chamber.name_ar}»: المسودة في طابور تلك الغرفة.")
    if result.near_duplicates:
        notes.append(f"يشبه مقالاً سابقاً (رقم {result.near_duplicates[0].pk}).")
    return " ".join(notes)


def _record(source, run, item, outcome, reason, *, article=None, same_meeting=False):
    seen = SeenItem.objects.filter(source=source, key=item.key).first()
    attempts = seen.attempts + 1 if seen is not None else 1
    if outcome == Outcome.ERROR and attempts >= settings.COLLECT_MAX_ATTEMPTS:
        outcome = Outcome.FAILED
        reason = f"{reason} (بعد {attempts} محاولات، لن يعاد.)"
    fields = {
        "url": item.url[:1000],
        "title": item.title[:500],
        "outcome": outcome,
        "reason": reason,
        "attempts": attempts,
        "article": article,
        "run": run,
    }
    if seen is None:
        SeenItem.objects.create(source=source, key=item.key, **fields)
    else:
        for name, value in fields.items():
            setattr(seen, name, value)
        seen.save(update_fields=[*fields, "updated_at"])
    return Collected(outcome=outcome, same_meeting=same_meeting)
