"""The editors' admin: reference data, articles, meetings, and the import and review screens."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from events.admin import editors, meetings, reference  # noqa: F401  (registers the ModelAdmins)

admin.site.site_header = _("ملتقى — فضاء المحررين")
admin.site.site_title = _("ملتقى")
admin.site.index_title = _("لقاءات الغرف وشركائها")
