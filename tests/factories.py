"""Real rows for tests, built on the reference data every migrated database holds."""

from __future__ import annotations

import datetime
import itertools

from django.contrib.auth import get_user_model
from django.utils import timezone

from events.categories import categorise
from events.models import Chamber, City, Meeting, MeetingPartner, Partner, Programme, Region
from events.writes import meetings_write

_counter = itertools.count(1)


def make_user(
    *, username: str | None = None, chambers: list[Chamber] = (), superuser=False, **extra
):
    User = get_user_model()
    username = username or f"user{next(_counter)}"
    user = User.objects.create_user(
        username=username,
        password="pw-for-tests",
        is_staff=True,
        is_superuser=superuser,
        **extra,
    )
    if chambers:
        user.chambers.set(chambers)
    return user


def make_partner(*, name_ar: str | None = None, slug: str | None = None, **extra) -> Partner:
    n = next(_counter)
    return Partner.objects.create(
        name_ar=name_ar or f"جمعية الاختبار رقم {n}", slug=slug or f"partner-{n}", **extra
    )


def make_programme(*, name_ar: str | None = None, slug: str | None = None, **extra) -> Programme:
    n = next(_counter)
    return Programme.objects.create(
        name_ar=name_ar or f"برنامج الاختبار رقم {n}", slug=slug or f"programme-{n}", **extra
    )


def make_meeting(
    *,
    title: str | None = None,
    chamber: Chamber | str = "ccis-oriental",
    region: Region | str | None = None,
    city: City | str | None = None,
    date: datetime.date | None = datetime.date(2025, 9, 23),
    status: str = Meeting.Status.PUBLISHED,
    partners: dict[Partner, str] | list[Partner] = (),
    programmes: list[Programme] = (),
    **extra,
) -> Meeting:
    if isinstance(chamber, str):
        chamber = Chamber.objects.get(slug=chamber)
    if region is None:
        region = chamber.region
    elif isinstance(region, str):
        region = Region.objects.get(slug=region)
    if isinstance(city, str):
        city = City.objects.get(name_ar=city)
    # A phrase gets its category, as an import would give it.
    extra.setdefault("category", categorise(extra.get("kind", "")))
    with meetings_write() as change:
        meeting = _create_meeting(
            title=title,
            chamber=chamber,
            region=region,
            city=city,
            date=date,
            status=status,
            partners=partners,
            programmes=programmes,
            **extra,
        )
        change.created([meeting.pk])
    return meeting


def _create_meeting(*, title, chamber, region, city, date, status, partners, programmes, **extra):
    meeting = Meeting.objects.create(
        title=title or f"لقاء تواصلي رقم {next(_counter)}",
        chamber=chamber,
        region=region,
        city=city,
        date=date,
        status=status,
        published_at=timezone.now() if status == Meeting.Status.PUBLISHED else None,
        **extra,
    )
    roles = partners if isinstance(partners, dict) else dict.fromkeys(partners, "participant")
    for partner, role in roles.items():
        MeetingPartner.objects.create(meeting=meeting, partner=partner, role=role)
    if programmes:
        meeting.programmes.set(programmes)
    return meeting
