"""Migration 0025: on PostgreSQL the summary tables' indexes carry the other keys and the
count, so that a facet's sum is read from an index alone."""

import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="INCLUDE is PostgreSQL's"),
]


def _definition(name: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [name])
        return cursor.fetchone()[0]


def test_a_single_key_index_covers_the_other_keys_and_the_count():
    chamber = _definition("pmc_chamber")
    assert "(chamber_id) INCLUDE (" in chamber
    for column in ("count", "partner_id", "region_id", "kind", "year"):
        assert column in chamber.split("INCLUDE")[1]
    assert "INCLUDE (count" in _definition("kcc_keys")
