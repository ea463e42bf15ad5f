"""Summary tables of published-meeting counts (derived data, see events.counts)."""

from django.db import models

from events.models.reference import Chamber, City, Partner, Programme, Region

# --- summary tables ---------------------------------------------------------------------------
# Counts of published meetings per group of the keys the list filters on, so that a facet or a
# total is a sum over a few thousand rows instead of a GROUP BY over every meeting. Several
# tables hold the same counts at different grains: a query reads the smallest one that has
# every key it needs (events.counts.table_for). They are derived data: events.counts
# adds the difference each write makes to the groups it touches and rebuilds them all
# (generator, `rebuild_counts`, migration 0013). Row counts are those at 1M meetings.


def _region():
    return models.ForeignKey(Region, on_delete=models.CASCADE, null=True, related_name="+")


def _chamber():
    return models.ForeignKey(Chamber, on_delete=models.CASCADE, related_name="+")


def _city():
    return models.ForeignKey(City, on_delete=models.CASCADE, null=True, related_name="+")


def _kind():
    # The meeting's category (Meeting.category), under the name of the filter it serves.
    return models.CharField(max_length=120, blank=True)


def _year():
    # The meeting's date's year; NULL for undated meetings (which whole-year filters exclude).
    return models.PositiveSmallIntegerField(null=True)


def _partner():
    return models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="+")


def _programme():
    return models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="+")


class CountBase(models.Model):
    """A summary table. `keys`: its key fields, in the order of its groups' keys (events.counts);
    `owner`: "partner" or "programme" when it counts each meeting once per partner (pair) or
    programme it has, else None. Declared smallest first for each owner: the order in which
    events.counts.table_for tries them."""

    keys: tuple[str, ...] = ()
    owner: str | None = None
    count = models.PositiveIntegerField()

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.count}"


class RegionMeetingCount(CountBase):
    """Per (region, chamber, kind, year): 7,000 rows."""

    keys, owner = ("region", "chamber", "kind", "year"), None
    region, chamber, kind, year = _region(), _chamber(), _kind(), _year()

    class Meta:
        indexes = [models.Index(fields=["region", "chamber", "kind", "year"], name="rmc_keys")]


class CityYearCount(CountBase):
    """Per (region, city, year): 3,000 rows, for the city and province facets unfiltered or
    by place and years."""

    keys, owner = ("region", "city", "year"), None
    region, city, year = _region(), _city(), _year()

    class Meta:
        indexes = [models.Index(fields=["region", "city", "year"], name="cyc_keys")]


class KindCityCount(CountBase):
    """Per (region, city, kind, year): 19,000 rows, for the city and province facets of a kind
    (and places or years), which MeetingCount summed over a sixth of its rows (10,000 at 1M)."""

    keys, owner = ("region", "city", "kind", "year"), None
    region, city, kind, year = _region(), _city(), _kind(), _year()

    class Meta:
        indexes = [
            models.Index(fields=["region", "city", "kind", "year"], name="kcc_keys"),
            models.Index(fields=["kind", "year"], name="kcc_kind"),
        ]


class PartnerProgrammeCount(CountBase):
    """Meetings per (partner, programme) they share: a partner page's programme facet."""

    keys, owner = ("partner", "programme"), "partner"
    partner, programme = _partner(), _programme()

    class Meta:
        indexes = [models.Index(fields=["partner", "programme"], name="ppc_keys")]


class PartnerPairCount(CountBase):
    """Meetings per (partner, other partner) they share: a partner page's co-partners."""

    keys, owner = ("partner", "other"), "partner"
    partner = _partner()
    other = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="+")

    class Meta:
        indexes = [models.Index(fields=["partner", "other"], name="ppair_keys")]


class MeetingCount(CountBase):
    """Per (region, chamber, city, kind, year): 101,000 rows."""

    keys, owner = ("region", "chamber", "city", "kind", "year"), None
    region, chamber, city, kind, year = _region(), _chamber(), _city(), _kind(), _year()

    class Meta:
        indexes = [
            models.Index(fields=["region", "chamber", "city", "kind", "year"], name="mc_keys"),
            models.Index(fields=["city"], name="mc_city"),
            # A kind filter keeps a twelfth of the rows: read through this, not every row.
            models.Index(fields=["kind"], name="mc_kind"),
        ]


