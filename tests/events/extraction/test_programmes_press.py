"""Programmes, plans, funds and projects as real press names them: invented articles, each
showing a phenomenon measured on real ones (issue 17)."""

import pytest

from events.arabic import normalise
from events.extraction.extract import extract


def _programmes(gazetteer, text):
    names = extract(text, gazetteer).as_contract("t.txt")["programmes"]
    return [normalise(name) for name in names]


def test_a_misspelt_strategy(gazetteer):
    text = (
        "تدارس أعضاء غرفة الصناعة التقليدية لجهة الشرق، يوم الاثنين 3 مارس 2025، سبل تنزيل "
        "الاستراتجية الوطنية لتنمية قطاع الصناعة التقليدية 2025/2035 بالجهة."
    )
    assert normalise("الاستراتجية الوطنية لتنمية قطاع الصناعة التقليدية") in _programmes(
        gazetteer, text
    )


def test_a_national_undertaking_and_workshops(gazetteer):
    text = (
        "نظمت الغرفة الفلاحية لجهة الشرق، يوم الخميس 6 مارس 2025، لقاء تواصليا حول مستجدات ورش "
        "الحماية الاجتماعية لفائدة الفلاحين، تلته ورش عمل حول التأمين الفلاحي."
    )
    found = _programmes(gazetteer, text)
    assert normalise("ورش الحماية الاجتماعية") in found
    assert not any("عمل" in name for name in found)


def test_a_fund_and_a_body_called_a_fund(gazetteer):
    text = (
        "قدم ممثل الغرفة الفلاحية لجهة الشرق، يوم الثلاثاء 4 مارس 2025، التحفيزات التي يخولها "
        "صندوق التنمية الفلاحية، بحضور ممثل صندوق الإيداع والتدبير."
    )
    found = _programmes(gazetteer, text)
    assert normalise("صندوق التنمية الفلاحية") in found
    assert not any("الايداع" in name for name in found)


def test_the_chambers_own_work_programme_without_its_year(gazetteer):
    text = (
        "صادقت غرفة الصيد البحري الأطلسية الشمالية، يوم الجمعة 20 دجنبر 2024، على ميزانية "
        "وبرنامج عمل غرفة الصيد البحري الأطلسية الشمالية لسنة 2025."
    )
    assert normalise("برنامج عمل غرفة الصيد البحري الأطلسية الشمالية") in _programmes(
        gazetteer, text
    )


def test_a_project_ends_before_a_place_spoken_of_in_general(gazetteer):
    text = (
        "عقدت الغرفة الفلاحية لجهة الشرق، يوم الأربعاء 5 مارس 2025، لقاء للتعريف بمشروع غرس "
        "اللوز بالمنطقة وتحسيس الفلاحين بأهميته."
    )
    assert normalise("غرس اللوز") in _programmes(gazetteer, text)


def test_a_new_generation_of_programmes(gazetteer):
    text = (
        "أكد رئيس غرفة التجارة والصناعة والخدمات لجهة الشرق، خلال الدورة العادية يوم الثلاثاء "
        "7 أكتوبر 2025، انخراط الغرفة في الإعداد للجيل الجديد من برامج التنمية المندمجة."
    )
    assert normalise("الجيل الجديد من برامج التنمية المندمجة") in _programmes(gazetteer, text)


def test_a_project_of_two_nouns(gazetteer):
    text = (
        "قدم نائب رئيس غرفة التجارة والصناعة والخدمات لجهة الشرق، يوم الاثنين 2 يونيو 2025، "
        "عرضا حول مراحل إنجاز مشروع تأهيل وتهيئة الشارع التجاري لحي السلام ببركان."
    )
    found = _programmes(gazetteer, text)
    assert any(name.startswith(normalise("تاهيل وتهيئه الشارع التجاري")) for name in found)


def test_plural_plans_are_a_name_with_their_period_only(gazetteer):
    text = (
        "ناقشت غرفة التجارة والصناعة والخدمات لجهة الشرق، يوم الخميس 30 أكتوبر 2025، الخطط "
        "القطاعية للفترة 2026–2030، وعرضت البرامج التنموية للغرفة."
    )
    found = _programmes(gazetteer, text)
    assert normalise("الخطط القطاعية للفترة") in found
    assert not any("التنمويه" in name for name in found)


