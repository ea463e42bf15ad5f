"""Rebuild the full-text index of every meeting: `manage.py reindex_search`."""

import time

from django.core.management.base import BaseCommand

from events.search import invalidate_names, reindex_all


class Command(BaseCommand):
    help = (
        "Recomputes every meeting's search document (and the PostgreSQL search vector or the "
        "SQLite FTS5 rows). Run after migrating a database that already holds meetings, or "
        "after changing the Arabic analysis rules."
    )

    def add_arguments(self, parser):
        parser.add_argument("--chunk", type=int, default=5000, help="meetings per batch")

    def handle(self, *args, chunk, verbosity, **options):
        started = time.perf_counter()
        invalidate_names()
        count = reindex_all(chunk=max(1, chunk))
        if verbosity:
            elapsed = time.perf_counter() - started
            self.stdout.write(f"{count} meetings indexed in {elapsed:.1f} s")
