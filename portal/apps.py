"""django-axes under an Arabic name in the admin index (its own label is the English "Axes")."""

from axes.apps import AppConfig as AxesAppConfig


class AxesConfig(AxesAppConfig):
    verbose_name = "محاولات الدخول"
