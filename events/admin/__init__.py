"""The editors' admin: reference data, articles, meetings, and the import and review screens."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from events.admin import editors, meetings, reference  # noqa: F401  (registers the ModelAdmins)

admin.site.site_header = _("ملتقى — فضاء المحررين")
admin.site.site_title = _("ملتقى")
admin.site.index_title = _("لقاءات الغرف وشركائها")
# The app list is on the index page: as a sidebar on every page it takes the width the
# meetings list and the review screen need at 1024 and 1280 px.
admin.site.enable_nav_sidebar = False
