"""Watch a feed, a WordPress site or a sitemap: its new articles become drafts.

python manage.py add_source URL [--chamber SLUG] [--outlet NAME] [--interval MINUTES]
                                [--type auto|feed|wordpress|sitemap] [--no-check]

The URL is fetched and its kind found (a site's page gives the feed it names) unless
--no-check; without --chamber the source is a paper's, and each article's chamber is read
from its text.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from collect.models import Source
from collect.services import source_add
from events.importing import ImportRefused
from events.services.editors import chambers_by_slug


class Command(BaseCommand):
    help = "يضيف مصدراً (خلاصة RSS/Atom، واجهة ووردبريس، خريطة موقع) تُجمع مقالاته مسودات."

    def add_arguments(self, parser):
        parser.add_argument("url")
        parser.add_argument("--chamber", metavar="SLUG", help="غرفة الموقع؛ لا شيء لجريدة.")
        parser.add_argument("--outlet", metavar="NAME", default="", help="اسم المنبر.")
        parser.add_argument(
            "--type", dest="kind", choices=Source.Kind.values, default=Source.Kind.AUTO
        )
        parser.add_argument("--interval", type=int, default=60, metavar="MINUTES")
        parser.add_argument(
            "--no-check", action="store_true", help="لا تجلب الرابط الآن (يُكتشف نوعه عند الجمع)."
        )

    def handle(self, *args, url, chamber, outlet, kind, interval, no_check, **options):
        try:
            chamber_obj = chambers_by_slug([chamber])[0] if chamber else None
            source = source_add(
                url=url,
                chamber=chamber_obj,
                outlet=outlet,
                kind=kind,
                interval_minutes=interval,
                check=not no_check,
            )
        except ImportRefused as refused:
            raise CommandError(refused.message) from refused
        chamber = source.chamber.slug if source.chamber else "— (read from each article)"
        feed = f", {source.feed_url}" if source.feed_url else ""
        self.stdout.write(
            f"source #{source.pk}: {source} ({source.get_kind_display()}{feed}), "
            f"chamber: {chamber}, every {source.interval_minutes} min"
        )
