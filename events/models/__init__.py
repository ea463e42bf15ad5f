"""The portal's data: the Moroccan gazetteer, chambers, partners, programmes and meetings,
and the summary tables derived from the meetings. One module per kind; every model is
importable from here, as Django and the rest of the code expect."""

from events.models.meetings import (
    MAX_DAYS,
    Article,
    Meeting,
    MeetingPartner,
    Person,
    meeting_url,
)
from events.models.reference import (
    Chamber,
    City,
    NamedMixin,
    Partner,
    Programme,
    Province,
    Region,
)
from events.models.search import SearchRow
from events.models.summaries import (
    CityYearCount,
    CountBase,
    MeetingCount,
    PartnerCityCount,
    PartnerKindCount,
    PartnerMeetingCount,
    PartnerPairCount,
    PartnerPlaceCount,
    PartnerProgrammeCount,
    PartnerRegionCount,
    ProgrammeCityCount,
    ProgrammeMeetingCount,
    ProgrammeRegionCount,
    RegionMeetingCount,
)

__all__ = [
    "Article",
    "Chamber",
    "City",
    "CityYearCount",
    "CountBase",
    "MAX_DAYS",
    "Meeting",
    "meeting_url",
    "MeetingCount",
    "MeetingPartner",
    "NamedMixin",
    "Partner",
    "PartnerCityCount",
    "PartnerMeetingCount",
    "PartnerPairCount",
    "PartnerKindCount",
    "PartnerPlaceCount",
    "PartnerProgrammeCount",
    "PartnerRegionCount",
    "Person",
    "Programme",
    "ProgrammeCityCount",
    "ProgrammeMeetingCount",
    "ProgrammeRegionCount",
    "Province",
    "Region",
    "RegionMeetingCount",
    "SearchRow",
]
