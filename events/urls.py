from django.urls import path

from events import views

app_name = "events"

urlpatterns = [
    path("", views.home, name="home"),
    path("meetings/", views.meeting_list, name="meeting_list"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting_short"),
    path("meetings/<int:pk>/<str:slug>/", views.meeting_detail, name="meeting"),
    path("regions/<slug:slug>/", views.region_detail, name="region"),
    path("chambers/<slug:slug>/", views.chamber_detail, name="chamber"),
    path("partners/<str:slug>/", views.partner_detail, name="partner"),
    path("programmes/<str:slug>/", views.programme_detail, name="programme"),
]
