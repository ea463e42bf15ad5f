from django.urls import path

from events import views
from events.feeds import MeetingFeed

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
    path("meetings/<int:pk>/<str:slug>/", views.meeting_detail, name="meeting"),
    path("regions/<slug:slug>/", views.region_detail, name="region"),
    path("chambers/<slug:slug>/", views.chamber_detail, name="chamber"),
    path("partners/<str:slug>/", views.partner_detail, name="partner"),
    path("programmes/<str:slug>/", views.programme_detail, name="programme"),
]
