"""Five published meetings shaped like the seed articles (fixtures/seeds), plus one draft.

Built with the factories so that these tests do not depend on the importer (load_demo).
"""

from __future__ import annotations

import datetime

from events.models import Partner, Programme
from events.writes import meetings_write
from tests.factories import make_meeting, make_programme

ORIENTAL_TITLE = (
    "غرفة التجارة والصناعة والخدمات للشرق تستضيف لقاءً جهوياً لدعم التعاونيات"
    " في إطار برنامج التنمية المحلية المندمجة"
)


def _partners(**roles: str) -> dict[Partner, str]:
    return {Partner.objects.get(slug=slug.replace("_", "-")): role for slug, role in roles.items()}


def demo_meetings() -> dict[str, object]:
    # One write for them all, as a service would make it.
    with meetings_write():
        return _demo_meetings()


def _demo_meetings() -> dict[str, object]:
    incubator = make_programme(name_ar="حاضنة المقاولات", slug="hadinat-al-moukawalat")
    delio = Programme.objects.get(slug="delio")
    meetings = {
        "tanger": make_meeting(
            title="اجتماع تنسيقي حول مشروع حاضنة المقاولات بإقليم الحسيمة",
            slug="ijtimaa-tansiqi-al-hoceima",
            chamber="ccis-tanger-tetouan-al-hoceima",
            city="الحسيمة",
            date=datetime.date(2024, 2, 2),
            kind="اجتماع تنسيقي",
            venue="مقر ملحقة الغرفة بالحسيمة",
            partners=_partners(enabel="co_organiser", apefe="participant", wbi="funder"),
            programmes=[incubator],
            body="انعقد اجتماع تنسيقي بمقر ملحقة الغرفة بالحسيمة.",
        ),
        "casablanca": make_meeting(
            title="الزكراني يستعرض محاور اللقاء الموسع لمكتب الغرفة ورؤساء اللجان",
            slug="al-liqaa-al-mouwassaa",
            chamber="ccis-casablanca-settat",
            date=None,
            kind="اجتماع موسع",
        ),
        "oriental": make_meeting(
            title=ORIENTAL_TITLE,
            slug="liqaa-jihawi-taawuniyat",
            chamber="ccis-oriental",
            city="وجدة",
            date=datetime.date(2025, 9, 23),
            time=datetime.time(11, 0),
            kind="لقاء جهوي",
            participants=80,
            partners=_partners(agence_oriental="organiser", odco="participant", pnud="funder"),
            programmes=[delio],
            summary="لقاء جهوي لدعم التعاونيات بوجدة.",
        ),
        "marrakech": make_meeting(
            title="لقاء تواصلي حول الإستراتيجية الوطنية للمقاولات الصغيرة جدا بآسفي",
            slug="liqaa-tawasouli-safi",
            chamber="ccis-marrakech-safi",
            city="آسفي",
            date=datetime.date(2024, 10, 3),
            kind="لقاء تواصلي",
            partners=_partners(cri_marrakech_safi="co_organiser", enabel="participant"),
        ),
        "fes": make_meeting(
            title="خديجة حجوبي تعرض حصيلة تدخلات مجلس جهة فاس مكناس",
            slug="hassilat-majlis-fes-meknes",
            chamber="artisanat-fes-meknes",
            city="فاس",
            date=None,
            kind="لقاء تواصلي وتكويني",
            partners=_partners(conseil_fes_meknes="organiser", wilaya_fes_meknes="participant"),
            programmes=[Programme.objects.get(slug="mouazara")],
        ),
        "draft": make_meeting(
            title="مسودة لقاء لم ينشر",
            slug="draft",
            chamber="ccis-oriental",
            date=datetime.date(2024, 5, 5),
            status="draft",
        ),
    }
    return meetings
