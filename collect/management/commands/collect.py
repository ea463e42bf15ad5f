"""Collect the sources' new articles as drafts.

python manage.py collect                   # every due source once (a cron line runs this)
python manage.py collect --source ID ...   # these sources now, due or not, paused or not
python manage.py collect --loop            # keep going: each source at its interval

A long run (a source's first, with hundreds of old items) shows a progress bar on a terminal
(or with -v 2), and its progress in the admin (the run's row is written every two seconds).
SIGTERM or Ctrl-C stops after the item being read; the next run goes on from there.
"""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, close_old_connections, connection
from django.utils import timezone
from tqdm import tqdm

from collect.collecting import source_collect, sources_collect_due
from collect.models import Source

# The longest --loop sleeps between passes: a source made due in the admin waits no longer.
MAX_SLEEP = 30.0


class Command(BaseCommand):
    help = "يجمع المقالات الجديدة من المصادر مسودات في طوابير الغرف (ولا ينشر شيئاً)."

    def add_arguments(self, parser):
        parser.add_argument("--source", type=int, action="append", metavar="ID", default=[])
        parser.add_argument("--loop", action="store_true", help="يبقى يعمل: كل مصدر في موعده.")
        parser.add_argument(
            "--passes", type=int, default=0, help="مع --loop: يتوقف بعد هذا العدد من الدورات."
        )
        parser.add_argument(
            "--heartbeat", metavar="PATH", help="ملف يُلمس في كل دورة (لفحص صحة الخدمة)."
        )
        parser.add_argument(
            "--max-sleep",
            type=float,
            default=MAX_SLEEP,
            metavar="SECONDS",
            help="مع --loop: أطول انتظار بين دورتين.",
        )

    def handle(self, *args, source, loop, passes, heartbeat, max_sleep, **options):
        self.verbosity = options.get("verbosity", 1)
        self.max_sleep = max_sleep
        self.heartbeat = Path(heartbeat) if heartbeat else None
        self.beat_at = 0.0
        self.stopping = False
        self.bars: dict[int, tqdm] = {}
        if source:
            found = {s.pk: s for s in Source.objects.filter(pk__in=source)}
            missing = [pk for pk in source if pk not in found]
            if missing:
                raise CommandError(f"no source with id {', '.join(map(str, missing))}")
        previous = {}
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                previous[sig] = signal.signal(sig, self._stop)
        try:
            self._passes(source, loop, passes)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _passes(self, source, loop, passes) -> None:
        done = 0
        while True:
            self._beat(force=True)
            try:
                runs = self._pass(source)
            except DatabaseError as error:
                if not loop:
                    raise
                # The database restarting: the loop waits and tries again.
                self.stderr.write(f"database error, trying again: {error}")
                runs = []
            for run in runs:
                self._report(run)
            done += 1
            if not loop or self.stopping or (passes and done >= passes):
                break
            self._sleep()

    def _pass(self, ids):
        # As between requests: a connection the database dropped (a restart) or older than
        # CONN_MAX_AGE is replaced; never inside a transaction (a test's).
        if not connection.in_atomic_block:
            close_old_connections()
        if not ids:
            return sources_collect_due(progress=self._progress, should_stop=self._should_stop)
        runs = []
        for source in Source.objects.filter(pk__in=ids):
            run = source_collect(
                source=source, progress=self._progress, should_stop=self._should_stop
            )
            if run is None:
                self.stdout.write(f"source #{source.pk}: another collector holds it, skipped")
            else:
                runs.append(run)
        return runs

    def _sleep(self) -> None:
        soonest = (
            Source.objects.filter(active=True, next_check_at__isnull=False)
            .order_by("next_check_at")
            .values_list("next_check_at", flat=True)
            .first()
        )
        wait = self.max_sleep
        if soonest is not None:
            # At least a second: a due source another collector holds is not polled in a spin.
            wait = min(wait, max(1.0, (soonest - timezone.now()).total_seconds()))
        deadline = time.monotonic() + wait
        while not self.stopping and time.monotonic() < deadline:
            time.sleep(max(0.0, min(1.0, deadline - time.monotonic())))

    def _stop(self, signum, frame) -> None:
        if self.stopping:  # asked twice: now
            raise KeyboardInterrupt
        self.stopping = True

    def _should_stop(self) -> bool:
        return self.stopping

    def _beat(self, force: bool = False) -> None:
        """The heartbeat the compose healthcheck reads: touched on every pass, and every ten
        seconds while a long run reads its articles."""
        if self.heartbeat is not None and (force or time.monotonic() - self.beat_at > 10):
            self.heartbeat.touch()
            self.beat_at = time.monotonic()

    def _progress(self, run) -> None:
        self._beat()
        # The bar is for a terminal (or -v 2); under cron the summary lines are the log.
        if not run.items_new or not (self.verbosity >= 2 or (self.verbosity and self._tty())):
            return
        bar = self.bars.get(run.pk)
        if bar is None:
            bar = self.bars[run.pk] = tqdm(
                total=run.items_new, desc=str(run.source)[:30], unit="item", file=self.stderr._out
            )
        bar.update(run.items_done - bar.n)

    def _tty(self) -> bool:
        return hasattr(self.stderr._out, "isatty") and self.stderr._out.isatty()

    def _report(self, run) -> None:
        bar = self.bars.pop(run.pk, None)
        if bar is not None:
            bar.close()
        if self.verbosity < 1:
            return
        line = (
            f"source #{run.source_id} {run.source}: {run.get_status_display()} — "
            f"items {run.items_seen}, new {run.items_new}, drafts {run.drafts}, "
            f"duplicates {run.duplicates}, refused {run.refused}, errors {run.errors}"
        )
        style = self.style.ERROR if run.status == run.Status.FAILED else self.style.SUCCESS
        self.stdout.write(style(line))
        if run.message and self.verbosity >= 1:
            self.stdout.write(f"  {run.message}")