def test_the_series_a_fair_is_held_within(gazetteer):
    text = (
        "افتتح يوم الجمعة 18 يوليوز 2025 بوجدة المعرض الجهوي للصناعة التقليدية، ويندرج هذا "
        "المعرض في إطار الدورة الرابعة للأسبوع الجهوي للمنتوج المحلي الذي تنظمه الغرفة."
    )
    assert normalise("الاسبوع الجهوي للمنتوج المحلي") in _programmes(gazetteer, text)


def test_a_name_cut_by_the_end_of_an_excerpt_is_left_out(gazetteer):
    text = (
        "ناقشت الغرفة الفلاحية لجهة الشرق، يوم الثلاثاء 4 مارس 2025، إكراهات تنزيل البرنامج "
        "الوطني لتثمين"
    )
    assert _programmes(gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "بمناسبة الذكرى العشرين لانطلاق المبادرة الوطنية للتنمية البشرية، نظمت الغرفة "
            "الفلاحية لجهة الشرق يوم الأربعاء 21 ماي 2025 يوما دراسيا ببركان.",
            False,
        ),
        (
            "نظمت الغرفة الفلاحية لجهة الشرق معرضا بجرادة شاركت فيه تعاونيات استفادت من دعم "
            "المبادرة الوطنية للتنمية البشرية.",
            False,
        ),
        (
            "نظمت غرفة الصناعة التقليدية لجهة الشرق دورة تكوينية لفائدة النساجات بشراكة مع "
            "المبادرة الوطنية للتنمية البشرية بتاوريرت.",
            True,
        ),
    ],
    ids=["occasion", "beneficiaries-supported", "co-organiser"],
)
def test_the_national_initiative_is_a_partner_only_when_it_takes_part(gazetteer, text, partner):
    """ANNOTATION.md: the INDH co-organising, signing or funding is a partner; named as an
    occasion, a frame or the support others received, it is a programme. Never both."""
    answer = extract(text, gazetteer).as_contract("t.txt")
    name = normalise("المبادرة الوطنية للتنمية البشرية")
    as_partner = name in [normalise(p) for p in answer["partners"]]
    as_programme = name in [normalise(p) for p in answer["programmes"]]
    assert (as_partner, as_programme) == (partner, not partner)


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الرئيس انخراط الغرفة في الورش الملكي الطموح، تنفيذا للمبادرة الملكية السامية.",
        "وعرض المدير إستراتيجية الغرفة والبرنامج المستقبلي للغرفة وبرنامج المنتدى.",
        "وصادق الأعضاء على مشروع ميزانيتي التسيير والاستثمار للسنة المالية المقبلة.",
        "واعتبر المتدخلون المشروع بمثابة مشروع مهيكل للقطاع الفلاحي بالجهة.",
        "وينتظر الحرفيون تسطير برنامج الأنشطة المزمع تنظيمها خلال السنة، وفق المخطط الجهوي.",
    ],
    ids=["epithets", "owner-only", "budgets", "described-project", "agenda-and-level"],
)
def test_a_programme_described_or_owned_is_not_named(gazetteer, text):
    """Real press describes programmes (الورش الملكي الطموح) and names a chamber's own plans by
    their owner (إستراتيجية الغرفة): neither is a programme's name."""
    assert _programmes(gazetteer, "نظمت الغرفة الفلاحية لجهة الشرق لقاء ببركان. " + text) == []


def test_a_plan_with_a_content_word_is_still_named(gazetteer):
    text = (
        "نظمت الغرفة الفلاحية لجهة الشرق لقاء ببركان، عرض خلاله المخطط الفلاحي الجهوي والبرنامج "
        "الاستراتيجي للغرفة."
    )
    found = _programmes(gazetteer, text)
    assert normalise("المخطط الفلاحي الجهوي") in found
    assert normalise("البرنامج الاستراتيجي للغرفه") in found
