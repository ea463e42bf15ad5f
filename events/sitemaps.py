"""sitemap.xml: the public pages in both languages, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, OuterRef
from django.urls import reverse

from events.models import Chamber, Meeting, MeetingPartner, Partner, Programme, Region


class _Bilingual(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    limit = 5000


class StaticSitemap(_Bilingual):
    changefreq = "daily"

    def items(self):
        return ["events:home", "events:meeting_list"]

    def location(self, item):
        return reverse(item)


class MeetingSitemap(_Bilingual):
    changefreq = "weekly"

    def items(self):
        return Meeting.objects.published().only("pk", "slug", "updated_at").order_by("pk")

    def lastmod(self, meeting):
        return meeting.updated_at


class OwnerSitemap(_Bilingual):
    changefreq = "weekly"

    def __init__(self, model, has_meetings):
        super().__init__()
        self.model = model
        self.has_meetings = has_meetings

    def items(self):
        queryset = self.model.objects.order_by("pk").only("pk", "slug")
        if self.has_meetings is not None:
            # Pages without a single published meeting are not worth a crawler's visit.
            queryset = queryset.filter(self.has_meetings)
        return queryset


def _published(**link):
    return Exists(Meeting.objects.published().filter(**link))


sitemaps = {
    "pages": StaticSitemap,
    "meetings": MeetingSitemap,
    "regions": OwnerSitemap(Region, None),
    "chambers": OwnerSitemap(Chamber, _published(chamber=OuterRef("pk"))),
    "partners": OwnerSitemap(
        Partner,
        Exists(MeetingPartner.objects.filter(partner=OuterRef("pk"), meeting__status="published")),
    ),
    "programmes": OwnerSitemap(Programme, _published(programmes=OuterRef("pk"))),
}
