"""Fill the database with realistic meetings, for benchmarks:
`DJANGO_SETTINGS_MODULE=bench.settings manage.py generate_meetings --count 1000000`."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from tqdm import tqdm

from bench.generation import generate


class Command(BaseCommand):
    help = (
        "Adds N realistic published meetings (about 5% drafts) with partners, programmes and "
        "people, built from the reference data and the seed articles' wording."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, required=True, help="meetings to add")
        parser.add_argument(
            "--seed", type=int, default=0, help="random seed (same seed, same data)"
        )
        parser.add_argument(
            "--batch", type=int, default=None, help="meetings per transaction (default: 5000)"
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="leave the search documents empty (index later with the search tools)",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=None,
            help="processes building search documents (PostgreSQL; default: 2, 0: none)",
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, count, seed, batch, no_index, jobs, no_progress, verbosity, **options):
        if count < 0:
            raise CommandError("--count must not be negative")
        batch = batch or (5000 if connection.vendor == "postgresql" else 2000)
        if batch <= 0:
            raise CommandError("--batch must be positive")
        with tqdm(
            total=count,
            unit=" meetings",
            unit_scale=True,
            disable=no_progress or verbosity == 0,
            file=self.stderr._out,
        ) as bar:
            timings = generate(
                count, seed=seed, batch_size=batch, index=not no_index, progress=bar.update
            )
        if verbosity:
            self.stdout.write(
                f"{timings.meetings} meetings, {timings.partners} partner roles, "
                f"{timings.programmes} programme links, {timings.people} people "
                f"in {timings.total:.1f} s ({timings.rate():.0f} meetings/s; "
                f"generate {timings.generate:.1f} s, waiting for search documents "
                f"{timings.documents:.1f} s ({timings.jobs} workers), COPY {timings.write:.1f} s, "
                f"indexes {timings.index:.1f} s)"
            )
