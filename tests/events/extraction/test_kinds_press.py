"""Kinds of meeting as real press writes them: invented sentences, each showing a phenomenon
measured on real articles (issue 17)."""

import pytest

from events.extraction.extract import extract


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "عقدت غرفة الصناعة التقليدية لجهة الشرق دورتها العادية الثانية برسم سنة 2024 بوجدة، "
            "وأشار الوالي إلى أهمية القطاع و دوره التنموي بالنسبة للاقتصاد الوطني.",
            "الدورة العادية الثانية",
        ),
        (
            "عقدت غرفة التجارة والصناعة والخدمات لجهة الشرق، يوم الخميس 5 فبراير 2026، دورتها "
            "العادية الأولى للجمعية العامة بمقر الغرفة بوجدة.",
            "الدورة العادية الأولى للجمعية العامة",
        ),
        (
            "افتتح رئيس غرفة التجارة والصناعة والخدمات لجهة الشرق أشغال الدورة الثانية للغرفة، "
            "وذكر بتنظيم النسخة الرابعة من المنتدى الاقتصادي للجهة.",
            "الدورة الثانية",
        ),
        (
            "عقدت الجمعية العامة لغرفة التجارة والصناعة والخدمات لجهة الشرق دورة مارس العادية "
            "برسم السنة الجارية بمدينة بركان.",
            "دورة مارس العادية",
        ),
        (
            "تحتضن مدينة وجدة في 14 نونبر الجاري الجمع العام العادي الثاني لجامعة الغرف، وسيتم "
            "بموازاة مع هذا اللقاء تنظيم منتدى دولي يومي 14 و 15 نونبر الجاري.",
            "الجمع العام العادي الثاني",
        ),
        (
            "أعلنت غرفة التجارة والصناعة والخدمات لجهة الشرق أنها ستعقد جمعها العام العادي يوم "
            "الخميس 30 أكتوبر الجاري بمقرها بوجدة، وسيتضمن جدول أعمال هذا الاجتماع عدة نقاط.",
            "الجمع العام العادي",
        ),
    ],
    ids=["its-role", "assembly", "ordinal", "month", "days-of", "general-assembly"],
)
def test_kind_phrase(gazetteer, text, kind):
    assert extract(text, gazetteer).as_contract("t.txt")["kind"] == kind


def test_a_forum_on_two_days_is_no_daily_forum(gazetteer):
    text = "تنظم غرفة التجارة والصناعة والخدمات للشرق منتدى دوليا يومي 3 و 4 مارس 2026 بوجدة."
    assert extract(text, gazetteer).as_contract("t.txt")["kind"] == "منتدى دولي"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "انطلقت بجماعة تاغجيجت فعاليات الدورة الثانية من معرض الصناعة التقليدية الذي تنظمه "
            "غرفة الصناعة التقليدية لجهة كلميم واد نون.",
            "معرض الصناعة التقليدية",
        ),
        (
            "وقعت غرفة الصيد البحري المتوسطية برواقها بمعرض أليوتيس على اتفاقية إطار مع جمعية "
            "البحارة، وجرى توقيع اتفاقية شراكة بحضور رئيس الغرفة.",
            "توقيع اتفاقية شراكة",
        ),
        (
            "عقدت الغرفة الفلاحية لجهة درعة تافيلالت دورتها الاولى للجمعية العامة برسم سنة 2023.",
            "الدورة الأولى للجمعية العامة",
        ),
    ],
    ids=["edition-of-a-fair", "signing-at-a-fair", "ordinal-session"],
)
def test_editions_and_signings(gazetteer, text, kind):
    assert extract(text, gazetteer).as_contract("t.txt")["kind"] == kind


def test_a_label_in_quotes_and_a_draft_that_is_no_project(gazetteer):
    text = (
        "احتضنت مدينة وجدة يوم الجمعة 6 مارس 2026 لقاء تشاوريا لغرفة التجارة والصناعة والخدمات "
        "لجهة الشرق، أكد خلاله الرئيس أن علامة «صنع في المغرب» باتت واقعا. وصادق الأعضاء على "
        "مشروع محضر الدورة السابقة."
    )
    programmes = extract(text, gazetteer).as_contract("t.txt")["programmes"]
    assert "صنع في المغرب" in programmes
    assert not any("محضر" in p for p in programmes)


def test_an_inauguration_is_a_ceremony_but_opening_a_session_is_not(gazetteer):
    opening = extract(
        "جرى يوم الخميس 12 مارس 2026 بمدينة الناظور تدشين المقر الجديد لغرفة الصناعة التقليدية "
        "لجهة الشرق، بحضور عامل الإقليم.",
        gazetteer,
    ).as_contract("t.txt")
    assert opening["kind"] == "تدشين المقر"
    session = extract(
        "جرى يوم الخميس 12 مارس 2026 بمدينة الناظور افتتاح أشغال الدورة العادية لغرفة الصناعة "
        "التقليدية لجهة الشرق.",
        gazetteer,
    ).as_contract("t.txt")
    assert session["kind"] == "الدورة العادية"
    from events.categories import categorise

    assert categorise(opening["kind"]) == "ceremony"


def test_a_signing_is_the_meeting_even_within_a_working_session(gazetteer):
    answer = extract(
        "شهد مقر غرفة الصيد البحري المتوسطية بطنجة، يوم الاثنين 9 مارس 2026، توقيع اتفاقية "
        "شراكة بين الغرفة وجمعية تجار السمك بالمضيق، وذلك خلال جلسة عمل حضرها أعضاء المكتب.",
        gazetteer,
    ).as_contract("t.txt")
    assert answer["kind"].startswith("توقيع اتفاقية")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "افتتح عامل الإقليم يوم السبت 4 أبريل 2026 بوجدة المعرض الجهوي للصناعة التقليدية "
            "المنظم من طرف غرفة الصناعة التقليدية لجهة الشرق.",
            "المعرض الجهوي للصناعة التقليدية",
        ),
        (
            "تنظم الغرفة الفلاحية لجهة الشرق معرضا إقليميا للمنتوجات المجالية والمحلية ببركان.",
            "معرض إقليمي للمنتوجات المجالية والمحلية",
        ),
        (
            "احتضنت مدينة طنجة منتدى الأعمال المغربي البرتغالي بمبادرة من غرفة التجارة والصناعة "
            "والخدمات لجهة طنجة تطوان الحسيمة.",
            "منتدى الأعمال المغربي البرتغالي",
        ),
        (
            "نظمت الغرفة الفلاحية لجهة سوس ماسة المناظرة الجهوية الثانية حول الماء بأكادير.",
            "المناظرة الجهوية الثانية",
        ),
        (
            "نظمت غرفة الصناعة التقليدية لجهة الشرق معرضا للتعريف بمنتوجات الصناع بجرادة.",
            "معرض",
        ),
        (
            "نظمت الغرفة الفلاحية لجهة الشرق أياما تحسيسية لفلاحي المنطقة ببركان.",
            "أيام تحسيسية",
        ),
    ],
    ids=["fair-name", "fair-of-products", "forum-construct", "edition", "purpose", "genitive"],
)
def test_an_event_keeps_its_name(gazetteer, text, kind):
    """A fair, forum or conference is named in full after its noun (issue 17: the kind was
    shorter than the article's); a purpose (للتعريف ب…) or a genitive noun is no part of it."""
    assert extract(text, gazetteer).as_contract("t.txt")["kind"] == kind
