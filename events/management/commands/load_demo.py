"""Demo data: the seed articles, imported through the importer and published.

Idempotent: an article already stored (same content hash) is skipped quietly.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand

from events.management.commands.import_articles import import_paths

SEEDS = settings.BASE_DIR / "fixtures" / "seeds"


class Command(BaseCommand):
    help = "يستورد مقالات العرض (fixtures/seeds) وينشرها."

    def handle(self, *args, **options):
        seeds = sorted(SEEDS.glob("*.txt"))
        summary = import_paths(seeds, publish=True, attach_unknowns=True)
        self.stdout.write(
            f"demo: {len(summary['published'])} published, "
            f"{len(summary['duplicates'])} already there, {len(summary['refused'])} refused"
        )
        for name, reason in summary["refused"]:
            self.stdout.write(self.style.ERROR(f"  ! {name}: {reason}"))
