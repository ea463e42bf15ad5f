from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from api.docs import docs as api_docs
from events.sitemaps import sitemaps
from events.views import robots_txt
from portal.shortcuts import view_on_site

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots"),
    # One address per API resource, whatever the language (Accept-Language chooses it).
    path("api/v1/", include("api.urls")),
]

# Arabic is the default and has no prefix; French lives under /fr/.
urlpatterns += i18n_patterns(
    # Before the admin's own: its shortcut would redirect to objects the user may not see.
    path(
        "admin/r/<int:content_type_id>/<path:object_id>/",
        admin.site.admin_view(view_on_site),
        name="view_on_site",
    ),
    path("admin/", admin.site.urls),
    path("api/", api_docs, name="api_docs"),
    path("", include("events.urls")),
    prefix_default_language=False,
)

handler404 = "events.errors.page_not_found"
# A database that is down answers 503 (portal.errors), not 500.
handler500 = "portal.errors.server_error"
