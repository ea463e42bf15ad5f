import pytest

from events.extraction.chambers import chamber_regions, find_chambers
from events.extraction.document import Document
from events.extraction.places import choose_city, choose_region, find_places, find_venue

REGIONS = [
    ("hyphen", "غرفة التجارة لجهة مراكش-آسفي", "marrakech-safi"),
    ("short-casablanca", "نظمت الغرفة لقاء بجهة الدار البيضاء", "casablanca-settat"),
    ("oriental-adjective", "في أقاليم الجهة الشرقية", "oriental"),
    ("oriental-maghreb", "جمعية القطاع التعاوني بالمغرب الشرقي", "oriental"),
    ("city-only", "انعقد اللقاء بوجدة", "oriental"),
    ("clitic-city", "وبالحسيمة", "tanger-tetouan-al-hoceima"),
    ("variant-spelling", "لقاء بالناظور", "oriental"),
    ("alef-variant", "لقاء باكادير", "souss-massa"),
    ("weak-word-alone", "الشرق الأوسط", None),
    ("common-word", "مشاريع جديدة والمشاريع الجديدة", None),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in REGIONS], ids=[c[0] for c in REGIONS])
def test_region(gazetteer, text, expected):
    doc = Document(text)
    region = choose_region(
        find_places(doc, gazetteer), gazetteer, chamber_regions(find_chambers(doc, gazetteer))
    )
    assert region.value == expected


CITIES = [
    ("ambiguous-with-cue", "احتضنت مدينة الجديدة لقاء", "casablanca-settat", "الجديدة"),
    ("programme-place-not-city", "مشروع مركز الأعمال بالمحمدية", "casablanca-settat", None),
    (
        "most-mentioned",
        "لقاء بآسفي، ومركز الإستثمار بآسفي، بمدينتي آسفي واليوسفية",
        "marrakech-safi",
        "آسفي",
    ),
]


@pytest.mark.parametrize(
    "text,region,expected", [c[1:] for c in CITIES], ids=[c[0] for c in CITIES]
)
def test_city(gazetteer, text, region, expected):
    from events.extraction.places import place_ends
    from events.extraction.programmes import find_programmes

    doc = Document(text)
    places = find_places(doc, gazetteer)
    _, spans = find_programmes(doc, gazetteer, place_ends(places), [])
    city, _ = choose_city(doc, places, gazetteer, region, excluded=spans, venue_tokens=None)
    assert city.value == expected


VENUES = [
    (
        "headquarters",
        "اجتماعا تنسيقيا بمقر ملحقة الغرفة بالحسيمة، جمع",
        "مقر ملحقة الغرفة بالحسيمة",
    ),
    (
        "linking-word",
        "في قصر المؤتمرات المتواجد بمجمع الصناع التقليديين، وتحويله",
        "قصر المؤتمرات بمجمع الصناع التقليديين",
    ),
    ("hall", "نظم لقاء بقاعة الاجتماعات بولاية الجهة يوم", "قاعة الاجتماعات بولاية الجهة"),
    ("not-a-venue", "بكل من مقر الغرفة المركزي والملحقات", None),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in VENUES], ids=[c[0] for c in VENUES])
def test_venue(gazetteer, text, expected):
    doc = Document(text)
    venue, _ = find_venue(doc, find_places(doc, gazetteer))
    assert venue.value == expected
