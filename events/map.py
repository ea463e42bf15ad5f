"""The regions' map: outlines simplified once (build_region_map), shaded per request.

Outlines: morocco-map (Yousfi Saad), © OpenStreetMap contributors, ODbL 1.0. The drawn
map is a Produced Work; the site footer carries the attribution.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings

MAP_FILE = Path(settings.BASE_DIR) / "static" / "map" / "regions.svg.json"
SHADES = 5
# Longitudes shrink with latitude; at Morocco's middle (≈28°N) one degree east is ≈0.88 of
# one degree north. A plain equirectangular projection with that factor is close enough.
MID_LATITUDE = 28.0
PIXELS_PER_DEGREE = 36.0


def _perpendicular(point, start, end) -> float:
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return math.hypot(x - x1, y - y1)
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / math.hypot(dx, dy)


def douglas_peucker(points: list[tuple[float, float]], tolerance: float) -> list:
    """Douglas–Peucker on an open line, iterative so long coasts don't hit the recursion limit."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            distance = _perpendicular(points[i], points[first], points[last])
            if distance > best:
                best, index = distance, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


def simplify_ring(ring: list[tuple[float, float]], tolerance: float) -> list:
    """A closed ring, simplified; split at its farthest point, since both ends coincide."""
    if ring[0] == ring[-1]:
        ring = ring[:-1]
    if len(ring) < 3:
        return []
    far = max(range(len(ring)), key=lambda i: math.dist(ring[0], ring[i]))
    first = douglas_peucker(ring[: far + 1], tolerance)
    second = douglas_peucker([*ring[far:], ring[0]], tolerance)
    simplified = first[:-1] + second[:-1]
    return simplified if len(simplified) >= 3 else []


def project(lon: float, lat: float, west: float, north: float) -> tuple[float, float]:
    x = (lon - west) * math.cos(math.radians(MID_LATITUDE)) * PIXELS_PER_DEGREE
    y = (north - lat) * PIXELS_PER_DEGREE
    return round(x, 1), round(y, 1)


def build(geojson: dict, tolerance: float = 0.02) -> dict:
    """{'viewBox': ..., 'regions': {slug: SVG path data}} from the regions' GeoJSON."""
    features = geojson["features"]
    lons, lats = [], []
    polygons_by_slug = {}
    for feature in features:
        geometry = feature["geometry"]
        polygons = (
            [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        )
        polygons_by_slug[feature["properties"]["slug"]] = polygons
        for polygon in polygons:
            for ring in polygon:
                lons.extend(p[0] for p in ring)
                lats.extend(p[1] for p in ring)
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    width, height = project(east, south, west, north)
    regions = {}
    for slug, polygons in polygons_by_slug.items():
        parts = []
        for polygon in polygons:
            for ring in polygon:
                simplified = simplify_ring([tuple(p) for p in ring], tolerance)
                if not simplified:
                    continue
                xy = [project(lon, lat, west, north) for lon, lat in simplified]
                parts.append("M" + "L".join(f"{_num(x)} {_num(y)}" for x, y in xy) + "Z")
        regions[slug] = "".join(parts)
    return {"viewBox": f"0 0 {_num(width)} {_num(height)}", "regions": regions}


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


@lru_cache(maxsize=1)
def outlines() -> dict:
    with MAP_FILE.open(encoding="utf-8") as handle:
        return json.load(handle)


@dataclass(frozen=True)
class MapRegion:
    slug: str
    name: str
    path: str
    count: int
    shade: int
    url: str


def shade(count: int, highest: int) -> int:
    """0 for none, then 1…SHADES-1 in proportion to the busiest region."""
    if count <= 0 or highest <= 0:
        return 0
    return 1 + min(SHADES - 2, (count * (SHADES - 1) - 1) // highest)


def shaded_regions(regions, counts: dict[str, int], url_for) -> list[MapRegion]:
    """Each region with its outline, its meeting count, its shade and its link."""
    paths = outlines()["regions"]
    highest = max(counts.values(), default=0)
    return [
        MapRegion(
            slug=region.slug,
            name=region.name,
            path=paths.get(region.slug, ""),
            count=counts.get(region.slug, 0),
            shade=shade(counts.get(region.slug, 0), highest),
            url=url_for(region.slug),
        )
        for region in regions
    ]
