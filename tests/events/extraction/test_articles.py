"""Articles written for the tests: other regions, chamber kinds, month and digit families."""

import datetime
from pathlib import Path

import pytest

from events.arabic import normalise
from events.extraction.extract import extract

ARTICLES = Path(__file__).parent / "articles"

EXPECTED = {
    "a01_agadir_artisanat.txt": dict(
        date="2024-05-15",
        region="souss-massa",
        chamber="artisanat-souss-massa",
        city="أكادير",
        venue="مقر الغرفة بأكادير",
        kind="يوم دراسي",
        participants=120,
        partners=["المديرية الجهوية للصناعة التقليدية والاقتصاد الاجتماعي", "دار الصانع"],
        programmes=["مؤازرة"],
    ),
    "a02_benimellal_agriculture.txt": dict(
        date="2024-03-14",
        region="beni-mellal-khenifra",
        chamber="agriculture-beni-mellal-khenifra",
        city="الفقيه بن صالح",
        kind="ورشة عمل",
        partners=["المكتب الوطني للاستشارة الفلاحية"],
        programmes=["استراتيجية الجيل الأخضر"],
        other_dates=["2024-04-30"],
    ),
    "a03_dakhla_peche.txt": dict(
        date="2024-10-08",
        region="dakhla-oued-ed-dahab",
        chamber="peche-atlantique-sud",
        city="الداخلة",
        kind="الدورة العادية",
        partners=["المكتب الوطني للصيد"],
        people=[{"name": "محمد الأمين حرمة الله", "role": "رئيس الغرفة"}],
    ),
    "a04_nador_annex.txt": dict(
        date="2024-06-08",
        region="oriental",
        chamber="ccis-oriental",
        city="الناظور",
        venue="مقر ملحقة الغرفة بالناظور",
        kind="لقاء تحسيسي",
        partners=["الوكالة الوطنية لإنعاش التشغيل والكفاءات"],
        programmes=["انطلاقة"],
    ),
    "a05_kenitra_weekday_mismatch.txt": dict(
        date="2024-02-12",
        region="rabat-sale-kenitra",
        chamber="ccis-rabat-sale-kenitra",
        city="القنيطرة",
        kind="ندوة",
        participants=60,
    ),
    "a06_agadir_no_date.txt": dict(
        date=None,
        region="souss-massa",
        chamber="ccis-souss-massa",
        city="أكادير",
        kind="جلسة عمل",
        partners=["مجلس جهة سوس ماسة"],
        people=[],
        programmes=["برنامج التنمية الجهوية"],
    ),
    "a07_eljadida_relative.txt": dict(
        date="2024-03-14",
        region="casablanca-settat",
        chamber="ccis-casablanca-settat",
        city="الجديدة",
        kind="منتدى جهوي للمقاولات الناشئة",
        participants=200,
        partners=["المركز الجهوي للاستثمار لجهة الدار البيضاء سطات", "جامعة شعيب الدكالي"],
    ),
}
REFERENCE = {
    "a03_dakhla_peche.txt": datetime.date(2024, 10, 9),
    "a07_eljadida_relative.txt": datetime.date(2024, 3, 20),
}
CASES = [
    (name, field, value) for name, fields in EXPECTED.items() for field, value in fields.items()
]


@pytest.fixture(scope="module")
def answers(gazetteer):
    return {
        name: extract(
            (ARTICLES / name).read_text(encoding="utf-8"),
            gazetteer,
            reference_date=REFERENCE.get(name),
        ).as_contract(name)
        for name in EXPECTED
    }


@pytest.mark.parametrize("name,field,value", CASES, ids=[f"{n[:3]}-{f}" for n, f, _ in CASES])
def test_article_field(answers, name, field, value):
    got = answers[name][field]
    if field in ("partners", "programmes"):
        have = {normalise(g) for g in got}
        assert [v for v in value if normalise(v) not in have] == []
    elif isinstance(value, str) and field not in ("date", "region", "chamber"):
        assert normalise(got or "") == normalise(value)
    else:
        assert got == value


def test_weekday_mismatch_is_a_warning(answers):
    assert answers["a05_kenitra_weekday_mismatch.txt"]["warnings"] == [
        "weekday mismatch: the text says الثلاثاء but 2024-02-12 is a الاثنين"
    ]


def test_relative_date_needs_a_reference_date(gazetteer):
    text = (ARTICLES / "a03_dakhla_peche.txt").read_text(encoding="utf-8")
    result = extract(text, gazetteer)
    assert (result.date.value, len(result.warnings)) == (None, 1)
