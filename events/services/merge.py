"""Merging a draft into the meeting it reports: one meeting, one more source."""

from __future__ import annotations

from django.db.models import Q

from events.models import Article, Meeting, MeetingPartner, Partner, Person, Programme
from events.services.meetings import REVIEW_FIELDS
from events.services.permissions import ServiceRefused, check_meeting
from events.writes import meetings_write

# The fields an editor picks between, the draft's value or the existing meeting's: those of the
# review form but the chamber, which is the meeting's queue and stays.
MERGE_FIELDS = tuple(name for name in REVIEW_FIELDS if name != "chamber")


def meeting_merge(
    *,
    draft: Meeting,
    into: Meeting,
    user,
    take: set[str] = frozenset(),
    partners: list[Partner] = (),
    programmes: list[Programme] = (),
    people: list[tuple[str, str]] = (),
) -> Meeting:
    """`draft`'s articles become further sources of `into`, and `draft` is deleted.

    `take` names the fields whose value comes from the draft (the others keep `into`'s);
    `partners`, `programmes` and `people` from the draft are added to `into`.
    """
    check_meeting(user, draft)
    check_meeting(user, into)
    if draft.pk == into.pk:
        raise ServiceRefused("لا يُدمج لقاء في نفسه.", code="invalid")
    if draft.is_published:
        raise ServiceRefused("لا تُدمج إلا مسودة في لقاء آخر.", code="invalid")
    unknown = set(take) - set(MERGE_FIELDS)
    if unknown:
        raise ValueError(f"not merge fields: {sorted(unknown)}")
    date = draft.date if "date" in take else into.date
    date_end = draft.date_end if "date_end" in take else into.date_end
    if date_end is not None and (date is None or date_end < date):
        raise ServiceRefused("تاريخ النهاية يجب أن يأتي بعد تاريخ اللقاء.", code="invalid")
    # Both meetings' groups, counts and search documents change: one write for both.
    with meetings_write([draft.pk, into.pk]):
        for name in take:
            setattr(into, name, getattr(draft, name))
        into.save()
        Article.objects.filter(_sources(draft)).update(meeting=into)
        known = set(into.partner_roles.values_list("partner_id", flat=True))
        roles = dict(draft.partner_roles.values_list("partner_id", "role"))
        MeetingPartner.objects.bulk_create(
            MeetingPartner(meeting=into, partner=p, role=roles.get(p.pk, "participant"))
            for p in partners
            if p.pk not in known
        )
        into.programmes.add(*programmes)
        names = set(into.people.values_list("name", flat=True))
        start = into.people.count()
        Person.objects.bulk_create(
            Person(meeting=into, name=name[:200], role=role[:300], position=start + i)
            for i, (name, role) in enumerate(p for p in people if p[0] not in names)
        )
        draft.delete()
    return into


def _sources(meeting: Meeting) -> Q:
    query = Q(meeting=meeting)
    if meeting.article_id:
        query |= Q(pk=meeting.article_id)
    return query
