"""The admin's view-on-site shortcut (/admin/r/<content type>/<id>/), within what the user
may see in the admin."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import ValidationError
from django.http import Http404


def view_on_site(request, content_type_id, object_id):
    """Django's shortcut answers a redirect to any object with a public address, or a 404 that
    tells an id is free: an editor could learn which drafts exist in other chambers, and their
    slugs. Here an object is found only in its model admin's queryset for this user, and a
    missing id and one the user may not see are the same 404."""
    try:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
    except ContentType.DoesNotExist as error:
        raise Http404("no such object") from error
    model_admin = admin.site._registry.get(model)
    if model_admin is None or not model_admin.has_view_permission(request):
        raise Http404("no such object")
    try:
        obj = model_admin.get_queryset(request).get(pk=object_id)
    except (model.DoesNotExist, ValueError, TypeError, ValidationError) as error:
        raise Http404("no such object") from error
    if not model_admin.has_view_permission(request, obj):
        raise Http404("no such object")
    return shortcut(request, content_type_id, object_id)
