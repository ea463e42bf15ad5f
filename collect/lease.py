"""One collector per source at a time: a lease taken by one conditional UPDATE.

`UPDATE … SET locked_by = me, locked_until = now + lease WHERE id = … AND (locked_until IS NULL
OR locked_until < now)` is atomic on both databases: on PostgreSQL a second collector's UPDATE
waits for the first's row lock, then reads the row again and no longer matches; SQLite writes
one at a time. Whoever changed one row holds the source. The holder renews the lease as it
works; a collector that died leaves a lease that runs out (COLLECT_LEASE_SECONDS), and the
source is taken again. No transaction is held open while pages are fetched.
"""

from __future__ import annotations

import datetime
import os
import socket
import uuid

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from collect.models import Source


def collector_name() -> str:
    """This collector, unique even between threads of one process."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _until() -> datetime.datetime:
    return timezone.now() + datetime.timedelta(seconds=settings.COLLECT_LEASE_SECONDS)


def acquire(source: Source, holder: str) -> bool:
    now = timezone.now()
    taken = (
        Source.objects.filter(pk=source.pk)
        .filter(Q(locked_until__isnull=True) | Q(locked_until__lt=now))
        .update(locked_until=_until(), locked_by=holder)
    )
    if taken:
        source.locked_by = holder
    return bool(taken)


def renew(source: Source, holder: str) -> bool:
    """False when the lease was lost (it ran out and another collector took the source)."""
    return bool(Source.objects.filter(pk=source.pk, locked_by=holder).update(locked_until=_until()))


def release(source: Source, holder: str) -> None:
    Source.objects.filter(pk=source.pk, locked_by=holder).update(locked_until=None, locked_by="")
    source.locked_by = ""
    source.locked_until = None
