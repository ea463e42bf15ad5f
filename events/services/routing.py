"""Which chamber's queue an imported article goes to.

The chamber the article names decides, so that a draft about another chamber's meeting lands
with that chamber's editors instead of being filed, and later published, under the importer's.
An editor keeps a draft for one of their own chambers only by claiming it (a joint meeting);
superusers and scripts choose freely.
"""

from __future__ import annotations

from dataclasses import dataclass

from events.models import Chamber
from events.services.permissions import ServiceRefused, check_chamber, user_chambers


@dataclass(frozen=True)
class Routing:
    chamber: Chamber
    # The chamber the article names, when it is not one of the importing editor's: the draft
    # went to its editors and the importer no longer sees it.
    routed_to: Chamber | None = None
    claimed: bool = False


def named_chamber(slug: str | None) -> Chamber | None:
    return Chamber.objects.filter(slug=slug).first() if slug else None


def route_article(
    *,
    user,
    named: Chamber | None,
    chosen: Chamber | None = None,
    claim: bool = False,
    default: Chamber | None = None,
) -> Routing:
    """The chamber of a new draft.

    `chosen` is the chamber picked in the import form or on the command line; `default` the
    chamber to use when the article names none (a feed's chamber); `claim` keeps the draft for
    `chosen` even when the article names another chamber.
    """
    free = user is None or user.is_superuser
    if free:
        chamber = chosen or named or default
        if chamber is None:
            raise _no_chamber()
        return Routing(chamber=chamber, claimed=bool(claim and chosen))
    own = user_chambers(user)
    if claim:
        chamber = chosen or _only(own)
        if chamber is None:
            raise ServiceRefused(
                "اختر الغرفة التي تنسب إليها هذا اللقاء المشترك.", code="no_chamber"
            )
        check_chamber(user, chamber)
        return Routing(chamber=chamber, claimed=True)
    if named is not None:
        if own.filter(pk=named.pk).exists():
            return Routing(chamber=named)
        return Routing(chamber=named, routed_to=named)
    chamber = chosen or default or _only(own)
    if chamber is None:
        raise _no_chamber()
    check_chamber(user, chamber)
    return Routing(chamber=chamber)


def routed_message(chamber: Chamber) -> str:
    """What the importer is told when the draft went to another chamber's editors."""
    return (
        f"هذا المقال عن لقاء «{chamber.name_ar}»، وهي ليست من غرفك: أُحيلت المسودة إلى "
        "محرري تلك الغرفة ليراجعوها. إن كان اللقاء مشتركاً مع إحدى غرفك فاستورده من جديد "
        "مع اختيار «لقاء مشترك: أنسبه إلى غرفتي»."
    )


def _only(queryset) -> Chamber | None:
    chambers = list(queryset[:2])
    return chambers[0] if len(chambers) == 1 else None


def _no_chamber() -> ServiceRefused:
    return ServiceRefused(
        "لم يُعرف من نص المقال أي غرفة نظّمت اللقاء: اختر الغرفة في النموذج.", code="no_chamber"
    )
