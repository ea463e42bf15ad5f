import pytest
from django.contrib.auth.models import Group

from events.models import Chamber
from tests.factories import make_meeting, make_user


def make_editor(*chamber_slugs, username=None):
    user = make_user(
        username=username, chambers=list(Chamber.objects.filter(slug__in=chamber_slugs))
    )
    user.groups.add(Group.objects.get(name="editors"))
    return user


@pytest.fixture
def oriental_editor(db):
    return make_editor("ccis-oriental", username="oriental")


@pytest.fixture
def meetings(db):
    """One draft and one published meeting in the Oriental, one draft in Fès-Meknès."""
    return {
        "oriental_draft": make_meeting(title="لقاء جهوي لدعم التعاونيات بوجدة", status="draft"),
        "oriental_published": make_meeting(title="يوم دراسي حول التصدير بالناظور"),
        "fes_draft": make_meeting(
            title="لقاء تواصلي حول الاقتصاد الاجتماعي بفاس",
            chamber="artisanat-fes-meknes",
            status="draft",
        ),
    }


def inline_management(prefix: str, total: int = 0) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(total),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
