"""Meetings: imported from an article as drafts, reviewed, published, unpublished, deleted."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import IntegrityError
from django.utils import timezone

from events import arabic
from events.duplicates import content_hash, find_near_duplicates
from events.gazetteer_snapshot import get_gazetteer
from events.importing.validate import check_text
from events.models import (
    MAX_DAYS,
    Article,
    Chamber,
    City,
    Meeting,
    MeetingPartner,
    Partner,
    Person,
    Programme,
    Region,
)
from events.same_meeting import find_candidates
from events.services.permissions import (
    ServiceRefused,
    check_chamber,
    check_meeting,
    writes_everywhere,
)
from events.services.routing import named_chamber, route_article
from events.writes import meetings_write

if TYPE_CHECKING:
    import datetime

    from events.extraction.result import Extraction

# Fields whose evidence the review screen highlights, in the order it lists them.
EVIDENCE_FIELDS = (
    "title",
    "date",
    "time",
    "kind",
    "region",
    "province",
    "city",
    "venue",
    "chamber",
    "participants",
)


NOT_A_MEETING = (
    "لا يروي هذا المقال لقاءً: لا يذكر نوع لقاء (اجتماع، لقاء، ندوة، ورشة…) ولا يوم انعقاده."
)


@dataclass
class ImportResult:
    article: Article | None
    meeting: Meeting | None
    extraction: Extraction | None
    duplicate_of: Article | None = None
    near_duplicates: list[Article] = field(default_factory=list)
    created: bool = False
    # The chamber the article names when it is not the importer's: the draft is in its queue.
    routed_to: Chamber | None = None
    same_meeting: list[Meeting] = field(default_factory=list)


# --- article import -------------------------------------------------------------------------


def _span(found) -> list[int] | None:
    return list(found.span) if found is not None and found.span is not None else None


def extraction_record(extraction: Extraction, *, file: str = "") -> dict:
    """What Article.extraction stores: the contract, and the evidence spans into the body."""
    evidence = []
    for name in EVIDENCE_FIELDS:
        found = getattr(extraction, name)
        if found.span is not None and found.value is not None:
            evidence.append({"field": name, "span": list(found.span), "value": str(found.value)})
    for name in ("partners", "programmes", "people", "other_dates"):
        for found in getattr(extraction, name):
            if found.span is not None:
                value = (
                    found.value
                    if isinstance(found.value, str)
                    else getattr(found.value, "name", found.value)
                )
                evidence.append({"field": name, "span": list(found.span), "value": str(value)})
    return {
        "contract": extraction.as_contract(file),
        "evidence": evidence,
        "partners": [
            {"name": f.value.name, "slug": f.value.slug, "kind": f.value.kind, "span": _span(f)}
            for f in extraction.partners
        ],
        "programmes": [
            {
                "name": f.value.name,
                "slug": f.value.slug,
                "acronym": f.value.acronym,
                "aliases": list(getattr(f.value, "aliases", ()) or ()),
                "span": _span(f),
            }
            for f in extraction.programmes
        ],
    }


def _date_end(extraction: Extraction) -> datetime.date | None:
    """The last day of a meeting of several days, when the extraction found one after its
    first day; None for a meeting of one day."""
    found = getattr(extraction, "date_end", None)
    end = getattr(found, "value", found)
    start = extraction.date.value
    if start is None or end is None or end <= start:
        return None
    if (end - start).days > MAX_DAYS:
        return None  # a later date the text names, not this meeting's last day
    return end


def _meeting_title(extraction: Extraction, title_hint: str) -> str:
    title = (extraction.title.value or "").strip() or title_hint.strip()
    if not title:
        first = re.split(r"[.!?\n،]", extraction.body.strip(), maxsplit=1)[0]
        title = first[:200]
    return title[:500]


def _resolve_place(extraction: Extraction, chamber: Chamber) -> tuple[Region | None, City | None]:
    city = None
    if extraction.city_code:
        city = (
            City.objects.select_related("province__region")
            .filter(code=extraction.city_code)
            .first()
        )
    if city is None and extraction.city.value:
        city = (
            City.objects.select_related("province__region")
            .filter(name_ar=extraction.city.value)
            .first()
        )
    region = None
    if extraction.region.value:
        region = Region.objects.filter(slug=extraction.region.value).first()
    if region is None and city is not None:
        region = city.province.region
    if region is None:
        region = chamber.region
    return region, city


def article_import(
    *,
    text: str,
    chamber: Chamber | None,
    user,
    source_url: str = "",
    outlet: str = "",
    published_on: datetime.date | None = None,
    title_hint: str = "",
    file: str = "",
    claim: bool = False,
    default_chamber: Chamber | None = None,
    require_meeting: bool = False,
) -> ImportResult:
    """One article → an Article and its draft Meeting, both or neither.

    The chamber the article names decides whose queue the draft joins (services.routing):
    `chamber` is the one chosen, `claim` keeps the draft for it against the text, and
    `default_chamber` serves when the text names none.

    The same article (same normalised text) is not stored twice: the result then carries
    `duplicate_of` and `created=False`. A near duplicate is stored, and flagged.
    `require_meeting` refuses a text that tells no meeting (the collector's pages: a site's
    feed carries every kind of news; an editor's import is the editor's choice).
    """
    from events.extraction.extract import extract

    text = check_text(text)
    extraction = extract(text, get_gazetteer(), reference_date=published_on)
    digest = content_hash(extraction.body)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        return ImportResult(
            article=None, meeting=None, extraction=extraction, duplicate_of=existing
        )
    if require_meeting and not extraction.tells_a_meeting:
        raise ServiceRefused(NOT_A_MEETING, code="not_meeting")

    routing = route_article(
        user=user,
        named=named_chamber(extraction.chamber.value),
        chosen=chamber,
        claim=claim,
        default=default_chamber,
    )
    chamber = routing.chamber

    region, city = _resolve_place(extraction, chamber)
    near = find_near_duplicates(extraction.body, date=extraction.date.value, region=region)
    title = _meeting_title(extraction, title_hint)
    try:
        # A draft: its search document is written (the admin searches drafts), and no public
        # page or count changes (events.writes).
        with meetings_write() as change:
            article = Article.objects.create(
                raw_text=text,
                text=extraction.body,
                title=(title_hint or extraction.title.value or "")[:500],
                source_url=source_url[:1000],
                outlet=outlet[:200],
                published_on=published_on,
                content_hash=digest,
                chamber=chamber,
                imported_by=user if user is not None and user.is_authenticated else None,
                extraction=extraction_record(extraction, file=file),
                near_duplicate_of=near[0] if near else None,
            )
            meeting = Meeting.objects.create(
                title=title,
                slug=arabic.slugify(title),
                date=extraction.date.value,
                date_end=_date_end(extraction),
                time=extraction.time.value,
                kind=(extraction.kind.value or "")[:120],
                category=extraction.category,
                region=region,
                city=city,
                venue=(extraction.venue.value or "")[:300],
                chamber=chamber,
                participants=extraction.participants.value,
                body=extraction.body,
                status=Meeting.Status.DRAFT,
                article=article,
            )
            article.meeting = meeting
            article.save(update_fields=["meeting"])
            change.created([meeting.pk])
            _attach_known(meeting, extraction)
    except IntegrityError:
        # Another import of the same text won the race for the unique content_hash.
        existing = Article.objects.filter(content_hash=digest).first()
        if existing is None:
            raise
        return ImportResult(
            article=None, meeting=None, extraction=extraction, duplicate_of=existing
        )
    return ImportResult(
        article=article,
        meeting=meeting,
        extraction=extraction,
        near_duplicates=near,
        created=True,
        routed_to=routing.routed_to,
        same_meeting=find_candidates(meeting=meeting),
    )


def _attach_known(meeting: Meeting, extraction: Extraction) -> None:
    partner_slugs = list(dict.fromkeys(f.value.slug for f in extraction.partners if f.value.slug))
    partners = {p.slug: p for p in Partner.objects.filter(slug__in=partner_slugs)}
    MeetingPartner.objects.bulk_create(
        MeetingPartner(meeting=meeting, partner=partners[slug])
        for slug in partner_slugs
        if slug in partners
    )
    programme_slugs = {f.value.slug for f in extraction.programmes if f.value.slug}
    meeting.programmes.add(*Programme.objects.filter(slug__in=programme_slugs))
    Person.objects.bulk_create(
        Person(
            meeting=meeting, name=f.value.name[:200], role=(f.value.role or "")[:300], position=i
        )
        for i, f in enumerate(extraction.people)
    )


# --- publishing and review ------------------------------------------------------------------


def meeting_publish(*, meeting: Meeting, user) -> Meeting:
    check_meeting(user, meeting)
    if not writes_everywhere(user):  # else its chamber need not be read
        check_chamber(user, meeting.chamber)
    if not meeting.title.strip():
        raise ServiceRefused("لا يُنشر لقاء بلا عنوان.", code="invalid")
    with meetings_write([meeting.pk]):
        meeting.status = Meeting.Status.PUBLISHED
        meeting.published_at = meeting.published_at or timezone.now()
        meeting.save(update_fields=["status", "published_at", "updated_at"])
    return meeting


def meeting_unpublish(*, meeting: Meeting, user) -> Meeting:
    check_meeting(user, meeting)
    with meetings_write([meeting.pk]):
        meeting.status = Meeting.Status.DRAFT
        meeting.published_at = None
        meeting.save(update_fields=["status", "published_at", "updated_at"])
    return meeting


def meeting_delete(*, meeting: Meeting, user) -> None:
    """Delete a meeting, its partner roles, programme links and people; its article stays."""
    meetings_delete(meetings=[meeting], user=user)


def meetings_delete(*, meetings, user) -> int:
    """Delete these meetings (a queryset or a list) in one write; returns how many."""
    ids = [meeting.pk for meeting in meetings]
    if user is not None and Meeting.objects.editable_by(user).filter(pk__in=ids).count() != len(
        set(ids)
    ):
        raise ServiceRefused("لا يحق لك تعديل هذا اللقاء.", code="forbidden")
    with meetings_write(ids):
        Meeting.objects.filter(pk__in=ids).delete()
    return len(ids)


def meeting_save(*, meeting: Meeting, user, save: Callable[[], None]) -> Meeting:
    """A meeting as a form edited it: `save()` writes its row and its relations (the admin's
    form and inlines), in one write, for a chamber the user may write for."""
    check_chamber(user, meeting.chamber)
    if meeting.pk is not None:
        check_meeting(user, meeting)
    with meetings_write([meeting.pk]) as change:
        save()
        change.created([meeting.pk])
    return meeting


REVIEW_FIELDS = (
    "title",
    "date",
    "date_end",
    "time",
    "kind",
    "category",
    "region",
    "city",
    "venue",
    "chamber",
    "participants",
    "summary",
)


def meeting_update_from_review(
    *,
    meeting: Meeting,
    user,
    fields: dict[str, Any],
    partners: list[tuple[Partner, str]] | None = None,
    programmes: list[Programme] | None = None,
    people: list[tuple[str, str]] | None = None,
    publish: bool = False,
) -> list[str]:
    """Apply a reviewer's corrections; returns the names of the fields that changed.

    `partners`, `programmes` and `people`, when given, replace what the meeting had.
    """
    check_meeting(user, meeting)
    unknown = set(fields) - set(REVIEW_FIELDS)
    if unknown:
        raise ValueError(f"not review fields: {sorted(unknown)}")
    new_chamber = fields.get("chamber", meeting.chamber)
    if new_chamber is None:
        raise ServiceRefused("الغرفة مطلوبة.", code="invalid")
    # An editor cannot hand a meeting to a chamber that is not theirs.
    check_chamber(user, new_chamber)
    date = fields.get("date", meeting.date)
    date_end = fields.get("date_end", meeting.date_end)
    if date_end is not None and (
        date is None or date_end < date or (date_end - date).days > MAX_DAYS
    ):
        raise ServiceRefused(
            "تاريخ النهاية يجب أن يأتي بعد تاريخ اللقاء، في حدود 92 يوما.", code="invalid"
        )
    changed = []
    # The groups it leaves (another region, year, partner…) are recomputed too.
    with meetings_write([meeting.pk]):
        for name, value in fields.items():
            if getattr(meeting, name) != value:
                setattr(meeting, name, value)
                changed.append(name)
        if "title" in changed or not meeting.slug:
            meeting.slug = arabic.slugify(meeting.title)
        meeting.save()
        if partners is not None:
            before = set(meeting.partner_roles.values_list("partner_id", "role"))
            after = {(partner.pk, role) for partner, role in partners}
            if before != after:
                meeting.partner_roles.all().delete()
                MeetingPartner.objects.bulk_create(
                    MeetingPartner(meeting=meeting, partner_id=pk, role=role)
                    for pk, role in dict(sorted(after)).items()
                )
                changed.append("partners")
        if programmes is not None and set(meeting.programmes.values_list("pk", flat=True)) != {
            p.pk for p in programmes
        }:
            meeting.programmes.set(programmes)
            changed.append("programmes")
        if people is not None:
            before = list(meeting.people.values_list("name", "role"))
            after = [(name.strip(), role.strip()) for name, role in people if name.strip()]
            if before != after:
                meeting.people.all().delete()
                Person.objects.bulk_create(
                    Person(meeting=meeting, name=name, role=role, position=i)
                    for i, (name, role) in enumerate(after)
                )
                changed.append("people")
        if publish and not meeting.is_published:
            meeting_publish(meeting=meeting, user=user)
            changed.append("status")
    return changed
