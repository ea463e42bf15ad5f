from django.urls import path, register_converter

from events import views
from events.feeds import MeetingFeed


class UnicodeSlug:
    """What a SlugField(allow_unicode=True) can hold: anything else (NUL, spaces, quotes) is a
    404 before any query is made."""

    regex = r"[-\w]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(UnicodeSlug, "uslug")

app_name = "events"

urlpatterns = [
    path("", views.home, name="home"),
    path("meetings/", views.meeting_list, name="meeting_list"),
    path("meetings.csv", views.meetings_csv, name="meetings_csv"),
    path("meetings.json", views.meetings_json, name="meetings_json"),
    path("meetings.ics", views.meetings_ics, name="meetings_ics"),
    path("meetings.atom", MeetingFeed(), name="meetings_atom"),
    path("meetings/<int:pk>.ics", views.meeting_ics, name="meeting_ics"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting_short"),
    path("meetings/<int:pk>/<uslug:slug>/", views.meeting_detail, name="meeting"),
    path("regions/<slug:slug>/", views.region_detail, name="region"),
    path("chambers/<slug:slug>/", views.chamber_detail, name="chamber"),
    path("partners/<uslug:slug>/", views.partner_detail, name="partner"),
    path("programmes/<uslug:slug>/", views.programme_detail, name="programme"),
]
