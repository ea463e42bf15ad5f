"""The import screen and the review screen, as views of the meeting admin."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from events import services
from events.admin.forms import (
    ImportForm,
    PartnerRoleFormSet,
    PersonFormSet,
    ResolveNameForm,
    ReviewForm,
)
from events.admin.highlight import FIELD_LABELS, highlight
from events.importing import ImportRefused, read_bytes, read_text, read_url
from events.importing.validate import unexpected
from events.models import Article, Meeting, MeetingPartner, Partner, Programme


@dataclass
class Outcome:
    """One input of a batch, and what became of it."""

    name: str
    result: services.ImportResult | None = None
    error: str = ""

    @property
    def status(self) -> str:
        if self.error:
            return "refused"
        if self.result.duplicate_of is not None:
            return "duplicate"
        return "near_duplicate" if self.result.near_duplicates else "imported"


def review_url(meeting_id: int) -> str:
    return reverse("admin:events_meeting_review", args=[meeting_id])


def duplicate_link(article: Article, user):
    """(url, label) of the meeting of `article` when `user` may see it, else None: an editor
    learns only that another chamber has it, never its title or address."""
    meeting = Meeting.objects.editable_by(user).filter(article=article).only("pk", "title").first()
    if meeting is not None:
        return review_url(meeting.pk), meeting.title
    if user.is_superuser:
        return reverse("admin:events_article_change", args=[article.pk]), str(article)
    return None


class ImportReviewViews:
    """Mixed into MeetingAdmin; both views are wrapped by admin_view (login, CSRF)."""

    def _context(self, request, **extra):
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "app_label": self.model._meta.app_label,
            "has_view_permission": True,
            **extra,
        }

    # --- import ---

    def import_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ImportForm(request.POST or None, request.FILES or None, user=request.user)
        if request.method == "POST" and form.is_valid():
            outcomes = self._run_import(request, form.cleaned_data)
            created = [o for o in outcomes if o.status in ("imported", "near_duplicate")]
            if len(outcomes) == 1 and len(created) == 1:
                meeting = created[0].result.meeting
                self._announce(request, outcomes[0])
                return HttpResponseRedirect(review_url(meeting.pk))
            if len(outcomes) == 1:
                # Nothing was stored: show the reason above the form, keep what was typed.
                self._announce(request, outcomes[0])
            else:
                return TemplateResponse(
                    request,
                    "admin/events/meeting/import_summary.html",
                    self._context(request, title="نتيجة الاستيراد", outcomes=outcomes),
                )
        return TemplateResponse(
            request,
            "admin/events/meeting/import.html",
            self._context(
                request, title="استيراد مقالات", form=form, media=self.media + form.media
            ),
        )

    def _sources(self, data):
        """(name, reader) pairs: each reader runs inside the loop so one bad file is one error."""
        if data.get("text", "").strip():
            yield "النص الملصق", lambda: read_text(data["text"], name="")
        if data.get("url"):
            yield data["url"], lambda: read_url(data["url"])
        for upload in data.get("files") or []:

            def read(upload=upload):
                from events.importing.validate import check_size

                check_size(upload.size)
                return read_bytes(upload.read(), name=upload.name)

            yield upload.name, read

    def _run_import(self, request, data) -> list[Outcome]:
        outcomes = []
        for name, reader in self._sources(data):
            try:
                source = reader()
                result = services.article_import(
                    text=source.text,
                    chamber=data.get("chamber"),
                    user=request.user,
                    source_url=source.source_url,
                    outlet=data.get("outlet") or source.outlet,
                    published_on=data.get("published_on") or source.published_on,
                    title_hint=source.title,
                    file=source.name,
                )
            except ImportRefused as refused:
                outcomes.append(Outcome(name=name, error=refused.message))
                continue
            except Exception as error:
                outcomes.append(Outcome(name=name, error=unexpected(name, error).message))
                continue
            if result.created:
                self.log_addition(request, result.meeting, "استُورد من مقال")
            outcomes.append(Outcome(name=name, result=result))
        return outcomes

    def _announce(self, request, outcome: Outcome) -> None:
        if outcome.status == "refused":
            messages.error(request, f"{outcome.name}: {outcome.error}")
        elif outcome.status == "duplicate":
            link = duplicate_link(outcome.result.duplicate_of, request.user)
            if link is None:
                messages.warning(request, "هذا المقال مستورد من قبل في غرفة أخرى.")
                return
            messages.warning(
                request,
                format_html('هذا المقال مستورد من قبل: <a href="{}">{}</a>', *link),
            )
        elif outcome.status == "near_duplicate":
            link = duplicate_link(outcome.result.near_duplicates[0], request.user)
            if link is None:
                messages.warning(
                    request,
                    "استُورد المقال، لكنه يشبه على الأرجح مقالاً سابقاً في غرفة أخرى. راجع ثم قرّر.",
                )
                return
            url, label = link
            messages.warning(
                request,
                format_html(
                    "استُورد المقال، لكنه يشبه مقالاً سابقاً عن اللقاء نفسه على الأرجح: "
                    '<a href="{}">{}</a>. راجع ثم قرّر.',
                    url,
                    label,
                ),
            )
        else:
            messages.success(request, "استُورد المقال: راجع الحقول المستخرجة ثم احفظ أو انشر.")

    # --- review ---

    def review_view(self, request, pk):
        queryset = self.get_queryset(request).select_related(
            "article__near_duplicate_of", "chamber", "region", "city"
        )
        meeting = get_object_or_404(
            queryset.prefetch_related(
                Prefetch("partner_roles", MeetingPartner.objects.select_related("partner"))
            ),
            pk=pk,
        )
        if not self.has_change_permission(request, meeting):
            raise PermissionDenied
        if request.method == "POST" and "resolve" in request.POST:
            return self._resolve(request, meeting)

        form = ReviewForm(request.POST or None, instance=meeting, user=request.user)
        partners = PartnerRoleFormSet(request.POST or None, instance=meeting, prefix="partners")
        people = PersonFormSet(request.POST or None, instance=meeting, prefix="people")
        if request.method == "POST" and all(f.is_valid() for f in (form, partners, people)):
            publish = "_publish" in request.POST
            fields = {name: form.cleaned_data[name] for name in services.REVIEW_FIELDS}
            # The form wrote the cleaned values onto the instance; compare against the stored row.
            meeting.refresh_from_db()
            try:
                changed = services.meeting_update_from_review(
                    meeting=meeting,
                    user=request.user,
                    fields=fields,
                    partners=[
                        (f.cleaned_data["partner"], f.cleaned_data["role"])
                        for f in partners.forms
                        if f.cleaned_data.get("partner") and not f.cleaned_data.get("DELETE")
                    ],
                    programmes=list(form.cleaned_data["programmes"]),
                    people=[
                        (f.cleaned_data["name"], f.cleaned_data.get("role", ""))
                        for f in people.forms
                        if f.cleaned_data.get("name") and not f.cleaned_data.get("DELETE")
                    ],
                    publish=publish,
                )
            except services.ServiceRefused as refused:
                messages.error(request, refused.message)
            else:
                if changed:
                    fields = [f for f in changed if f != "status"]
                    if fields:
                        self.log_change(request, meeting, [{"changed": {"fields": fields}}])
                    if "status" in changed:
                        self.log_change(request, meeting, "نُشر اللقاء")
                if publish:
                    messages.success(request, f"نُشر اللقاء: {meeting}")
                else:
                    messages.success(request, f"حُفظت المراجعة: {meeting}")
                return HttpResponseRedirect(review_url(meeting.pk))

        article = meeting.article
        record = (article.extraction if article else None) or {}
        unresolved = services.unresolved_names(article)
        context = self._context(
            request,
            title=f"مراجعة: {meeting.title}",
            meeting=meeting,
            original=meeting,
            article=article,
            form=form,
            partners_formset=partners,
            people_formset=people,
            highlighted=highlight(article.text, record.get("evidence", [])) if article else "",
            evidence=[
                {**item, "label": FIELD_LABELS.get(item["field"], item["field"])}
                for item in record.get("evidence", [])
            ],
            warnings=(record.get("contract") or {}).get("warnings", []),
            unknown_partners=unresolved["partners"],
            unknown_programmes=unresolved["programmes"],
            all_partners=Partner.objects.only("pk", "name_ar").order_by("name_ar"),
            all_programmes=Programme.objects.only("pk", "name_ar").order_by("name_ar"),
            **self._near_duplicate(article, request.user),
            change_url=reverse("admin:events_meeting_change", args=[meeting.pk]),
            public_url=meeting.get_absolute_url() if meeting.is_published else "",
            media=self.media + form.media + partners.media,
        )
        return TemplateResponse(request, "admin/events/meeting/review.html", context)

    @staticmethod
    def _near_duplicate(article, user) -> dict:
        """The review screen's note of an earlier, similar article: linked when the editor may
        see it, else only said to be in another chamber."""
        if article is None or article.near_duplicate_of is None:
            return {"near_duplicate": None}
        link = duplicate_link(article.near_duplicate_of, user)
        if link is None:
            return {"near_duplicate": "مقال في غرفة أخرى", "near_duplicate_url": ""}
        return {"near_duplicate": link[1], "near_duplicate_url": link[0]}

    def _resolve(self, request, meeting):
        form = ResolveNameForm(request.POST)
        if not form.is_valid():
            messages.error(request, " ".join(" ".join(e) for e in form.errors.values()))
            return HttpResponseRedirect(review_url(meeting.pk))
        data = form.cleaned_data
        if data["name"] not in services.unresolved_names(meeting.article)[f"{data['kind']}s"]:
            raise Http404("not a name of this article")
        try:
            obj = services.meeting_resolve_name(
                meeting=meeting,
                user=request.user,
                kind=data["kind"],
                name=data["name"],
                alias_of=data.get("target"),
            )
        except services.ServiceRefused as refused:
            messages.error(request, refused.message)
        else:
            self.log_change(request, meeting, [{"changed": {"fields": [f"{data['kind']}s"]}}])
            if data["action"] == "alias":
                messages.success(request, f"أُضيف «{data['name']}» اسماً آخر لـ {obj.name_ar}.")
            else:
                messages.success(request, f"أُنشئ «{obj.name_ar}» وأُلحق باللقاء.")
        return HttpResponseRedirect(review_url(meeting.pk))
