"""Sources: added (their kind detected), changed, paused, resumed, checked now.

Keyword-only services called alike by the admin and the commands; `user=None` is a script.
An editor manages only their chambers' sources; a paper's source (no chamber) is a
superuser's. Collecting is collect.collecting.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone

from collect.listing import Probe, probe
from collect.models import MIN_INTERVAL_MINUTES, Source
from events.models import Chamber
from events.services.permissions import ServiceRefused, check_chamber


def check_source_chamber(user, chamber: Chamber | None) -> None:
    if user is None or user.is_superuser:
        return
    if chamber is None:
        raise ServiceRefused(
            "مصدر بلا غرفة (جريدة) يضيفه مدير البوابة: اختر إحدى غرفك.", code="forbidden"
        )
    check_chamber(user, chamber)


def _check(user, sources) -> list[Source]:
    sources = list(sources)
    visible = set(
        Source.objects.visible_to(user)
        .filter(pk__in=[s.pk for s in sources])
        .values_list("pk", flat=True)
    )
    if any(source.pk not in visible for source in sources):
        raise ServiceRefused("لا يحق لك تعديل هذا المصدر.", code="forbidden")
    return sources


def clean_url(url: str) -> str:
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ServiceRefused("يُقبل فقط رابط يبدأ بـ http:// أو https://.", code="bad_url")
    return url


def _interval(minutes: int) -> int:
    if minutes < MIN_INTERVAL_MINUTES:
        raise ServiceRefused(
            f"الفاصل بين فحصين {MIN_INTERVAL_MINUTES} دقائق على الأقل.", code="invalid"
        )
    return minutes


def source_add(
    *,
    url: str,
    user=None,
    chamber: Chamber | None = None,
    outlet: str = "",
    kind: str = Source.Kind.AUTO,
    interval_minutes: int = 60,
    check: bool = True,
    probed: Probe | None = None,
) -> Source:
    """A new source, due at once. With `check`, the URL is fetched and its kind found (a
    site's page gives the feed it names): a URL that is no feed is refused, nothing stored.
    `probed` is a probe already made (the admin's form makes it while validating)."""
    url = clean_url(url)
    check_source_chamber(user, chamber)
    interval_minutes = _interval(interval_minutes)
    if kind not in Source.Kind.values:
        raise ServiceRefused(f"نوع مصدر غير معروف: {kind}", code="invalid")
    if Source.objects.filter(url=url).exists():
        raise ServiceRefused("هذا المصدر مضاف من قبل.", code="exists")
    found = probed or (probe(url, kind) if check else None)
    with transaction.atomic():
        return Source.objects.create(
            url=url,
            kind=found.kind if found else kind,
            feed_url=found.feed_url if found and found.feed_url != url else "",
            chamber=chamber,
            outlet=outlet.strip()[:200],
            interval_minutes=interval_minutes,
            created_by=user if user is not None and user.is_authenticated else None,
        )


def source_update(*, source: Source, user=None, **fields) -> Source:
    """Change a source's chamber, outlet, kind, interval or activity; a new kind is detected
    again at the next run."""
    _check(user, [source])
    allowed = {"chamber", "outlet", "kind", "interval_minutes", "active"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"not source fields: {sorted(unknown)}")
    if "chamber" in fields:
        check_source_chamber(user, fields["chamber"])
    if "interval_minutes" in fields:
        _interval(fields["interval_minutes"])
    if fields.get("kind", source.kind) != source.kind:
        # The feed found for the old kind is not the new kind's, nor are its validators.
        fields.update(feed_url="", validators={})
    for name, value in fields.items():
        setattr(source, name, value)
    source.save(update_fields=[*fields])
    return source


def sources_pause(*, sources, user=None) -> int:
    sources = _check(user, sources)
    return Source.objects.filter(pk__in=[s.pk for s in sources]).update(active=False)


def sources_resume(*, sources, user=None) -> int:
    sources = _check(user, sources)
    return Source.objects.filter(pk__in=[s.pk for s in sources]).update(
        active=True, next_check_at=timezone.now()
    )


def sources_check_now(*, sources, user=None) -> int:
    """Due now: the collector takes them on its next pass (within a minute under
    `collect --loop`). Paused sources stay paused; returns how many were made due."""
    sources = _check(user, sources)
    return Source.objects.filter(pk__in=[s.pk for s in sources], active=True).update(
        next_check_at=timezone.now()
    )
