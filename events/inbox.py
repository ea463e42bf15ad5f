"""What waits for an editor: the drafts to review and the possible duplicates to decide."""

from __future__ import annotations

from django.db.models import Q

from events.models import Meeting
from events.same_meeting import find_candidates

# Drafts whose same-meeting candidates are looked for on the index page: bounded work.
CANDIDATE_SCAN = 50


def editor_inbox(user) -> dict:
    drafts = Meeting.objects.editable_by(user).drafts().select_related("article")
    mine = drafts.filter(article__imported_by=user)
    # Imported by someone else (another chamber's editor, a feed) for the user's chambers.
    offered = drafts.exclude(article__imported_by=user)
    flagged = {m.pk: m for m in drafts.filter(article__near_duplicate_of__isnull=False)[:100]}
    for meeting in drafts.filter(~Q(pk__in=list(flagged))).order_by("-pk")[:CANDIDATE_SCAN]:
        if find_candidates(meeting=meeting, limit=1):
            flagged[meeting.pk] = meeting
    return {
        "mine": mine.count(),
        "offered": offered.count(),
        "offered_list": list(offered.order_by("-pk")[:10]),
        "duplicates": len(flagged),
        "duplicates_list": sorted(flagged.values(), key=lambda m: -m.pk)[:10],
    }
