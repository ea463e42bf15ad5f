"""Making an editor: a staff account in the editors group, writing for some chambers."""

from __future__ import annotations

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from events.models import Chamber
from events.services.permissions import ServiceRefused

EDITORS_GROUP = "editors"


def editor_create(*, username: str, chambers, password: str | None = None):
    """A new editor of `chambers`; returns (user, password), the password generated when none
    is given (shown once by the caller, stored only hashed)."""
    username = username.strip()
    chambers = list(chambers)
    if not username:
        raise ServiceRefused("اسم المستخدم مطلوب.", code="invalid")
    if not chambers:
        raise ServiceRefused("اختر غرفة واحدة على الأقل يحرر لها.", code="invalid")
    User = get_user_model()
    if User.objects.filter(username=username).exists():
        raise ServiceRefused(f"اسم المستخدم «{username}» مستعمل من قبل.", code="exists")
    # A fixed or guessable password would open the admin to anyone who read it.
    password = password or secrets.token_urlsafe(12)
    with transaction.atomic():
        user = User.objects.create_user(username=username, password=password, is_staff=True)
        user.groups.add(Group.objects.get(name=EDITORS_GROUP))
        user.chambers.set(chambers)
    return user, password


def chambers_by_slug(slugs) -> list[Chamber]:
    """The chambers of these slugs; refused, naming them, when some do not exist."""
    slugs = list(dict.fromkeys(slugs))
    found = {c.slug: c for c in Chamber.objects.filter(slug__in=slugs)}
    missing = [s for s in slugs if s not in found]
    if missing:
        raise ServiceRefused(
            "لا غرفة بهذا المعرف: " + "، ".join(f"\u2068{s}\u2069" for s in missing),
            code="invalid",
        )
    return [found[s] for s in slugs]
