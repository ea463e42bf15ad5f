"""Forms of the editors' admin: meeting changes, article import, review."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import (
    AdminDateWidget,
    AutocompleteSelect,
    AutocompleteSelectMultiple,
)
from django.core.exceptions import ValidationError
from django.forms import inlineformset_factory

from events import services
from events.models import Chamber, Meeting, MeetingPartner, Partner, Person, Programme

CHAMBER_NOT_YOURS = "لا يحق لك نقل لقاء إلى غرفة ليست من غرفك."


class ChamberLimitedMixin:
    """The chamber field offers only the user's chambers, and the server checks it again
    (a forged POST must fail as surely as the missing option)."""

    user = None

    def limit_chambers(self, user) -> None:
        self.user = user
        field = self.fields.get("chamber")
        if field is not None:
            field.queryset = services.user_chambers(user)

    def clean_chamber(self):
        chamber = self.cleaned_data.get("chamber")
        if (
            chamber is not None
            and not services.user_chambers(self.user).filter(pk=chamber.pk).exists()
        ):
            raise ValidationError(CHAMBER_NOT_YOURS, code="forbidden")
        return chamber


class MeetingAdminForm(ChamberLimitedMixin, forms.ModelForm):
    class Meta:
        model = Meeting
        fields = (
            "title",
            "slug",
            "date",
            "date_end",
            "time",
            "kind",
            "category",
            "region",
            "city",
            "venue",
            "chamber",
            "programmes",
            "participants",
            "summary",
            "body",
        )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm,.docx"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class ImportForm(ChamberLimitedMixin, forms.Form):
    text = forms.CharField(
        label="نص المقال",
        required=False,
        widget=forms.Textarea(attrs={"rows": 12, "dir": "rtl", "class": "vLargeTextField"}),
        help_text="الصق نص المقال كما نُشر، مع عنوانه.",
    )
    url = forms.URLField(
        label="أو رابط المقال",
        required=False,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"dir": "ltr", "class": "vURLField"}),
    )
    files = MultipleFileField(
        label="أو ملفات",
        required=False,
        help_text="ملف أو عدة ملفات ‎.txt أو ‎.html أو ‎.docx.",
    )
    outlet = forms.CharField(label="المنبر", required=False, max_length=200)
    published_on = forms.DateField(
        label="تاريخ النشر",
        required=False,
        widget=AdminDateWidget,
        help_text="يساعد على فهم التواريخ التي لا تذكر السنة.",
    )
    chamber = forms.ModelChoiceField(
        label="الغرفة",
        queryset=Chamber.objects.none(),
        required=False,
        help_text="اتركه فارغاً لتُستخرج الغرفة من النص.",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_chambers(user)
        chambers = list(self.fields["chamber"].queryset[:2])
        if len(chambers) == 1 and not user.is_superuser:
            self.fields["chamber"].initial = chambers[0].pk

    def clean(self):
        data = super().clean()
        if not (data.get("text", "").strip() or data.get("url") or data.get("files")):
            raise ValidationError("الصق نصاً أو أدخل رابطاً أو اختر ملفاً.", code="empty")
        return data


def _autocomplete(model, field_name, multiple=False):
    widget = AutocompleteSelectMultiple if multiple else AutocompleteSelect
    return widget(model._meta.get_field(field_name), admin.site, attrs={"data-width": "100%"})


class ReviewForm(ChamberLimitedMixin, forms.ModelForm):
    programmes = forms.ModelMultipleChoiceField(
        label="البرامج",
        queryset=Programme.objects.all(),
        required=False,
        widget=_autocomplete(Meeting, "programmes", multiple=True),
    )

    class Meta:
        model = Meeting
        fields = list(services.REVIEW_FIELDS)
        widgets = {
            "city": _autocomplete(Meeting, "city"),
            "title": forms.TextInput(attrs={"class": "vLargeTextField", "dir": "rtl"}),
            "summary": forms.Textarea(attrs={"rows": 3}),
            "date": AdminDateWidget,
            "date_end": AdminDateWidget,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_chambers(user)
        if self.instance.pk:
            self.fields["programmes"].initial = list(self.instance.programmes.all())


PartnerRoleFormSet = inlineformset_factory(
    Meeting,
    MeetingPartner,
    fields=("partner", "role"),
    extra=2,
    can_delete=True,
    widgets={"partner": _autocomplete(MeetingPartner, "partner")},
)

PersonFormSet = inlineformset_factory(
    Meeting, Person, fields=("name", "role"), extra=2, can_delete=True
)


class ResolveNameForm(forms.Form):
    """One unknown name from the article: create it, or file it under an existing row."""

    kind = forms.ChoiceField(choices=[("partner", "partner"), ("programme", "programme")])
    name = forms.CharField(max_length=300)
    action = forms.ChoiceField(choices=[("create", "create"), ("alias", "alias")])
    alias_of = forms.IntegerField(required=False)

    def clean(self):
        data = super().clean()
        if data.get("action") == "alias":
            model = Partner if data.get("kind") == "partner" else Programme
            target = model.objects.filter(pk=data.get("alias_of")).first()
            if target is None:
                raise ValidationError("اختر الاسم المعروف الذي يُضاف إليه هذا الاسم.")
            data["target"] = target
        return data
