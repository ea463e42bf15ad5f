"""Who may write what: editors their chambers' meetings, superusers and scripts everything."""

from __future__ import annotations

from events.importing.validate import ImportRefused
from events.models import Chamber, Meeting


class ServiceRefused(ImportRefused):
    """A write the user may not make, or one the data does not allow; Arabic message."""


def writes_everywhere(user) -> bool:
    """A superuser, or a script with no user: every chamber is theirs."""
    return user is None or user.is_superuser


def user_chambers(user):
    """The chambers a user may write for: all for a superuser (or a script with no user)."""
    if writes_everywhere(user):
        return Chamber.objects.all()
    if not user.is_authenticated or not user.is_active:
        return Chamber.objects.none()
    return Chamber.objects.filter(editors=user)


def check_chamber(user, chamber: Chamber) -> None:
    if writes_everywhere(user):
        return  # any chamber that exists, which its foreign key sees to
    if not user_chambers(user).filter(pk=chamber.pk).exists():
        raise ServiceRefused(
            f"لا يحق لك العمل باسم {chamber.name_ar}: اختر إحدى غرفك.", code="forbidden"
        )


def check_meeting(user, meeting: Meeting) -> None:
    if user is not None and not Meeting.objects.editable_by(user).filter(pk=meeting.pk).exists():
        raise ServiceRefused("لا يحق لك تعديل هذا اللقاء.", code="forbidden")
