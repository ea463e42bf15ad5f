from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
]

# Arabic is the default and has no prefix; French lives under /fr/.
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("", include("events.urls")),
    prefix_default_language=False,
)
