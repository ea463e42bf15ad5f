"""Rebuild the summary tables of published meetings (events.counts) from the meetings."""

from django.core.management.base import BaseCommand

from events import writes


class Command(BaseCommand):
    help = "Rebuild the meeting count summary tables from the meetings."

    def handle(self, *args, **options):
        sizes = writes.rebuild_derived()
        for name, size in sizes.items():
            self.stdout.write(f"{name}: {size} groups")
