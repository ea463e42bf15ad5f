"""Atom feed of the latest published meetings, filtered by the list's own parameters."""

from __future__ import annotations

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from events import categories
from events.exports import _query, listing_title
from events.filters import MeetingFilter, meeting_filter, printable

FEED_SIZE = 50


class MeetingFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        filterset = meeting_filter(request.GET)
        filterset.request = request
        return filterset

    def title(self, filterset: MeetingFilter) -> str:
        return listing_title(filterset) or _("%(site)s — آخر اللقاءات") % {
            "site": _(settings.SITE_NAME)
        }

    def subtitle(self, filterset: MeetingFilter) -> str:
        return _("لقاءات دعم المقاولات والتعاونيات في جهات المغرب")

    def link(self, filterset: MeetingFilter) -> str:
        return reverse("events:meeting_list") + _query(filterset.request)

    def feed_url(self, filterset: MeetingFilter) -> str:
        # rel="self" is this very feed: with its filters, not the feed of every meeting.
        return reverse("events:meetings_atom") + _query(filterset.request)

    # RFC 4287 wants an author for the feed (or for every entry): the portal.
    def author_name(self, filterset: MeetingFilter) -> str:
        return _(settings.SITE_NAME)

    def author_link(self, filterset: MeetingFilter) -> str:
        return filterset.request.build_absolute_uri(reverse("events:home"))

    def items(self, filterset: MeetingFilter):
        queryset = filterset.qs
        if not filterset.request.GET.get("sort"):
            # A feed reader wants what is new on the portal, whatever the meeting's own date.
            queryset = queryset.order_by("-published_at", "-id")
        return queryset.with_related()[:FEED_SIZE]

    # Article text may carry control characters, which XML 1.0 cannot hold.
    def item_title(self, meeting) -> str:
        return printable(meeting.title)

    def item_description(self, meeting) -> str:
        return printable(meeting.summary or meeting.body[:600])

    def item_link(self, meeting) -> str:
        return meeting.get_absolute_url()

    def item_pubdate(self, meeting):
        return meeting.published_at

    def item_updateddate(self, meeting):
        return meeting.updated_at

    def item_categories(self, meeting):
        names = [meeting.chamber.name, categories.label(meeting.category)]
        if meeting.region:
            names.insert(0, meeting.region.name)
        return names
