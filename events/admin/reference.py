"""Reference data: regions, provinces, cities, chambers, partners, programmes.

Superusers maintain it. Editors read it (and search it through autocomplete); of partners and
programmes they may change only the aliases, so the next article is recognised.
"""

from __future__ import annotations

from django.contrib import admin

from events import services
from events.models import Chamber, City, Partner, Programme, Province, Region


class SuperuserWritesMixin:
    """Everyone with the view permission reads; only superusers add, change or delete."""

    def has_add_permission(self, request, *args) -> bool:
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        services.reference_changed(obj=obj)

    def delete_model(self, request, obj):
        services.reference_delete(objs=[obj])

    def delete_queryset(self, request, queryset):
        services.reference_delete(objs=queryset)


@admin.register(Region)
class RegionAdmin(SuperuserWritesMixin, admin.ModelAdmin):
    list_display = ("name_ar", "name_fr", "slug", "code")
    search_fields = ("name_ar", "name_fr", "slug")


@admin.register(Province)
class ProvinceAdmin(SuperuserWritesMixin, admin.ModelAdmin):
    list_display = ("name_ar", "name_fr", "kind", "region", "code")
    list_filter = ("region", "kind")
    search_fields = ("name_ar", "name_fr", "slug", "code")
    list_select_related = ("region",)


@admin.register(City)
class CityAdmin(SuperuserWritesMixin, admin.ModelAdmin):
    list_display = ("name_ar", "name_fr", "province", "population", "code")
    list_filter = ("province__region",)
    search_fields = ("name_ar", "name_fr", "slug", "aliases")
    list_select_related = ("province",)
    autocomplete_fields = ("province",)


@admin.register(Chamber)
class ChamberAdmin(SuperuserWritesMixin, admin.ModelAdmin):
    list_display = ("name_ar", "kind", "region", "slug")
    list_filter = ("kind", "region")
    search_fields = ("name_ar", "name_fr", "slug")
    filter_horizontal = ("regions", "annexes", "editors")
    list_select_related = ("region",)


class AliasEditableMixin:
    """Editors may change a partner's or programme's aliases and nothing else."""

    def has_add_permission(self, request, *args) -> bool:
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser

    def get_readonly_fields(self, request, obj=None):
        if request.user.is_superuser:
            return super().get_readonly_fields(request, obj)
        return [f.name for f in self.model._meta.fields if f.name not in ("id", "aliases")] + [
            m.name for m in self.model._meta.many_to_many
        ]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        services.reference_changed(obj=obj)

    def delete_model(self, request, obj):
        services.reference_delete(objs=[obj])

    def delete_queryset(self, request, queryset):
        services.reference_delete(objs=queryset)


@admin.register(Partner)
class PartnerAdmin(AliasEditableMixin, admin.ModelAdmin):
    list_display = ("name_ar", "acronym", "kind", "region", "slug")
    list_filter = ("kind", "region")
    search_fields = ("name_ar", "name_fr", "acronym", "slug", "aliases")
    list_select_related = ("region",)


@admin.register(Programme)
class ProgrammeAdmin(AliasEditableMixin, admin.ModelAdmin):
    list_display = ("name_ar", "acronym", "start_year", "end_year", "slug")
    search_fields = ("name_ar", "name_fr", "acronym", "slug", "aliases")
    filter_horizontal = ("funders",)
