"""Failure kinds found by reading the extractor's output on a scan of further real articles
(issue 17, docs/extraction.md): each article here is invented and shows one of them."""

import pytest

from events.arabic import normalise
from events.extraction.extract import extract


def _answer(gazetteer, text):
    return extract(text, gazetteer).as_contract("t.txt")


def _norm(names):
    return [normalise(n) for n in names]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "وقعت غرفة التجارة والصناعة والخدمات لجهة الشرق، يوم الثلاثاء 3 مارس 2026 بمدريد، "
            "اتفاقيتي تعاون مع غرفة مدريد.",
            "توقيع اتفاقيتي تعاون",
        ),
        (
            "أبرمت الغرفة الفلاحية لجهة الشرق يوم الخميس 5 مارس 2026 ببركان اتفاقيات شراكة مع "
            "جماعات قروية لتوزيع آليات فلاحية.",
            "توقيع اتفاقيات شراكة",
        ),
        (
            "احتضنت وجدة يوم الأربعاء 4 مارس 2026 الملتقى الجهوي للمصدرين، وعلى هامش هذا الملتقى "
            "جرى توقيع اتفاقية شراكة بين الغرفة والوكالة.",
            "الملتقى الجهوي للمصدرين",
        ),
        (
            "انعقدت يوم الجمعة 6 مارس 2026 بوجدة أشغال الجمعية العامة العادية للغرفة الفلاحية "
            "لجهة الشرق.",
            "الجمعية العامة العادية",
        ),
        (
            "عقدت غرفة الصناعة التقليدية لجهة الشرق دورتها العادية بوجدة، وتابع أعضاء الجمعية "
            "العامة لغرفة الصناعة التقليدية عرضا حول أنشطتها.",
            "الدورة العادية",
        ),
    ],
    ids=["signed-dual", "concluded", "signing-on-the-sidelines", "assembly-qualified", "organ"],
)
def test_kinds(gazetteer, text, kind):
    assert _answer(gazetteer, text)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "نظمت غرفة الصيد البحري الأطلسية الشمالية لقاء بالدار البيضاء حضره مهنيون ومهتمون "
            "بقطاع الصيد البحري.",
            "قطاع الصيد البحري",
        ),
        (
            "تسلم رئيس غرفة الصيد البحري الأطلسية الوسطى درعا من يد والي جهة سوس ماسة بأكادير.",
            "جهة سوس ماسة",
        ),
        (
            "صادق أعضاء الجمعية العمومية لغرفة الصناعة التقليدية لجهة الشرق على الميزانية بوجدة.",
            "الجمعية العمومية",
        ),
        (
            "تدارست الغرفة الفلاحية لجهة الشرق بوجدة المشاريع المنجزة من طرف مصالح وزارة الفلاحة "
            "بالجهة.",
            "وزارة الفلاحة",
        ),
        (
            "صادقت غرفة الصناعة التقليدية لجهة الشرق بوجدة على اتفاقيات مع المديريات الإقليمية "
            "لوزارة التربية الوطنية بشأن محاربة الأمية.",
            "وزارة التربية الوطنية",
        ),
        (
            "شاركت غرفة التجارة والصناعة والخدمات لجهة الشرق في مؤتمر بطنجة مع مشاركة ممثل "
            "وزارة الصناعة والتجارة.",
            "وزارة الصناعة والتجارة",
        ),
    ],
    ids=["sector", "walis-region", "organ", "ministry-services", "generic-plural", "attending"],
)
def test_not_partners(gazetteer, text, absent):
    partners = _norm(_answer(gazetteer, text)["partners"])
    assert not any(normalise(absent) in p for p in partners)


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "وقعت غرفة التجارة والصناعة والخدمات لجهة الشرق بوجدة اتفاقية تعاون مع نظيرتها "
            "الغرفة التجارية الصناعية الإيطالية المغربية.",
            "الغرفة التجارية الصناعية الإيطالية المغربية",
        ),
        (
            "وقعت غرفة التجارة والصناعة والخدمات لجهة الشرق بوجدة اتفاقية تعاون مع غرفة التجارة "
            "والصناعة بالعاصمة تونس.",
            "غرفة التجارة والصناعة بالعاصمة تونس",  # the name runs to its place abroad
        ),
        (
            "تنظم غرفة الصناعة التقليدية لجهة الشرق بوجدة معرضا جهويا بشراكة مع جامعة غرف "
            "الصناعة التقليدية.",
            "جامعة غرف الصناعة التقليدية",
        ),
        (
            "عقدت غرفة الصيد البحري المتوسطية بطنجة دورتها بحضور المدير الجهوي للمعهد الوطني "
            "للبحث في الصيد البحري.",
            "المعهد الوطني للبحث في الصيد البحري",
        ),
    ],
    ids=["counterpart", "chamber-of-a-capital", "federation", "research-in"],
)
def test_partners(gazetteer, text, partner):
    assert normalise(partner) in _norm(_answer(gazetteer, text)["partners"])


