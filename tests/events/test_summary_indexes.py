"""Migration 0025: on PostgreSQL the summary tables' indexes carry the other keys and the
count, so that a facet's sum is read from an index alone."""

import pytest
from django.db import connection

from events.models import KindCityCount, PartnerMeetingCount
from tests.factories import make_meeting, make_partner

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


def test_a_chambers_partner_facet_is_read_from_the_index_alone():
    meeting = make_meeting(partners=[make_partner(slug="p-cover")])
    table = PartnerMeetingCount._meta.db_table
    with connection.cursor() as cursor:
        # A test's table is too small for an index to pay: only the plan's shape is asked.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute(
            f"EXPLAIN SELECT partner_id, SUM(count) FROM {table} WHERE chamber_id = %s "
            "AND partner_id IS NOT NULL GROUP BY partner_id",
            [meeting.chamber_id],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Index Only Scan using pmc_chamber" in plan
    assert KindCityCount.objects.filter(kind=meeting.category).exists()
