"""python manage.py extract_article FILE... — one JSON object per file, one per line."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from events.extraction.extract import extract
from events.extraction.gazetteer import Gazetteer


class Command(BaseCommand):
    help = "Extract a meeting's facts from article text files and print them as JSON lines."

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+", help="plain-text article files (UTF-8)")
        parser.add_argument(
            "--reference-date",
            type=datetime.date.fromisoformat,
            default=None,
            help="publication date (YYYY-MM-DD), to resolve أمس، الجاري …",
        )

    def handle(self, *args, **options) -> None:
        gazetteer = Gazetteer.from_db()
        if not gazetteer.regions:
            gazetteer = Gazetteer.from_fixtures()
        for name in options["files"]:
            path = Path(name)
            try:
                raw = path.read_bytes()
            except OSError as error:
                raise CommandError(f"{name}: {error.strerror}") from error
            text = raw.decode("utf-8-sig", errors="replace")
            result = extract(text, gazetteer, reference_date=options["reference_date"])
            self.stdout.write(json.dumps(result.as_contract(path.name), ensure_ascii=False))
