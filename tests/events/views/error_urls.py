"""The portal's addresses and one that fails, for the tests of the server error page."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from portal.urls import handler404, handler500
from portal.urls import urlpatterns as portal_urlpatterns


def boom(request):
    raise RuntimeError("a view that fails")


urlpatterns = [
    *portal_urlpatterns,
    *i18n_patterns(path("boom/", boom), prefix_default_language=False),
]

__all__ = ["handler404", "handler500", "urlpatterns"]
