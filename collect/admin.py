"""Sources in the admin: their last run's figures (and progress while it runs), the runs before
it, the items seen; actions «check now», «pause», «resume». An editor sees and manages only
their chambers' sources; every change goes through collect.services."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.filters import RelatedOnlyFieldListFilter
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from collect import services
from collect.listing import probe
from collect.models import Run, SeenItem, Source
from events.importing import ImportRefused
from events.services.permissions import user_chambers

RECENT_RUNS = 20
EDITABLE = ("chamber", "outlet", "kind", "interval_minutes", "active")


def _formfield(field, **kwargs):
    if isinstance(field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return field.formfield(**kwargs)


class SourceForm(forms.ModelForm):
    class Meta:
        model = Source
        fields = ("url", "kind", "chamber", "outlet", "interval_minutes", "active")
        formfield_callback = _formfield

    user = None  # set by SourceAdmin.get_form

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.probed = None
        chamber = self.fields.get("chamber")
        if chamber is not None and self.user is not None and not self.user.is_superuser:
            chamber.queryset = user_chambers(self.user)
            chamber.required = True
            chamber.help_text = _("غرفة الموقع، من غرفك.")

    def clean(self):
        data = super().clean()
        known = Source.objects.filter(url=(data.get("url") or "").strip()).exists()
        if self.instance.pk is None and not self.errors and not known:
            # Fetched now, within the import's deadline: a URL that is no feed is told here (a
            # known one is told by the unique check that follows).
            try:
                self.probed = probe(services.clean_url(data["url"]), data["kind"])
            except ImportRefused as refused:
                self.add_error("url", refused.message)
        return data


class LatestRuns(BaseInlineFormSet):
    def get_queryset(self):
        return super().get_queryset()[:RECENT_RUNS]


class RunInline(admin.TabularInline):
    model = Run
    formset = LatestRuns
    extra = 0
    can_delete = False
    verbose_name_plural = _("آخر الدورات")
    fields = (
        "started_at",
        "finished_at",
        "status",
        "items_seen",
        "items_new",
        "items_done",
        "drafts",
        "duplicates",
        "same_meeting",
        "refused",
        "errors",
        "message",
    )
    readonly_fields = fields
    ordering = ("-started_at", "-pk")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def _run_figure(name: str, label):
    @admin.display(description=label)
    def figure(self, obj):
        return getattr(obj.last_run, name) if obj.last_run else "—"

    return figure


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    form = SourceForm
    list_display = (
        "__str__",
        "chamber",
        "kind",
        "active",
        "interval_minutes",
        "last_checked",
        "last_status",
        "progress",
        "drafts",
        "duplicates",
        "refused",
        "errors",
        "last_message",
        "items_link",
    )
    list_filter = ("active", "kind", ("chamber", RelatedOnlyFieldListFilter))
    list_select_related = ("chamber", "last_run")
    search_fields = ("url", "outlet")
    actions = ("check_now", "pause", "resume")
    inlines = (RunInline,)
    view_on_site = False
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    drafts = _run_figure("drafts", _("مسودات"))
    duplicates = _run_figure("duplicates", _("مكررة"))
    refused = _run_figure("refused", _("مرفوضة"))

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user  # a class made for this request by modelform_factory
        return form

    def get_inline_instances(self, request, obj=None):
        return super().get_inline_instances(request, obj) if obj is not None else []

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        return ("url", "feed_url", "next_check_at", "created_at", "created_by", "items_link")

    # --- columns ---

    @admin.display(description=_("آخر فحص"), ordering="last_run__started_at")
    def last_checked(self, obj):
        return obj.last_run.started_at if obj.last_run else "—"

    @admin.display(description=_("الحالة"))
    def last_status(self, obj):
        return obj.last_run.get_status_display() if obj.last_run else _("لم يُفحص بعد")

    @admin.display(description=_("التقدم"))
    def progress(self, obj):
        return obj.last_run.progress if obj.last_run else "—"

    @admin.display(description=_("أخطاء"))
    def errors(self, obj):
        if not obj.last_run or not obj.last_run.errors:
            return 0 if obj.last_run else "—"
        url = reverse("admin:collect_seenitem_changelist")
        return format_html(
            '<a href="{}?source__id__exact={}&outcome__in=error,failed">{}</a>',
            url,
            obj.pk,
            obj.last_run.errors,
        )

    @admin.display(description=_("ملاحظة"))
    def last_message(self, obj):
        return Truncator(obj.last_run.message).chars(160) if obj.last_run else ""

    @admin.display(description=_("العناصر المقروءة"))
    def items_link(self, obj):
        url = reverse("admin:collect_seenitem_changelist")
        return format_html('<a href="{}?source__id__exact={}">{}</a>', url, obj.pk, _("العناصر"))

    # --- writes, through the services ---

    def save_model(self, request, obj, form, change):
        if change:
            # The stored row: the form has already set its values on `obj`.
            source = Source.objects.get(pk=obj.pk)
            fields = {
                name: form.cleaned_data[name] for name in form.changed_data if name in EDITABLE
            }
            services.source_update(source=source, user=request.user, **fields)
            return
        source = services.source_add(
            url=form.cleaned_data["url"],
            user=request.user,
            chamber=form.cleaned_data.get("chamber"),
            outlet=form.cleaned_data.get("outlet") or "",
            kind=form.cleaned_data["kind"],
            interval_minutes=form.cleaned_data["interval_minutes"],
            probed=form.probed,
        )
        if not form.cleaned_data.get("active", True):
            services.sources_pause(sources=[source], user=request.user)
        # The admin goes on with the stored row: its log entry and the redirect to its page.
        obj.pk = source.pk
        obj._state.adding = False
        obj._state.db = source._state.db

    def _act(self, request, queryset, service, done_message):
        try:
            count = service(sources=list(queryset), user=request.user)
        except services.ServiceRefused as refused:
            self.message_user(request, refused.message, messages.ERROR)
            return
        self.message_user(request, done_message(count), messages.SUCCESS)

    @admin.action(description=_("افحص الآن"), permissions=["change"])
    def check_now(self, request, queryset):
        paused = queryset.filter(active=False).count()
        self._act(
            request,
            queryset,
            services.sources_check_now,
            lambda n: (
                ngettext(
                    "سيُفحص مصدر واحد في الدورة القادمة للجامع (خلال دقيقة).",
                    "سيُفحص %(n)d مصدراً في الدورة القادمة للجامع (خلال دقيقة).",
                    n,
                )
                % {"n": n}
            ),
        )
        if paused:
            self.message_user(
                request, _("المصادر الموقوفة لا تُفحص: استأنفها أولاً."), messages.WARNING
            )

    @admin.action(description=_("أوقف"), permissions=["change"])
    def pause(self, request, queryset):
        self._act(
            request,
            queryset,
            services.sources_pause,
            lambda n: ngettext("أُوقف مصدر واحد.", "أُوقف %(n)d مصدراً.", n) % {"n": n},
        )

    @admin.action(description=_("استأنف"), permissions=["change"])
    def resume(self, request, queryset):
        self._act(
            request,
            queryset,
            services.sources_resume,
            lambda n: ngettext("استُؤنف مصدر واحد.", "استُؤنف %(n)d مصدراً.", n) % {"n": n},
        )


@admin.register(SeenItem)
class SeenItemAdmin(admin.ModelAdmin):
    list_display = (
        "__str__",
        "source",
        "outcome",
        "short_reason",
        "attempts",
        "first_seen_at",
        "draft",
    )
    list_filter = ("outcome", ("source", RelatedOnlyFieldListFilter))
    list_select_related = ("source", "article__primary_of")
    search_fields = ("url", "title")
    readonly_fields = (
        "source",
        "key",
        "url",
        "title",
        "outcome",
        "reason",
        "attempts",
        "article",
        "run",
        "first_seen_at",
        "updated_at",
    )
    view_on_site = False

    def get_queryset(self, request):
        visible = Source.objects.visible_to(request.user)
        return super().get_queryset(request).filter(source__in=visible)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("السبب"))
    def short_reason(self, obj):
        return Truncator(obj.reason).chars(120)

    @admin.display(description=_("المسودة"))
    def draft(self, obj):
        meeting = getattr(obj.article, "primary_of", None) if obj.article_id else None
        if meeting is None:
            return "—"
        url = reverse("admin:events_meeting_review", args=[meeting.pk])
        return format_html('<a href="{}">{}</a>', url, Truncator(meeting.title).words(8))