def test_a_quote_left_open_by_a_name_is_dropped(gazetteer):
    text = (
        "تنظم غرفة الصناعة التقليدية لجهة الشرق بوجدة معرضا جهويا بشراكة مع جامعة غرف الصناعة "
        "التقليدية ومؤسسة “دار الصانع”."
    )
    partners = _answer(gazetteer, text)["partners"]
    assert any("دار الصانع" in p for p in partners)
    assert not any("“" in p for p in partners)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("وتشمل مجالات التعاون تنظيم الندوات وورش العمل.", "ورش العمل", None),
        ("وناقش المكتب الملفات الاستراتيجية المرتبطة بتأهيل النسيج الاقتصادي.", "تاهيل", None),
        ("وتندرج الزيارة ضمن برنامج موسم العيون السنوي.", "موسم", None),
        ("وصادق المجلس على مشروع اتفاقيات الشراكة ومشروع تعديل اتفاقية التعاون.", "اتفاق", None),
        (
            "وأكد المتدخلون أهمية استراتيجية أليوتيس لضمان تنافسية القطاع.",
            "لضمان",
            normalise("استراتيجية أليوتيس"),
        ),
        (
            "وعرض المدير مشروع التهيئة الهيدرو-فلاحية لسهل تريفة.",
            None,
            normalise("التهيئة الهيدرو-فلاحية لسهل تريفة"),
        ),
    ],
    ids=["workshops", "plural-adjective", "event-programme", "drafts", "purpose", "hyphen"],
)
def test_programmes(gazetteer, text, absent, present):
    programmes = _norm(
        _answer(gazetteer, "نظمت الغرفة الفلاحية لجهة الشرق لقاء بوجدة. " + text)["programmes"]
    )
    if absent:
        assert not any(absent in p for p in programmes)
    if present:
        assert present in programmes


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "عقدت غرفة الصناعة التقليدية لجهة الشرق يوم الجمعة 2 أكتوبر الجاري بوجدة الدورة "
            "العادية لشهر أكتوبر 2020.",
            "2020-10-02",
        ),
        (
            "افتتح يومه الجمعة 16 ماي معرض الصناعة التقليدية بالعيون ضمن برنامج موسم العيون 2025 "
            "الذي تنظمه غرفة الصناعة التقليدية لجهة العيون الساقية الحمراء.",
            "2025-05-16",
        ),
    ],
    ids=["month-and-year", "year-of-an-event-weekday-checked"],
)
def test_the_year_written_elsewhere(gazetteer, text, date):
    assert _answer(gazetteer, text)["date"] == date


@pytest.mark.parametrize(
    ("text", "chamber"),
    [
        (
            "عقدت غرفة الصناعة التقليدية لجهة بني ملالخنيفرة يوم الخميس 26 فبراير 2026 دورتها "
            "العادية.",
            "artisanat-beni-mellal-khenifra",
        ),
        (
            "أكد رئيس غرفة الشرق للفلاحة خلال دورة الغرفة أهمية دعم الكسابة بالجهة.",
            "agriculture-oriental",
        ),
    ],
    ids=["region-glued-by-a-copy", "region-before-kind"],
)
def test_chambers(gazetteer, text, chamber):
    assert _answer(gazetteer, text)["chamber"] == chamber


def test_a_month_to_come_is_no_deadline_for_the_meeting(gazetteer):
    text = (
        "استعدادا لتنظيم الأيام التجارية شهر مارس المقبل، انعقد يوم الجمعة 25 فبراير 2022 "
        "بملحقة غرفة التجارة والصناعة والخدمات بتطوان لقاء مع الجمعيات المهنية."
    )
    assert _answer(gazetteer, text)["date"] == "2022-02-25"


def test_an_event_decided_at_the_meeting_is_not_its_kind(gazetteer):
    answer = _answer(
        gazetteer,
        "عقد مكتب غرفة التجارة والصناعة والخدمات لجهة الشرق اجتماعه يوم الجمعة 6 مارس 2026 "
        "بوجدة، حيث تقرر تنظيم ندوة تشاورية حول التصدير في الشهر المقبل.",
    )
    assert answer["kind"] == "اجتماع"
    assert answer["category"] == "board-meeting"


def test_beneficiaries_of_what_was_handed_over_are_no_partners(gazetteer):
    answer = _answer(
        gazetteer,
        "وقعت الغرفة الفلاحية لجهة الشرق يوم الخميس 5 مارس 2026 ببركان اتفاقيات شراكة مع جماعات "
        "قروية، وقد استفاد من هذه الآليات كل من جماعة تافوغالت، علاوة على تعاونية النور بإقليم "
        "بركان.",
    )
    assert not any("تعاونيه" in _norm([p])[0] for p in answer["partners"])


def test_a_meeting_a_speaker_recalls_as_held_dates_the_article(gazetteer):
    answer = _answer(
        gazetteer,
        "أكد نائب رئيس غرفة التجارة والصناعة والخدمات لجهة الشرق أن اجتماع المكتب المنعقد يوم "
        "الجمعة 6 مارس 2026 بوجدة شكل محطة مهمة لمناقشة برامج الغرفة.",
    )
    assert answer["date"] == "2026-03-06"


def test_a_session_held_earlier_gives_way_to_the_meetings_own_date(gazetteer):
    answer = _answer(
        gazetteer,
        "عقدت الغرفة الفلاحية لجهة الشرق دورتها العادية يوم الخميس 12 مارس 2026 بوجدة، وذكر "
        "الرئيس بالتوصيات التي خرجت بها الدورة المنعقدة يوم 10 دجنبر 2025.",
    )
    assert answer["date"] == "2026-03-12"
