"""Rebuild the summary tables of published meetings (events.counts) from the meetings."""

from django.core.management.base import BaseCommand
from django.db import transaction

from events import counts
from events.cache import meetings_changed


class Command(BaseCommand):
    help = "Rebuild the meeting count summary tables from the meetings."

    def handle(self, *args, **options):
        with transaction.atomic():
            sizes = counts.rebuild()
            meetings_changed()
        for name, size in sizes.items():
            self.stdout.write(f"{name}: {size} groups")
