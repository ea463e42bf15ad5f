"""Partners and programmes named in articles: created, taught another spelling, attached."""

from __future__ import annotations

from events import arabic
from events.models import Article, Meeting, MeetingPartner, Partner, Programme
from events.services.permissions import ServiceRefused, check_meeting
from events.writes import meetings_write


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
    with meetings_write() as change:
        # The next article names it, and its meetings are found by it.
        if alias_of is not None:
            if _add_alias(alias_of, name):
                change.names_changed(alias_of)
            return alias_of
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
            change.names_changed()
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
    check_meeting(user, meeting)
    if kind not in ("partner", "programme"):
        raise ValueError(kind)
    # A partner or programme added: its groups gain the meeting.
    with meetings_write([meeting.pk]):
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
    them (the demo data does this so that every name has its page). Returns how many: one
    write for them all."""
    names = unresolved_names(meeting.article)
    count = 0
    with meetings_write([meeting.pk]):
        for key, kind in (("partners", "partner"), ("programmes", "programme")):
            for name in names[key]:
                meeting_resolve_name(meeting=meeting, user=user, kind=kind, name=name)
                count += 1
    return count
