"""The review screen's «دمج»: the draft and its candidate side by side, merged field by field."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_POST

from events import services
from events.models import Partner, Programme
from events.same_meeting import find_candidates


def comparison(draft, candidate) -> list[dict]:
    """One row per field: label, the draft's value, the candidate's, whether they differ."""
    rows = []
    for name in services.MERGE_FIELDS:
        field = draft._meta.get_field(name)
        mine, theirs = getattr(draft, name), getattr(candidate, name)
        if field.choices:
            mine = getattr(draft, f"get_{name}_display")()
            theirs = getattr(candidate, f"get_{name}_display")()
        rows.append(
            {
                "name": name,
                "label": field.verbose_name,
                "draft": mine if mine not in (None, "") else "—",
                "candidate": theirs if theirs not in (None, "") else "—",
                "differs": getattr(draft, name) != getattr(candidate, name),
            }
        )
    return rows


def merge_context(draft) -> dict:
    candidates = find_candidates(meeting=draft) if not draft.is_published else []
    if not candidates:
        return {"candidates": []}
    candidate = candidates[0]
    known = set(candidate.partner_roles.values_list("partner_id", flat=True))
    return {
        "candidates": candidates,
        "candidate": candidate,
        "comparison": comparison(draft, candidate),
        "new_partners": [r.partner for r in draft.partner_roles.all() if r.partner_id not in known],
        "new_programmes": list(draft.programmes.exclude(meetings=candidate)),
        "new_people": [
            p for p in draft.people.all() if not candidate.people.filter(name=p.name).exists()
        ],
    }


class MergeViews:
    """Mixed into MeetingAdmin."""

    def merge_view(self, request, pk, into):
        return require_POST(self._merge)(request, pk, into)

    def _merge(self, request, pk, into):
        queryset = self.get_queryset(request)
        draft = get_object_or_404(queryset, pk=pk)
        target = get_object_or_404(queryset, pk=into)
        if not self.has_change_permission(request, draft):
            raise PermissionDenied
        take = {n for n in services.MERGE_FIELDS if request.POST.get(f"keep-{n}") == "draft"}
        people = [
            (p.name, p.role) for p in draft.people.filter(pk__in=request.POST.getlist("person"))
        ]
        try:
            services.meeting_merge(
                draft=draft,
                into=target,
                user=request.user,
                take=take,
                partners=list(Partner.objects.filter(pk__in=request.POST.getlist("partner"))),
                programmes=list(Programme.objects.filter(pk__in=request.POST.getlist("programme"))),
                people=people,
            )
        except services.ServiceRefused as refused:
            messages.error(request, refused.message)
            return HttpResponseRedirect(reverse("admin:events_meeting_review", args=[pk]))
        self.log_change(request, target, "دُمج فيه مقال آخر عن اللقاء نفسه")
        messages.success(request, f"دُمج المقال في «{target}»: صار للقاء مصدر إضافي.")
        return HttpResponseRedirect(reverse("admin:events_meeting_review", args=[target.pk]))
