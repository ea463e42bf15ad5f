"""How meetings are read: named filters that views, exports and feeds share."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.db import models
from django.utils import timezone

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


class MeetingQuerySet(models.QuerySet):
    def published(self) -> MeetingQuerySet:
        return self.filter(status="published")

    def drafts(self) -> MeetingQuerySet:
        return self.filter(status="draft")

    def in_region(self, region) -> MeetingQuerySet:
        return self.filter(region=region)

    def in_chamber(self, chamber) -> MeetingQuerySet:
        return self.filter(chamber=chamber)

    # Subqueries rather than joins: no DISTINCT, and COUNT stays on the meetings table.
    def with_partner(self, partner) -> MeetingQuerySet:
        return self.filter(self.has_partner(partner))

    def with_programme(self, programme) -> MeetingQuerySet:
        return self.filter(self.has_programme(programme))

    def has_partner(self, partner) -> models.Exists:
        """Whether a meeting has the partner: the condition itself, for a filter or a CASE."""
        roles = self.model.partner_roles.rel.related_model.objects.filter(
            meeting=models.OuterRef("pk"), partner=partner
        )
        return models.Exists(roles)

    def has_programme(self, programme) -> models.Exists:
        links = self.model.programmes.through.objects.filter(
            meeting=models.OuterRef("pk"), programme=programme
        )
        return models.Exists(links)

    def between(
        self, start: datetime.date | None = None, end: datetime.date | None = None
    ) -> MeetingQuerySet:
        qs = self
        if start is not None:
            qs = qs.filter(date__gte=start)
        if end is not None:
            qs = qs.filter(date__lte=end)
        return qs

    def upcoming(self) -> MeetingQuerySet:
        return self.filter(date__gte=timezone.localdate()).order_by("date", "id")

    def newest_first(self) -> MeetingQuerySet:
        """The public order: newest first, undated last (the meeting_*_recent indexes)."""
        return self.order_by(models.F("date").desc(nulls_last=True), "-id")

    def editable_by(self, user: AbstractBaseUser | AnonymousUser) -> MeetingQuerySet:
        """What a user may see and change in the admin: superusers all, editors their chambers'."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_superuser:
            return self
        return self.filter(chamber__editors=user)

    def with_related(self) -> MeetingQuerySet:
        """Everything a list row shows, in a fixed number of queries."""
        return self.select_related("region", "chamber", "city").prefetch_related(
            "programmes",
            models.Prefetch(
                "partner_roles",
                queryset=models.QuerySet(model=self.model.partner_roles.rel.related_model)
                .select_related("partner")
                .order_by("partner__name_ar"),
            ),
        )

    def search(self, query: str) -> MeetingQuerySet:
        """Meetings matching a reader's query, annotated with `search_rank` (higher first)."""
        from events.search import search_meetings

        return search_meetings(self, query)
