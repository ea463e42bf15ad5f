"""Simplify and project the regions' outlines into the inline map the home page draws.

Run again only when the outlines change; the output (static/map/regions.svg.json) is committed.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from events.map import MAP_FILE, build


class Command(BaseCommand):
    help = "Build static/map/regions.svg.json from the regions' GeoJSON (Douglas–Peucker)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--source",
            type=Path,
            default=Path(settings.BASE_DIR) / "fixtures" / "gazetteer" / "regions.geojson",
        )
        parser.add_argument("--tolerance", type=float, default=0.02, help="in degrees")
        parser.add_argument("--output", type=Path, default=MAP_FILE)

    def handle(self, *args, source, tolerance, output, **options):
        with source.open(encoding="utf-8") as handle:
            geojson = json.load(handle)
        result = build(geojson, tolerance)
        output.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(result, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        output.write_text(text + "\n", encoding="utf-8")
        points = sum(path.count("L") + path.count("M") for path in result["regions"].values())
        self.stdout.write(
            f"{output}: {len(result['regions'])} regions, {points} points, "
            f"{len(text.encode()) // 1024} KB"
        )
