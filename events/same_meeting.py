"""The same meeting told by another outlet: candidates found by facts, not only by text.

Two reports of one session share little wording; what they share are facts: the chamber, the
category, the day (give or take three, or not given by one of them), and partners or the
words of the subject. `find_candidates` is a plain function so that the import, the review
screen and the feed collector ask the same question.
"""

from __future__ import annotations

import datetime

from django.db.models import Q

from events.arabic import search_terms
from events.models import Meeting

DAYS = 3
MAX_CANDIDATES = 5
# Words every report of a meeting uses, whatever its subject.
_GENERIC = frozenset(
    search_terms(
        "لقاء تواصلي اجتماع يوم دراسي ندوة ورشة دورة غرفة التجارة والصناعة والخدمات الصناعة "
        "التقليدية جهة مدينة حول لفائدة تنظيم نظمت احتضن اشغال"
    )
)


def subject_words(meeting: Meeting) -> set[str]:
    words = set(search_terms(" ".join([meeting.title or "", meeting.kind or ""])))
    return {w for w in words if len(w) > 2} - _GENERIC


def find_candidates(*, meeting: Meeting, limit: int = MAX_CANDIDATES) -> list[Meeting]:
    """Other meetings that are probably this one: same chamber and category, days equal or
    within three of each other or missing on one side, and at least one shared partner or
    two shared subject words. Closest first; at most `limit`, and a bounded query."""
    others = Meeting.objects.filter(chamber_id=meeting.chamber_id, category=meeting.category)
    others = others.exclude(pk=meeting.pk)
    if meeting.date is not None:
        window = datetime.timedelta(days=DAYS)
        others = others.filter(
            Q(date__isnull=True) | Q(date__range=(meeting.date - window, meeting.date + window))
        )
    pool = list(others.prefetch_related("partner_roles").order_by("-date", "-pk")[:200])
    partners = set(meeting.partner_roles.values_list("partner_id", flat=True))
    words = subject_words(meeting)
    scored = []
    for other in pool:
        shared_partners = partners & {r.partner_id for r in other.partner_roles.all()}
        shared_words = words & subject_words(other)
        if not shared_partners and len(shared_words) < 2:
            continue
        gap = abs((other.date - meeting.date).days) if other.date and meeting.date else DAYS
        scored.append((-(len(shared_partners) * 2 + len(shared_words)), gap, -other.pk, other))
    scored.sort(key=lambda item: item[:3])
    return [item[3] for item in scored[:limit]]
