"""Making an editor in one admin form: username, password, chambers.

Django's user admin asks for a user, then the staff box, the editors group and each chamber's
editors field on three screens; the add form here does all of it through one service.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import UserCreationForm

from events.models import Chamber
from events.services.editors import editor_create
from events.services.permissions import ServiceRefused

User = get_user_model()


class EditorCreationForm(UserCreationForm):
    chambers = forms.ModelMultipleChoiceField(
        label="الغرف التي يحرر لها",
        queryset=Chamber.objects.order_by("name_ar"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 10}),
        help_text="يصير الحساب محرراً لهذه الغرف (عضواً في مجموعة المحررين). اتركه فارغاً "
        "لحساب لا يحرر لأي غرفة.",
    )

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username",)


class EditorUserAdmin(UserAdmin):
    add_form = EditorCreationForm
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("username", "password1", "password2", "chambers"),
            },
        ),
    )

    def save_model(self, request, obj, form, change):
        chambers = form.cleaned_data.get("chambers") if not change else None
        if change or not chambers:
            super().save_model(request, obj, form, change)
            return
        try:
            user, _ = editor_create(
                username=obj.username,
                chambers=chambers,
                password=form.cleaned_data["password1"],
            )
        except ServiceRefused as refused:
            # The form's own checks (username taken) come first; this is a race between two.
            raise forms.ValidationError(refused.message) from refused
        # The admin goes on with the stored row: its log entry and the redirect to its page.
        obj.pk = user.pk
        obj.password = user.password
        obj.is_staff = True
        obj._state.adding = False
        obj._state.db = user._state.db

    def save_related(self, request, form, formsets, change):
        if change:
            super().save_related(request, form, formsets, change)


if admin.site.is_registered(User):
    admin.site.unregister(User)
admin.site.register(User, EditorUserAdmin)
