import pytest

from events.extraction.chambers import find_chambers
from events.extraction.document import Document
from events.extraction.people import find_people
from events.extraction.places import find_places, place_ends


def people(gazetteer, text):
    doc = Document(text)
    found = find_people(doc, place_ends(find_places(doc, gazetteer)), find_chambers(doc, gazetteer))
    return [(p.value.name, p.value.role) for p in found]


CASES = [
    (
        "title-role",
        "ترأس السيد بدر الدين اوخيار نائب مقرر الغرفة، يوم",
        [("بدر الدين اوخيار", "نائب مقرر الغرفة")],
    ),
    (
        "comma-role",
        "أكد السيد سمير سراج، رئيس جمعية القطاع التعاوني بالمغرب الشرقي، على",
        [("سمير سراج", "رئيس جمعية القطاع التعاوني بالمغرب الشرقي")],
    ),
    (
        "an-role",
        "مثل السيد عثمان الحجام عن قسم التتبع والتقييم وكالة التعاون البلجيكي",
        [("عثمان الحجام", "قسم التتبع والتقييم")],
    ),
    (
        "role-before",
        "ونائب رئيس مجلس الجهة المكلفة بإنعاش الاقتصاد الاجتماعي والتضامني خديجة حجوبي، ورئيس",
        [("خديجة حجوبي", "نائب رئيس مجلس الجهة المكلفة بإنعاش الاقتصاد الاجتماعي والتضامني")],
    ),
    (
        "chamber-shortened",
        "أفاد؛ أمين مال مكتب غرفة التجارة والصناعة والخدمات لجهة الدار البيضاء سطات، عبد الرحيم الزكراني؛ أن",  # noqa: E501
        [("عبد الرحيم الزكراني", "أمين مال مكتب الغرفة")],
    ),
    ("king-skipped", "التي يشمل بها جلالة الملك محمد السادس نصره الله", []),
    (
        "surname-again",
        "السيدة خديجة حجوبي، رئيسة اللجنة. وأعربت السيدة حجوبي في",
        [("خديجة حجوبي", "رئيسة اللجنة")],
    ),
    ("role-only", "من خلال العرض الذي قدمه السيد المدير الجهوي", []),
    (
        "untitled-long-name",
        "وأوضح أحمد سالم ولد بوه، رئيس جمعية البحارة، أن",
        [("أحمد سالم ولد بوه", "رئيس جمعية البحارة")],
    ),
    (
        "first-name-also-a-role-word",
        "وقدمت السيدة أمينة بلقاضي، منسقة المشروع، عرضا",
        [("أمينة بلقاضي", "منسقة المشروع")],
    ),
    (
        "role-before-title",
        "حسب ما صرح به مدير الوكالة، السيد كريم التازي، فإن",
        [("كريم التازي", "مدير الوكالة")],
    ),
    (
        "listed-role-is-not-the-next-one",
        "بحضور السيد هشام العمراني، عامل الإقليم، والسيد نبيل القادري",
        [("هشام العمراني", "عامل الإقليم"), ("نبيل القادري", "")],
    ),
    (
        "in-charge-of",
        "قدمت السيدة سناء الفاسي، المكلفة بالتواصل بالوكالة، عرضا",
        [("سناء الفاسي", "المكلفة بالتواصل بالوكالة")],
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_people(gazetteer, text, expected):
    assert people(gazetteer, text) == expected
