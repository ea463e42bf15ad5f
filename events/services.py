"""The portal's writes: importing articles, reviewing and publishing meetings, naming partners.

Keyword-only functions, each in one transaction, called alike by the admin and the management
commands. Models stay plain: no business rule lives in save() or in a signal.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from events import arabic, counts
from events.cache import meetings_changed
from events.importing.validate import ImportRefused, check_text
from events.models import (
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
from events.search import index_meetings, index_meetings_for

if TYPE_CHECKING:
    import datetime

    from events.extraction.result import Extraction

NEAR_DUPLICATE_JACCARD = 0.5
SHINGLE_SIZE = 3
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


class ServiceRefused(ImportRefused):
    """A write the user may not make, or one the data does not allow; Arabic message."""


@dataclass
class ImportResult:
    article: Article | None
    meeting: Meeting | None
    extraction: Extraction | None
    duplicate_of: Article | None = None
    near_duplicates: list[Article] = field(default_factory=list)
    created: bool = False


# --- the gazetteer snapshot --------------------------------------------------------------------

# One snapshot per process. Writes through this module drop it at once; other processes
# (other gunicorn workers, a running import command) pick changes up after the TTL.
GAZETTEER_TTL_SECONDS = 60.0
_gazetteer_lock = threading.Lock()
_gazetteer: tuple[float, Any] | None = None


def get_gazetteer():
    global _gazetteer
    from events.extraction.gazetteer import Gazetteer

    with _gazetteer_lock:
        if _gazetteer is None or time.monotonic() - _gazetteer[0] > GAZETTEER_TTL_SECONDS:
            _gazetteer = (time.monotonic(), Gazetteer.from_db())
        return _gazetteer[1]


def invalidate_gazetteer() -> None:
    global _gazetteer
    with _gazetteer_lock:
        _gazetteer = None


def reference_changed(*, obj) -> None:
    """After a partner, programme, chamber or place changed its names: the next article is
    read with them and its meetings are found by them."""
    index_meetings_for(obj)
    # Its names are on the cached pages (facets, rows, owner pages).
    meetings_changed()
    transaction.on_commit(invalidate_gazetteer)


def counts_refresh(*, keys_before: set[counts.Key], meeting_ids: list[int]) -> None:
    """After a write to these meetings: recompute the summary groups they were in before it
    (`counts.keys_of`, taken before the write) and those they are in now."""
    with transaction.atomic():
        counts.refresh(keys_before | counts.keys_of(meeting_ids))


# --- permissions ----------------------------------------------------------------------------


def user_chambers(user):
    """The chambers a user may write for: all for a superuser (or a script with no user)."""
    if user is None or user.is_superuser:
        return Chamber.objects.all()
    if not user.is_authenticated or not user.is_active:
        return Chamber.objects.none()
    return Chamber.objects.filter(editors=user)


def _check_chamber(user, chamber: Chamber) -> None:
    if not user_chambers(user).filter(pk=chamber.pk).exists():
        raise ServiceRefused(
            f"لا يحق لك العمل باسم {chamber.name_ar}: اختر إحدى غرفك.", code="forbidden"
        )


def _check_meeting(user, meeting: Meeting) -> None:
    if user is not None and not Meeting.objects.editable_by(user).filter(pk=meeting.pk).exists():
        raise ServiceRefused("لا يحق لك تعديل هذا اللقاء.", code="forbidden")


# --- article import -------------------------------------------------------------------------


def content_hash(body: str) -> str:
    """The article's identity: its normalised text, whitespace collapsed, hashed."""
    folded = " ".join(arabic.normalise(body).split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[tuple[str, ...]]:
    words = arabic.words(text)
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def find_near_duplicates(
    body: str, *, date: datetime.date | None, region: Region | None, limit: int = 200
) -> list[Article]:
    """Articles on the same day in the same region whose text is very similar: usually two
    outlets reporting one meeting. Without a region there is nothing sound to compare."""
    if region is None:
        return []
    candidates = (
        Article.objects.filter(meeting__region=region, meeting__date=date)
        .only("id", "text", "title")
        .order_by("-imported_at")[:limit]
    )
    mine = shingles(body)
    scored = [(jaccard(mine, shingles(other.text)), other) for other in candidates]
    return [
        article
        for score, article in sorted(scored, key=lambda s: -s[0])
        if score >= NEAR_DUPLICATE_JACCARD
    ]


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
) -> ImportResult:
    """One article → an Article and its draft Meeting, both or neither.

    The same article (same normalised text) is not stored twice: the result then carries
    `duplicate_of` and `created=False`. A near duplicate is stored, and flagged.
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

    if chamber is None and extraction.chamber.value:
        chamber = Chamber.objects.filter(slug=extraction.chamber.value).first()
    if chamber is None:
        raise ServiceRefused(
            "لم يُعرف من نص المقال أي غرفة نظّمت اللقاء: اختر الغرفة في النموذج.", code="no_chamber"
        )
    _check_chamber(user, chamber)

    region, city = _resolve_place(extraction, chamber)
    near = find_near_duplicates(extraction.body, date=extraction.date.value, region=region)
    title = _meeting_title(extraction, title_hint)
    try:
        with transaction.atomic():
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
            _attach_known(meeting, extraction)
            index_meetings([meeting.pk])
            meetings_changed()
    except IntegrityError:
        # Another import of the same text won the race for the unique content_hash.
        existing = Article.objects.filter(content_hash=digest).first()
        if existing is None:
            raise
        return ImportResult(
            article=None, meeting=None, extraction=extraction, duplicate_of=existing
        )
    return ImportResult(
        article=article, meeting=meeting, extraction=extraction, near_duplicates=near, created=True
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
    _check_meeting(user, meeting)
    _check_chamber(user, meeting.chamber)
    if not meeting.title.strip():
        raise ServiceRefused("لا يُنشر لقاء بلا عنوان.", code="invalid")
    with transaction.atomic():
        meeting.status = Meeting.Status.PUBLISHED
        meeting.published_at = meeting.published_at or timezone.now()
        meeting.save(update_fields=["status", "published_at", "updated_at"])
        index_meetings([meeting.pk])
        # Publishing changes no key, only which meetings the groups count.
        counts_refresh(keys_before=set(), meeting_ids=[meeting.pk])
        meetings_changed()
    return meeting


def meeting_unpublish(*, meeting: Meeting, user) -> Meeting:
    _check_meeting(user, meeting)
    with transaction.atomic():
        meeting.status = Meeting.Status.DRAFT
        meeting.published_at = None
        meeting.save(update_fields=["status", "published_at", "updated_at"])
        index_meetings([meeting.pk])
        counts_refresh(keys_before=set(), meeting_ids=[meeting.pk])
        meetings_changed()
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
    _check_meeting(user, meeting)
    unknown = set(fields) - set(REVIEW_FIELDS)
    if unknown:
        raise ValueError(f"not review fields: {sorted(unknown)}")
    new_chamber = fields.get("chamber", meeting.chamber)
    if new_chamber is None:
        raise ServiceRefused("الغرفة مطلوبة.", code="invalid")
    # An editor cannot hand a meeting to a chamber that is not theirs.
    _check_chamber(user, new_chamber)
    date = fields.get("date", meeting.date)
    date_end = fields.get("date_end", meeting.date_end)
    if date_end is not None and (date is None or date_end < date):
        raise ServiceRefused("تاريخ النهاية يجب أن يأتي بعد تاريخ اللقاء.", code="invalid")
    changed = []
    with transaction.atomic():
        # The groups it leaves (another region, year, partner…) are recomputed too.
        keys_before = counts.keys_of([meeting.pk])
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
        index_meetings([meeting.pk])
        counts_refresh(keys_before=keys_before, meeting_ids=[meeting.pk])
        meetings_changed()
    return changed


# --- partners and programmes named in articles -------------------------------------------------


def _unique_slug(model, name: str) -> str:
    base = arabic.slugify(name, max_length=100) or "x"
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


def _add_alias(obj, name: str) -> bool:
    folded = arabic.normalise(" ".join(name.split()))
    if any(arabic.normalise(" ".join(known.split())) == folded for known in obj.all_names()):
        return False
    obj.aliases = [*obj.aliases, " ".join(name.split())]
    obj.save(update_fields=["aliases"])
    return True


def _named_create_or_alias(model, perm: str, *, name: str, user, alias_of, extra: dict):
    name = " ".join(name.split())
    if not name:
        raise ServiceRefused("الاسم فارغ.", code="invalid")
    if user is not None and not user.has_perm(f"events.{perm}_{model._meta.model_name}"):
        raise ServiceRefused("لا تملك صلاحية إضافة هذا الاسم.", code="forbidden")
    with transaction.atomic():
        if alias_of is not None:
            if _add_alias(alias_of, name):
                index_meetings_for(alias_of)
                meetings_changed()
            obj = alias_of
        else:
            folded = arabic.normalise(name)
            obj = next(
                (
                    o
                    for o in model.objects.all()
                    if any(arabic.normalise(" ".join(n.split())) == folded for n in o.all_names())
                ),
                None,
            )
            if obj is None:
                obj = model.objects.create(name_ar=name, slug=_unique_slug(model, name), **extra)
    # So the next article names it.
    transaction.on_commit(invalidate_gazetteer)
    return obj


def partner_create_or_alias(
    *, name: str, user, alias_of: Partner | None = None, kind: str = Partner.Kind.OTHER
) -> Partner:
    """A partner for `name`: `alias_of` learns it as another name, or a new partner is made
    (or an existing one returned when the name is already known under some spelling)."""
    perm = "change" if alias_of is not None else "add"
    return _named_create_or_alias(
        Partner, perm, name=name, user=user, alias_of=alias_of, extra={"kind": kind}
    )


def programme_create_or_alias(
    *, name: str, user, alias_of: Programme | None = None, acronym: str = ""
) -> Programme:
    perm = "change" if alias_of is not None else "add"
    return _named_create_or_alias(
        Programme, perm, name=name, user=user, alias_of=alias_of, extra={"acronym": acronym[:32]}
    )


def _mark_resolved(article: Article, key: str, name: str, slug: str) -> None:
    record = dict(article.extraction or {})
    items = [dict(item) for item in record.get(key, [])]
    for item in items:
        if item.get("name") == name and not item.get("slug"):
            item["slug"] = slug
    record[key] = items
    article.extraction = record
    article.save(update_fields=["extraction"])


def meeting_resolve_name(
    *,
    meeting: Meeting,
    user,
    kind: str,
    name: str,
    alias_of: Partner | Programme | None = None,
    role: str = MeetingPartner.Role.PARTICIPANT,
) -> Partner | Programme:
    """An unknown partner or programme from the meeting's article: create it, or teach an
    existing one this spelling; either way attach it to the meeting and remember it."""
    _check_meeting(user, meeting)
    if kind not in ("partner", "programme"):
        raise ValueError(kind)
    with transaction.atomic():
        if kind == "partner":
            obj = partner_create_or_alias(name=name, user=user, alias_of=alias_of)
            MeetingPartner.objects.get_or_create(
                meeting=meeting, partner=obj, defaults={"role": role}
            )
        else:
            obj = programme_create_or_alias(name=name, user=user, alias_of=alias_of)
            meeting.programmes.add(obj)
        if meeting.article is not None:
            _mark_resolved(meeting.article, f"{kind}s", name, obj.slug)
        index_meetings([meeting.pk])
        # A partner or programme added: its groups gain the meeting.
        counts_refresh(keys_before=set(), meeting_ids=[meeting.pk])
        meetings_changed()
    return obj


def unresolved_names(article: Article | None) -> dict[str, list[str]]:
    """Names the extractor found but could not match, by kind ('partners', 'programmes')."""
    record = (article.extraction if article is not None else None) or {}
    out: dict[str, list[str]] = {}
    for key in ("partners", "programmes"):
        names = [item["name"] for item in record.get(key, []) if not item.get("slug")]
        out[key] = list(dict.fromkeys(names))
    return out


def meeting_attach_unknowns(*, meeting: Meeting, user) -> int:
    """Create every partner and programme of the article that no row knows yet and attach
    them (the demo data does this so that every name has its page). Returns how many."""
    names = unresolved_names(meeting.article)
    count = 0
    for key, kind in (("partners", "partner"), ("programmes", "programme")):
        for name in names[key]:
            meeting_resolve_name(meeting=meeting, user=user, kind=kind, name=name)
            count += 1
    return count