class PartnerRegionCount(CountBase):
    """Per (partner, region, year), whatever the role: the partner facet unfiltered or by
    region or years, and the partner page's years and regions."""

    keys, owner = ("partner", "region", "year"), "partner"
    partner, region, year = _partner(), _region(), _year()

    class Meta:
        indexes = [models.Index(fields=["partner", "region", "year"], name="prc_keys")]


class PartnerKindCount(CountBase):
    """Per (partner, kind, year): 25,000 rows, for the partner facet of a kind (and years),
    which PartnerMeetingCount summed over a twelfth of its 328,000 rows (130 ms at 1M)."""

    keys, owner = ("partner", "kind", "year"), "partner"
    partner, kind, year = _partner(), _kind(), _year()

    class Meta:
        indexes = [
            models.Index(fields=["partner", "kind", "year"], name="pkc_keys"),
            models.Index(fields=["kind", "year"], name="pkc_kind"),
        ]


class PartnerMeetingCount(CountBase):
    """Per (partner, region, chamber, kind, year): 328,000 rows."""

    keys, owner = ("partner", "region", "chamber", "kind", "year"), "partner"
    partner, region, chamber, kind, year = _partner(), _region(), _chamber(), _kind(), _year()

    class Meta:
        indexes = [
            models.Index(fields=["partner", "region", "chamber", "kind", "year"], name="pmc_keys"),
            models.Index(fields=["chamber"], name="pmc_chamber"),
            models.Index(fields=["kind"], name="pmc_kind"),
        ]


class PartnerPlaceCount(CountBase):
    """Per (partner, region, city, year): 150,000 rows, for a partner's city and province
    facets, unfiltered or by place and years (6,000 rows for the busiest partner, where
    PartnerCityCount has 15,000)."""

    keys, owner = ("partner", "region", "city", "year"), "partner"
    partner, region, city, year = _partner(), _region(), _city(), _year()

    class Meta:
        indexes = [
            models.Index(fields=["partner", "region", "city", "year"], name="ppl_keys"),
            models.Index(fields=["city", "partner"], name="ppl_city"),
        ]


class PartnerCityCount(CountBase):
    """Per (partner, region, chamber, city, kind, year): 1.1M rows, read only through a city
    or a partner (its indexes), for a city or province filter with a partner or its facet."""

    keys, owner = ("partner", "region", "chamber", "city", "kind", "year"), "partner"
    partner, region, chamber, city = _partner(), _region(), _chamber(), _city()
    kind, year = _kind(), _year()

    class Meta:
        indexes = [
            models.Index(fields=["partner", "city"], name="pcc_partner"),
            models.Index(fields=["city", "partner"], name="pcc_city"),
        ]


class ProgrammeRegionCount(CountBase):
    """As PartnerRegionCount, per programme."""

    keys, owner = ("programme", "region", "year"), "programme"
    programme, region, year = _programme(), _region(), _year()

    class Meta:
        indexes = [models.Index(fields=["programme", "region", "year"], name="grc_keys")]


class ProgrammeKindCount(CountBase):
    """As PartnerKindCount, per programme: 1,400 rows, for the programme facet of a kind, which
    ProgrammeMeetingCount summed over 9,000 rows at 1M."""

    keys, owner = ("programme", "kind", "year"), "programme"
    programme, kind, year = _programme(), _kind(), _year()

    class Meta:
        indexes = [
            models.Index(fields=["programme", "kind", "year"], name="gkc_keys"),
            models.Index(fields=["kind", "year"], name="gkc_kind"),
        ]


class ProgrammeMeetingCount(CountBase):
    """As PartnerMeetingCount, per programme."""

    keys, owner = ("programme", "region", "chamber", "kind", "year"), "programme"
    programme, region, chamber, kind, year = (
        _programme(),
        _region(),
        _chamber(),
        _kind(),
        _year(),
    )

    class Meta:
        indexes = [
            models.Index(
                fields=["programme", "region", "chamber", "kind", "year"], name="prmc_keys"
            ),
            models.Index(fields=["chamber"], name="prmc_chamber"),
            models.Index(fields=["kind"], name="prmc_kind"),
        ]


class ProgrammeCityCount(CountBase):
    """As PartnerCityCount, per programme."""

    keys, owner = ("programme", "region", "chamber", "city", "kind", "year"), "programme"
    programme, region, chamber, city = _programme(), _region(), _chamber(), _city()
    kind, year = _kind(), _year()

    class Meta:
        indexes = [
            models.Index(fields=["programme", "city"], name="gcc_programme"),
            models.Index(fields=["city", "programme"], name="gcc_city"),
        ]
