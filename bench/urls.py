"""The portal's URLs plus a trivial view: the ceiling any Django page could reach here."""

from django.http import HttpResponse
from django.urls import include, path

from portal.urls import urlpatterns as portal_urlpatterns


def trivial(request):
    # As many bytes as the page it is compared with, so the network costs the same.
    size = min(int(request.GET.get("size") or 1), 10_000_000)
    return HttpResponse(b"x" * size, content_type="text/html; charset=utf-8")


urlpatterns = [
    path("bench/trivial/", trivial),
    # What a Django developer would write instead (bench/naive.py), measured beside the portal.
    path("bench/naive/", include("bench.naive")),
    *portal_urlpatterns,
]
