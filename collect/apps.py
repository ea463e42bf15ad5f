from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CollectConfig(AppConfig):
    name = "collect"
    verbose_name = _("المصادر الآلية")
    default_auto_field = "django.db.models.BigAutoField"
