"""A list's rows as its page shows them (events.templatetags.multaqa.meeting_rows): plain
values, read in two queries without model instances (a page of twenty meetings with their
places, chamber and partners as models cost as much to build as to read)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from events.models import MeetingPartner, meeting_url

Names = tuple[str, str | None]  # (Arabic name, French name)


@dataclass
class ListRow:
    pk: int
    slug: str
    title: str
    date: datetime.date | None
    date_end: datetime.date | None
    category: str
    city: Names | None
    region: Names | None
    chamber: Names
    # The partners' names in the order of their Arabic names.
    partners: list[Names] = field(default_factory=list)
    # A search's marked title and passage (events.views._with_excerpts).
    marked_title: str | None = None
    excerpt: str | None = None

    @classmethod
    def of(cls, meeting, partners: list[Names] | None = None) -> ListRow:
        """The row of a meeting read as a model, its partner roles prefetched in order unless
        its partners' names are given."""

        def names(place) -> Names | None:
            return None if place is None else (place.name_ar, place.name_fr)

        return cls(
            meeting.pk,
            meeting.slug,
            meeting.title,
            meeting.date,
            meeting.date_end,
            meeting.category,
            names(meeting.city),
            names(meeting.region),
            names(meeting.chamber),
            [names(role.partner) for role in meeting.partner_roles.all()]
            if partners is None
            else partners,
            getattr(meeting, "marked_title", None),
            getattr(meeting, "excerpt", None),
        )

    def get_absolute_url(self) -> str:
        return meeting_url(self.pk, self.slug)


_FIELDS = (
    "pk",
    "slug",
    "title",
    "date",
    "date_end",
    "category",
    "city_id",
    "city__name_ar",
    "city__name_fr",
    "region_id",
    "region__name_ar",
    "region__name_fr",
    "chamber__name_ar",
    "chamber__name_fr",
)


def list_rows(meetings) -> list[ListRow]:
    """The rows of `meetings` (a queryset, in its order): two queries."""
    rows = []
    for pk, slug, title, date, end, category, city, *names in meetings.values_list(*_FIELDS):
        city_ar, city_fr, region, region_ar, region_fr, chamber_ar, chamber_fr = names
        rows.append(
            ListRow(
                pk,
                slug,
                title,
                date,
                end,
                category,
                None if city is None else (city_ar, city_fr),
                None if region is None else (region_ar, region_fr),
                (chamber_ar, chamber_fr),
            )
        )
    by_pk = {row.pk: row for row in rows}
    partners = (
        MeetingPartner.objects.filter(meeting_id__in=list(by_pk))
        .order_by("partner__name_ar")
        .values_list("meeting_id", "partner__name_ar", "partner__name_fr")
    )
    for meeting, name_ar, name_fr in partners if by_pk else ():
        by_pk[meeting].partners.append((name_ar, name_fr))
    return rows
