import pytest

from events.extraction.chambers import chamber_regions, find_chambers, served_regions
from events.extraction.cities import choose_city, choose_region
from events.extraction.document import Document
from events.extraction.places import find_places
from events.extraction.venues import find_venue

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
    ("hcp-spelling", "انعقد لقاء بالناضور", "oriental"),
    ("weak-city-with-clitic", "انعقد اللقاء بالعيون", "laayoune-sakia-el-hamra"),
    ("weak-name-without-clitic", "المواد الداخلة في التصنيع", None),
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
    (
        "weak-town-of-the-chambers-region",
        "نظمت الغرفة الفلاحية لجهة الدار البيضاء سطات لقاء بالجديدة",
        "casablanca-settat",
        "الجديدة",
    ),
    (
        "weak-town-of-the-fishing-coast",
        "عقدت غرفة الصيد البحري الأطلسية الجنوبية اجتماعا بالداخلة",
        "dakhla-oued-ed-dahab",
        "الداخلة",
    ),
    ("headline-dateline", "العيون: لقاء حول التشغيل\nنظمت الجمعية لقاء", None, "العيون"),
    ("dash-dateline", "بركان – نظمت الجمعية لقاء", None, "بركان"),
    (
        "dual-cue",
        "لفائدة فلاحي إقليمي سيدي بنور والجديدة بالجديدة",
        "casablanca-settat",
        "الجديدة",
    ),
]


@pytest.mark.parametrize(
    "text,region,expected", [c[1:] for c in CITIES], ids=[c[0] for c in CITIES]
)
def test_city(gazetteer, text, region, expected):
    from events.extraction.places import place_ends
    from events.extraction.programmes import find_programmes

    doc = Document(text)
    places = find_places(doc, gazetteer, served_regions(find_chambers(doc, gazetteer), gazetteer))
    _, spans = find_programmes(doc, gazetteer, place_ends(places), [])
    city, _ = choose_city(doc, places, gazetteer, region, excluded=spans, venue_tokens=None)
    assert city.value == expected


def test_weak_name_with_clitic_needs_the_chambers_region(gazetteer):
    doc = Document("نظمت غرفة التجارة والصناعة والخدمات لجهة الشرق لقاء بالعيون")
    places = find_places(doc, gazetteer, served_regions(find_chambers(doc, gazetteer), gazetteer))
    assert [m.refs for m in places if "عيون" in doc.text(m.first, m.last)] == []


def test_dual_cue_names_both(gazetteer):
    doc = Document("من جماعات إقليمي الجديدة وسيدي بنور")
    places = find_places(doc, gazetteer)
    assert [doc.text(m.first, m.last) for m in places] == ["الجديدة", "وسيدي بنور"]


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
    ("possessive-seat", "عقدت الغرفة، بمقرها، اجتماعا", "مقر الغرفة"),
    ("possessive-seat-town", "اجتماعا بمقرها بمدينة طنجة حول", "مقر الغرفة بمدينة طنجة"),
    ("possessive-seat-in", "لقاء بمقره في وجدة يوم", "مقر الغرفة في وجدة"),
    ("central-seat", "يوما دراسيا احتضنه مقرها الجهوي بفاس", "المقر الجهوي للغرفة بفاس"),
    (
        "subject-of-host",
        "احتضن المعهد العالي للتجارة بسطات ندوة. وسبق أن نظمت بقاعة الندوات",
        "المعهد العالي للتجارة بسطات",
    ),
    ("works-at-is-not-venue", "قالت الأستاذة بالكلية إن الباحثة في المعهد الوطني", None),
    ("town-is-not-a-building", "نظم لقاء بالدار البيضاء حول", None),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in VENUES], ids=[c[0] for c in VENUES])
def test_venue(gazetteer, text, expected):
    doc = Document(text)
    venue, _ = find_venue(doc, find_places(doc, gazetteer))
    assert venue.value == expected


NEW_VENUES = [
    (
        "annex-subject-of-host",
        "احتضنت ملحقة غرفة التجارة والصناعة والخدمات بخريبكة لقاء تواصليا",
        "ملحقة غرفة التجارة والصناعة والخدمات بخريبكة",
    ),
    ("port", "نظمت الغرفة لقاء بميناء المهدية حول الصيد", "ميناء المهدية"),
    ("market", "نظمت الغرفة حملة تحسيسية بسوق الجملة بإنزكان يوم", "سوق الجملة بإنزكان"),
    (
        "hotel-after-the-object-of-host",
        "نظمت الغرفة ورشة. واحتضن أشغال الورشة فندق أطلس بأكادير",
        "فندق أطلس بأكادير",
    ),
    ("faculty-where-someone-works", "وقالت الأستاذة في كلية العلوم بأكادير إن", None),
    ("faculty-subject-of-host", "احتضنت كلية العلوم بأكادير لقاء", "كلية العلوم بأكادير"),
]


@pytest.mark.parametrize(
    "text,expected", [c[1:] for c in NEW_VENUES], ids=[c[0] for c in NEW_VENUES]
)
def test_venue_heads_and_hosts(gazetteer, text, expected):
    doc = Document(text)
    venue, _ = find_venue(doc, find_places(doc, gazetteer))
    assert venue.value == expected


ARTICLE_CITIES = [
    ("mehdya-with-article", "نظمت الغرفة لقاء بميناء المهدية", "rabat-sale-kenitra", "مهدية"),
    ("mohammedia-keeps-article", "نظمت الغرفة لقاء بالمحمدية", "casablanca-settat", "المحمدية"),
    ("el-jadida-keeps-article", "انعقد لقاء بمدينة الجديدة", "casablanca-settat", "الجديدة"),
]


@pytest.mark.parametrize(
    "text,region,expected", [c[1:] for c in ARTICLE_CITIES], ids=[c[0] for c in ARTICLE_CITIES]
)
def test_city_is_the_canonical_name(gazetteer, text, region, expected):
    doc = Document(text)
    places = find_places(doc, gazetteer)
    city, code = choose_city(doc, places, gazetteer, region, excluded=[], venue_tokens=None)
    assert city.value == expected
    assert city.value == gazetteer.city_by_code[code].name_ar


def test_mehdya_article_form_is_an_alias(gazetteer):
    mehdya = next(c for c in gazetteer.cities if c.name_fr == "Mehdya")
    assert "المهدية" in mehdya.aliases
