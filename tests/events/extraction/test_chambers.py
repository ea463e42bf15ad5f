import pytest

from events.extraction.chambers import chamber_regions, choose_chamber, find_chambers
from events.extraction.cities import choose_region
from events.extraction.document import Document
from events.extraction.places import find_places

CASES = [
    (
        "full",
        "غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة",
        "ccis-tanger-tetouan-al-hoceima",
    ),
    ("short-region", "غرفة التجارة والصناعة والخدمات للشرق بوجدة", "ccis-oriental"),
    ("short-name", "عقدت غرفة التجارة لسوس ماسة جلسة عمل", "ccis-souss-massa"),
    ("annex", "ملحقة الغرفة بآسفي", "ccis-marrakech-safi"),
    (
        "annex-with-kind",
        "نظمت غرفة الصناعة التقليدية بملحقة الغرفة بآسفي لقاء",
        "artisanat-marrakech-safi",
    ),
    (
        "crafts-from-region",
        "بجهة فاس مكناس، وغرفة الصناعة التقليدية، انعقد لقاء",
        "artisanat-fes-meknes",
    ),
    ("agriculture", "الغرفة الفلاحية لجهة بني ملال خنيفرة", "agriculture-beni-mellal-khenifra"),
    (
        "agriculture-regional",
        "الغرفة الجهوية للفلاحة بجهة درعة تافيلالت",
        "agriculture-draa-tafilalet",
    ),
    ("fishing-coast", "غرفة الصيد البحري المتوسطية بطنجة", "peche-mediterranee"),
    ("fishing-from-region", "غرفة الصيد البحري بأكادير", "peche-atlantique-centre"),
    (
        # The Mediterranean chamber's coast word wins over a later الشمالية.
        "fishing-mediterranean-north",
        "عقدت غرفة الصيد البحري المتوسطية الشمالية دورتها العادية",
        "peche-mediterranee",
    ),
    (
        "casablanca-short",
        "غرفة التجارة والصناعة والخدمات لجهة الدار البيضاء",
        "ccis-casablanca-settat",
    ),
    ("none", "انعقد لقاء بمقر العمالة", None),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_chamber(gazetteer, text, expected):
    doc = Document(text)
    mentions = find_chambers(doc, gazetteer)
    region = choose_region(find_places(doc, gazetteer), gazetteer, chamber_regions(mentions))
    assert choose_chamber(doc, mentions, region.value, gazetteer).value == expected
