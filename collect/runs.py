"""A run's row: started with the source's last run pointing at it, its figures saved as the
run goes (the admin shows its progress), finished with the source's next check."""

from __future__ import annotations

import datetime

from django.utils import timezone

from collect.models import Run, Source

COUNTERS = ["items_done", "drafts", "duplicates", "same_meeting", "refused", "errors"]
INTERRUPTED = "انقطعت الدورة قبل تمامها (توقف الجامع): أكملتها دورة لاحقة."


def start(source: Source, holder: str) -> Run:
    """A new run. A run of this source still marked running belongs to a collector that
    stopped without finishing it (the lease it held has run out): it is marked so."""
    now = timezone.now()
    Run.objects.filter(source=source, status=Run.Status.RUNNING).update(
        status=Run.Status.INTERRUPTED, finished_at=now, message=INTERRUPTED
    )
    run = Run.objects.create(source=source, collector=holder[:200], started_at=now)
    Source.objects.filter(pk=source.pk).update(last_run=run)
    source.last_run = run
    return run


def finish(
    run: Run, source: Source, status: str, message: str = "", *, validators: dict | None = None
) -> Run:
    """The run ends; the source is due again after its interval (at once when the run was
    cut short). `validators`, when given, are the conditional-GET keys the next run sends."""
    now = timezone.now()
    run.status = status
    run.finished_at = now
    if message:
        run.message = "\n".join(part for part in (run.message, message) if part)
    run.save(update_fields=["status", "finished_at", "message", *COUNTERS])
    later = datetime.timedelta(minutes=source.interval_minutes)
    updates = {"next_check_at": now if status == Run.Status.INTERRUPTED else now + later}
    if validators is not None:
        updates["validators"] = validators
        source.validators = validators
    Source.objects.filter(pk=source.pk).update(**updates)
    source.next_check_at = updates["next_check_at"]
    return run
