"""The reference data: one reader of fixtures/gazetteer/*, for the migrations and the extractor."""

from __future__ import annotations

import dataclasses

import pytest

from events.extraction.gazetteer import Gazetteer
from events.gazetteer_data import reference_rows

pytestmark = pytest.mark.django_db


def _entries(gazetteer: Gazetteer) -> dict[str, set]:
    def frozen(entry) -> tuple:
        fields = dataclasses.asdict(entry)
        # The database gives a chamber's annexes in its own order.
        if "annexes" in fields:
            fields["annexes"] = tuple(sorted(fields["annexes"]))
        return tuple(sorted(fields.items()))

    kinds = ("regions", "provinces", "cities", "chambers", "partners", "programmes")
    return {kind: {frozen(e) for e in getattr(gazetteer, kind)} for kind in kinds}


def test_the_fixture_snapshot_is_the_migrated_database_snapshot():
    assert _entries(Gazetteer.from_fixtures()) == _entries(Gazetteer.from_db())


def test_rows_name_their_relations_by_natural_key():
    rows = reference_rows()
    regions = {r["code"] for r in rows.regions}
    provinces = {p["code"] for p in rows.provinces}
    cities = {c["code"] for c in rows.cities}

    assert len(regions) == 12 and len(rows.chambers) == 40
    assert {p["region_code"] for p in rows.provinces} <= regions
    assert {c["province_code"] for c in rows.cities} <= provinces
    assert {c["seat_code"] for c in rows.chambers} <= cities
    fishing = [c for c in rows.chambers if c["kind"] == "peche"]
    assert len(fishing) == 4 and all(c["annex_codes"] is None for c in fishing)
    assert all(len(c["region_codes"]) > 1 for c in fishing)
