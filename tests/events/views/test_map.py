import io
import json

import pytest
from django.core.management import call_command

from events.map import MAP_FILE, build, douglas_peucker, shade, simplify_ring


def test_douglas_peucker_drops_points_within_tolerance_and_keeps_corners():
    line = [(0, 0), (1, 0.001), (2, 0), (2, 2)]
    assert douglas_peucker(line, 0.01) == [(0, 0), (2, 0), (2, 2)]


def test_simplify_ring_keeps_a_square_square():
    square = [(0, 0), (0.5, 0.0001), (1, 0), (1, 1), (0, 1), (0, 0)]
    assert simplify_ring(square, 0.01) == [(0, 0), (1, 0), (1, 1), (0, 1)]


def test_simplify_ring_drops_rings_smaller_than_the_tolerance():
    assert simplify_ring([(0, 0), (0.001, 0), (0.001, 0.001), (0, 0)], 0.02) == []


@pytest.mark.parametrize(
    "count,highest,expected",
    [(0, 10, 0), (1, 10, 1), (5, 10, 2), (8, 10, 4), (10, 10, 4), (3, 0, 0)],
    ids=["none", "few", "half", "most", "top", "no-data"],
)
def test_shade_grows_with_the_count(count, highest, expected):
    assert shade(count, highest) == expected


def test_build_projects_a_polygon_into_the_view_box():
    geojson = {
        "features": [
            {
                "properties": {"slug": "square"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[-2, 30], [-1, 30], [-1, 31], [-2, 31], [-2, 30]]],
                },
            }
        ]
    }
    result = build(geojson)
    assert result["viewBox"] == "0 0 31.8 36"
    assert result["regions"] == {"square": "M0 36L31.8 36L31.8 0L0 0Z"}


def test_committed_map_has_all_twelve_regions_and_stays_small():
    data = json.loads(MAP_FILE.read_text(encoding="utf-8"))
    assert len(data["regions"]) == 12
    assert all(path.startswith("M") for path in data["regions"].values())
    assert MAP_FILE.stat().st_size < 100_000


def test_build_region_map_command_reproduces_the_committed_file(tmp_path):
    output = tmp_path / "regions.svg.json"
    call_command("build_region_map", output=output, stdout=io.StringIO())
    assert output.read_text(encoding="utf-8") == MAP_FILE.read_text(encoding="utf-8")
