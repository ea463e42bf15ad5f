from django.urls import path, re_path

from api import views
from api.conditional import conditional
from api.errors import not_found
from api.stored import stored_first

app_name = "api"
STORED = (views.CachedList, views.CachedDetail)


def get(pattern: str, view, name: str):
    # A view that keeps its answers (ApiMixin.cached) is asked for a stored one first.
    answer = stored_first(view) if issubclass(view, STORED) else view.as_view()
    return path(pattern, conditional(answer), name=name)


# Mounted at /api/v1/ (portal/urls.py); the human page is /api/ (and /fr/api/).
urlpatterns = [
    path("schema/", views.SchemaView.as_view(), name="schema"),
    get("meetings/", views.MeetingList, "meetings"),
    get("meetings/<int:pk>/", views.MeetingDetail, "meeting"),
    get("regions/", views.RegionList, "regions"),
    get("regions/<slug:slug>/", views.RegionDetail, "region"),
    get("provinces/", views.ProvinceList, "provinces"),
    get("provinces/<slug:slug>/", views.ProvinceDetail, "province"),
    get("cities/", views.CityList, "cities"),
    get("cities/<slug:slug>/", views.CityDetail, "city"),
    get("chambers/", views.ChamberList, "chambers"),
    get("chambers/<slug:slug>/", views.ChamberDetail, "chamber"),
    get("programmes/", views.ProgrammeList, "programmes"),
    get("programmes/<str:slug>/", views.ProgrammeDetail, "programme"),
    get("partners/", views.PartnerList, "partners"),
    get("partners/<str:slug>/", views.PartnerDetail, "partner"),
    get("categories/", views.CategoryList, "categories"),
    re_path(r"^.*$", not_found),
]
