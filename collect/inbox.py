"""The collected drafts an editor is to review, each with the source it came from."""

from __future__ import annotations

from collect.models import SeenItem
from events.models import Meeting

LISTED = 10


def collected_drafts(user, *, also=()) -> dict:
    """How many of the user's drafts were collected, the latest of them with their source;
    the meetings of `also` (the inbox's other lists) learn theirs as `collected_from`."""
    drafts = Meeting.objects.editable_by(user).drafts()
    items = SeenItem.objects.filter(
        outcome=SeenItem.Outcome.IMPORTED, article__primary_of__in=drafts.values("pk")
    )
    latest = list(items.select_related("source", "article__primary_of").order_by("-pk")[:LISTED])
    listed = [(item.article.primary_of, item.source) for item in latest]
    others = [m for m in also if m.article_id is not None]
    if others:
        sources = {
            item.article_id: item.source
            for item in SeenItem.objects.filter(
                outcome=SeenItem.Outcome.IMPORTED, article_id__in=[m.article_id for m in others]
            ).select_related("source")
        }
        for meeting in others:
            meeting.collected_from = sources.get(meeting.article_id)
    return {"count": items.count(), "list": listed}
