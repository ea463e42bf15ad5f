"""Meetings and articles in the admin: each editor sees and changes only their chambers'."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.filters import RelatedOnlyFieldListFilter
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html

from events import services
from events.admin.forms import MeetingAdminForm
from events.admin.views import ImportReviewViews
from events.models import Article, Meeting, MeetingPartner, Person


class MeetingPartnerInline(admin.TabularInline):
    model = MeetingPartner
    extra = 1
    autocomplete_fields = ("partner",)


class PersonInline(admin.TabularInline):
    model = Person
    extra = 1
    fields = ("name", "role", "position")


def log_status(modeladmin, request, meeting, message: str) -> None:
    modeladmin.log_change(request, meeting, message)


@admin.register(Meeting)
class MeetingAdmin(ImportReviewViews, admin.ModelAdmin):
    form = MeetingAdminForm
    list_display = ("title", "date", "category", "region", "chamber", "status", "duplicate_flag")
    list_filter = (
        "status",
        "category",
        ("chamber", RelatedOnlyFieldListFilter),
        "region",
        "date",
    )
    list_select_related = ("region", "chamber", "article__near_duplicate_of")
    search_fields = ("title",)  # shows the box; the search itself is Meeting.objects.search
    autocomplete_fields = ("city", "programmes")
    readonly_fields = ("status", "published_at", "source_article", "created_at", "updated_at")
    exclude = ("article",)
    inlines = (MeetingPartnerInline, PersonInline)
    actions = ("publish_selected", "unpublish_selected")
    date_hierarchy = None
    change_list_template = "admin/events/meeting/change_list.html"
    change_form_template = "admin/events/meeting/change_form.html"

    # --- who sees what ---

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        user = request.user

        class LimitedForm(form):
            def __init__(self, *args, **kw):
                super().__init__(*args, **kw)
                self.limit_chambers(user)

        return LimitedForm

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return queryset.filter(pk__in=Meeting.objects.search(search_term).values("pk")), False

    # --- columns ---

    @admin.display(description="المصدر")
    def source_article(self, obj):
        if obj.article_id is None:
            return "—"
        url = reverse("admin:events_article_change", args=[obj.article_id])
        return format_html('<a href="{}">{}</a>', url, obj.article)

    @admin.display(description="شبيه", boolean=True)
    def duplicate_flag(self, obj):
        return bool(obj.article and obj.article.near_duplicate_of_id)

    # --- publishing ---

    def _set_status(self, request, queryset, service, message):
        done = 0
        for meeting in queryset.select_related("chamber"):
            try:
                service(meeting=meeting, user=request.user)
            except services.ServiceRefused as refused:
                self.message_user(request, f"{meeting}: {refused.message}", messages.ERROR)
                continue
            log_status(self, request, meeting, message)
            done += 1
        return done

    @admin.action(description="نشر اللقاءات المحددة", permissions=["change"])
    def publish_selected(self, request, queryset):
        done = self._set_status(request, queryset, services.meeting_publish, "نُشر اللقاء")
        self.message_user(request, f"نُشر {done} من اللقاءات.", messages.SUCCESS)

    @admin.action(description="إلغاء نشر اللقاءات المحددة", permissions=["change"])
    def unpublish_selected(self, request, queryset):
        done = self._set_status(request, queryset, services.meeting_unpublish, "أُلغي نشر اللقاء")
        self.message_user(request, f"أُلغي نشر {done} من اللقاءات.", messages.SUCCESS)

    def response_change(self, request, obj):
        for key, service, message in (
            ("_publish", services.meeting_publish, "نُشر اللقاء"),
            ("_unpublish", services.meeting_unpublish, "أُلغي نشر اللقاء"),
        ):
            if key in request.POST:
                try:
                    service(meeting=obj, user=request.user)
                except services.ServiceRefused as refused:
                    self.message_user(request, refused.message, messages.ERROR)
                else:
                    log_status(self, request, obj, message)
                    self.message_user(request, f"{message}: {obj}", messages.SUCCESS)
                return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def save_model(self, request, obj, form, change):
        # The form's own check already ran; this one guards against any other path
        # (a custom form, a future view) that could save a foreign chamber.
        if not services.user_chambers(request.user).filter(pk=obj.chamber_id).exists():
            raise PermissionDenied
        # Saved with its inlines in save_related: one write (services.meeting_save).

    def save_related(self, request, form, formsets, change):
        def save():
            super(MeetingAdmin, self).save_model(request, form.instance, form, change)
            super(MeetingAdmin, self).save_related(request, form, formsets, change)

        try:
            services.meeting_save(meeting=form.instance, user=request.user, save=save)
        except services.ServiceRefused as refused:
            raise PermissionDenied(refused.message) from refused

    def delete_model(self, request, obj):
        services.meeting_delete(meeting=obj, user=request.user)

    def delete_queryset(self, request, queryset):
        services.meetings_delete(meetings=queryset, user=request.user)

    # --- import and review screens ---

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("import/", wrap(self.import_view), name="events_meeting_import"),
            path("<int:pk>/review/", wrap(self.review_view), name="events_meeting_review"),
            *super().get_urls(),
        ]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = (
        "__str__",
        "outlet",
        "published_on",
        "chamber",
        "imported_at",
        "near_duplicate_of",
    )
    list_filter = (("chamber", RelatedOnlyFieldListFilter), "imported_at")
    search_fields = ("title", "text", "outlet")
    list_select_related = ("chamber", "near_duplicate_of")
    readonly_fields = (
        "raw_text",
        "text",
        "content_hash",
        "chamber",
        "imported_by",
        "imported_at",
        "near_duplicate_of",
        "meeting_link",
    )
    fields = (
        "title",
        "outlet",
        "source_url",
        "published_on",
        "chamber",
        "meeting_link",
        "near_duplicate_of",
        "text",
        "raw_text",
        "content_hash",
        "imported_by",
        "imported_at",
    )

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.user.is_superuser:
            return qs
        return qs.filter(chamber__in=services.user_chambers(request.user))

    def has_add_permission(self, request):
        # Articles come in through the import screen, which extracts and deduplicates them.
        return False

    @admin.display(description="اللقاء")
    def meeting_link(self, obj):
        meeting = getattr(obj, "meeting", None)
        if meeting is None:
            return "—"
        url = reverse("admin:events_meeting_review", args=[meeting.pk])
        return format_html('<a href="{}">{}</a>', url, meeting)
