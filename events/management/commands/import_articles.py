"""Import article files (and folders, and .zip archives) as draft meetings.

python manage.py import_articles PATH... [--chamber SLUG] [--publish] [--user USERNAME]
"""

from __future__ import annotations

from pathlib import PurePath

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from events import services
from events.importing import ImportRefused, read_bytes
from events.importing.files import expand
from events.importing.validate import unexpected
from events.models import Chamber
from events.writes import meetings_write


def import_paths(
    paths, *, chamber=None, user=None, publish=False, progress=None, attach_unknowns=False
):
    """The shared loop of import_articles and load_demo: a summary dict of lists."""
    summary = {"imported": [], "duplicates": [], "refused": [], "published": []}
    items = expand(paths)
    bar = progress(items) if progress else items
    for item in bar:
        # One write per article: imported, its names attached and published, then reindexed and
        # counted once.
        with meetings_write():
            _import_one(item, summary, chamber, user, publish, attach_unknowns)
    return summary


def _import_one(item, summary, chamber, user, publish, attach_unknowns) -> None:
    try:
        source = read_bytes(item.load(), name=item.name)
        result = services.article_import(
            text=source.text,
            chamber=chamber,
            user=user,
            source_url=source.source_url,
            outlet=source.outlet,
            published_on=source.published_on,
            title_hint=source.title,
            file=PurePath(item.name).name,
        )
    except ImportRefused as refused:
        summary["refused"].append((item.name, refused.message))
        return
    except Exception as error:
        summary["refused"].append((item.name, unexpected(item.name, error).message))
        return
    if not result.created:
        summary["duplicates"].append((item.name, result.duplicate_of))
        return
    summary["imported"].append((item.name, result.meeting))
    if attach_unknowns:
        services.meeting_attach_unknowns(meeting=result.meeting, user=user)
    if publish:
        try:
            services.meeting_publish(meeting=result.meeting, user=user)
        except ImportRefused as refused:
            summary["refused"].append((item.name, refused.message))
        else:
            summary["published"].append((item.name, result.meeting))


class Command(BaseCommand):
    help = "يستورد مقالات (ملفات ‎.txt و‎.html و‎.docx، مجلدات، أرشيفات ‎.zip) كلقاءات في حالة مسودة."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--chamber", metavar="SLUG", help="الغرفة؛ وإلا تُستخرج من كل مقال.")
        parser.add_argument("--publish", action="store_true", help="انشر اللقاءات المستوردة.")
        parser.add_argument("--user", metavar="USERNAME", help="المحرر الذي يُنسب إليه الاستيراد.")

    def handle(self, *args, paths, chamber, publish, user, **options):
        chamber_obj = None
        if chamber:
            chamber_obj = Chamber.objects.filter(slug=chamber).first()
            if chamber_obj is None:
                raise CommandError(f"no chamber with slug {chamber!r}")
        user_obj = None
        if user:
            user_obj = get_user_model().objects.filter(username=user).first()
            if user_obj is None:
                raise CommandError(f"no user {user!r}")
        verbosity = options.get("verbosity", 1)

        def progress(items):
            return tqdm(
                items, desc="import", unit="article", disable=verbosity < 1, file=self.stderr._out
            )

        summary = import_paths(
            paths, chamber=chamber_obj, user=user_obj, publish=publish, progress=progress
        )
        self.report(summary, publish=publish)
        if summary["refused"] and not summary["imported"] and not summary["duplicates"]:
            raise CommandError("nothing could be imported")

    def report(self, summary, *, publish):
        self.stdout.write(
            f"imported: {len(summary['imported'])}, duplicates: {len(summary['duplicates'])}, "
            f"refused: {len(summary['refused'])}"
            + (f", published: {len(summary['published'])}" if publish else "")
        )
        for name, meeting in summary["imported"]:
            self.stdout.write(f"  + {name} → #{meeting.pk} {meeting.title}")
        for name, first in summary["duplicates"]:
            self.stdout.write(f"  = {name}: duplicate of article #{first.pk}")
        for name, reason in summary["refused"]:
            self.stdout.write(self.style.ERROR(f"  ! {name}: {reason}"))
