import pytest

from events.extraction.document import Document
from events.extraction.organisations import find_partners
from events.extraction.places import find_places, place_ends
from events.extraction.programmes import find_programmes


def partners(gazetteer, text):
    doc = Document(text)
    found = find_partners(doc, gazetteer, place_ends(find_places(doc, gazetteer)), [])
    return [(f.value.name, f.value.slug) for f in found]


CASES = [
    (
        "split-on-wa",
        "بشراكة مع وكالة جهة الشرق والمندوبية الجهوية لمكتب تنمية التعاون وجمعية القطاع التعاوني.",
        [
            ("وكالة جهة الشرق", "agence-oriental"),
            ("المندوبية الجهوية لمكتب تنمية التعاون", None),
            ("جمعية القطاع التعاوني", None),
        ],
    ),
    (
        "alias",
        "جمع كل من الغرفة الجهوية، ووكالة التعاون البلجيكي، والجمعية البلجيكية لإنعاش التكوين والتربية بالخارج.",  # noqa: E501
        [
            ("وكالة التعاون البلجيكي", "enabel"),
            ("الجمعية البلجيكية لإنعاش التكوين والتربية بالخارج", "apefe"),
        ],
    ),
    (
        "ends-at-place",
        "بتنسيق مع مندوبية وزارة الصناعة والتجارة بآسفي ومركز الإستثمار بآسفي، لقاء",
        [("مندوبية وزارة الصناعة والتجارة بآسفي", None), ("مركز الإستثمار بآسفي", None)],
    ),
    (
        "ends-at-branch",
        "جمعية النساء المقاولات بالمغرب فرع جهة طنجة تطوان الحسيمة",
        [("جمعية النساء المقاولات بالمغرب", "afem")],
    ),
    (
        "region-council",
        "تدخلات مجلس جهة فاس مكناس لإنعاش الاقتصاد الاجتماعي",
        [("مجلس جهة فاس مكناس", "conseil-fes-meknes")],
    ),
    ("acronym", "بشراكة مع ANAPEC و OFPPT", [("ANAPEC", "anapec"), ("OFPPT", "ofppt")]),
    (
        "un",
        "المطور بشراكة مع برنامج الأمم المتحدة الإنمائي، يستهدف",
        [("برنامج الأمم المتحدة الإنمائي", "pnud")],
    ),
    ("generic-skipped", "بين أعضاء المكتب المسير ومكتب الضبط والمجلس", []),
    ("chamber-bodies-skipped", "أفاد أمين مال مكتب غرفة التجارة والصناعة والخدمات", []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_partners(gazetteer, text, expected):
    assert partners(gazetteer, text) == expected


def programmes(gazetteer, text):
    doc = Document(text)
    found, _ = find_programmes(doc, gazetteer, place_ends(find_places(doc, gazetteer)), [])
    return [(f.value.name, f.value.slug, f.value.aliases) for f in found]


PROGRAMMES = [
    (
        "project-name",
        "لإطلاق مشروع حاضنة المقاولات بإقليم الحسيمة، وتتبع مشروع حاضنة المقاولات بالحسيمة.",
        [("حاضنة المقاولات", None, ())],
    ),
    (
        "scope-dropped",
        "لقاء حول برنامج التنمية المحلية المندمجة لجهة الشرق.",
        [("برنامج التنمية المحلية المندمجة", "delio", ())],
    ),
    (
        "two-names",
        "حول برنامج التنمية المحلية المندمجة. البرنامج الذي يحمل اسم “DELIO” يتم تنفيذه",
        [("برنامج التنمية المحلية المندمجة", "delio", ("DELIO",))],
    ),
    ("proper-name", "كما هو الشأن بالنسبة لبرنامج مؤازرة، والتمكين", [("مؤازرة", "mouazara", ())]),
    (
        "period",
        "ضمن برنامج التنمية الجهوية 2016-2021، وبرنامج التنمية الجهوية الجديد 2022-2027",
        [("برنامج التنمية الجهوية", "programme-developpement-regional", ())],
    ),
    (
        "strategy",
        "قرب إطلاق الإستراتيجية الوطنية للمقاولات الصغيرة جدا.",
        [("الإستراتيجية الوطنية للمقاولات الصغيرة جدا", "snte", ())],
    ),
    ("not-a-name", "وفق استراتيجية مندمجة ومخطط عمل يبلور رؤية، والرؤية الاستراتيجية للمملكة", []),
    ("quoted", 'قدم عرضا حول برنامج "رواد" لمواكبة الشباب', [("رواد", None, ())]),
    (
        "guillemets",
        "في إطار مشروع «الاقتصاد الأخضر للشباب القروي» الممول",
        [("الاقتصاد الأخضر للشباب القروي", None, ())],
    ),
    ("initiative-quoted", "تندرج ضمن مبادرة “نساء رائدات” التي", [("نساء رائدات", None, ())]),
    ("quoted-period-dropped", 'في إطار برنامج "تأهيل 2025-2030" الجديد', [("تأهيل", None, ())]),
    (
        "list",
        "عرضت حصيلة برنامج تكوين وبرنامج تشغيل خلال السنة",
        [("تكوين", None, ()), ("تشغيل", None, ())],
    ),
    ("budget", "صادق الأعضاء على مشروع الميزانية ومشروع ميزانية السنة المقبلة", []),
    ("own-work-plan", "نسبة إنجاز برنامج عملها السنوي", []),
    ("known-partner-not-programme", "بدعم من المبادرة الوطنية للتنمية البشرية بالإقليم.", []),
]


@pytest.mark.parametrize(
    "text,expected", [c[1:] for c in PROGRAMMES], ids=[c[0] for c in PROGRAMMES]
)
def test_programmes(gazetteer, text, expected):
    assert programmes(gazetteer, text) == expected


def test_programme_period(gazetteer):
    doc = Document("ضمن برنامج التنمية الجهوية في نسخته الأولى 2016-2021")
    found, _ = find_programmes(doc, gazetteer, {}, [])
    assert found[0].value.period == (2016, 2021)


def test_known_partner_wins_over_a_programme_head(gazetteer):
    from events.extraction.extract import extract

    found = extract("تم إطلاق المشروع بتمويل من المبادرة الوطنية للتنمية البشرية.", gazetteer)
    assert ([p.value.slug for p in found.partners], found.programmes) == (["indh"], [])


NEW_PARTNERS = [
    (
        "university-named-after-a-person",
        "بشراكة مع جامعة سيدي محمد بن عبد الله بفاس",
        [("جامعة سيدي محمد بن عبد الله بفاس", None)],
    ),
    ("university-ibn", "بتنسيق مع جامعة ابن زهر، نظمت", [("جامعة ابن زهر", None)]),
    (
        "faculty-and-university",
        "بتنسيق مع جامعة ابن زهر وكلية العلوم القانونية والاقتصادية بأكادير",
        [("جامعة ابن زهر", None), ("كلية العلوم القانونية والاقتصادية بأكادير", None)],
    ),
    (
        "school-co-organiser",
        "بشراكة مع المدرسة الوطنية للتجارة والتسيير بأكادير يوما دراسيا",
        [("المدرسة الوطنية للتجارة والتسيير بأكادير", None)],
    ),
    (
        "local-association",
        "بتنسيق مع جمعية تجار سوق الأحد بأكادير، لقاء",
        [("جمعية تجار سوق الأحد بأكادير", None)],
    ),
    (
        "full-name-and-acronym-in-brackets",
        "بشراكة مع الوكالة الوطنية لإنعاش التشغيل (أنابيك) لقاء",
        [("الوكالة الوطنية لإنعاش التشغيل", "anapec")],
    ),
    (
        "start-of-a-known-name-and-its-acronym",
        "بشراكة مع مكتب التكوين المهني لقاء. وأكد ممثل OFPPT",
        [("مكتب التكوين المهني", "ofppt")],
    ),
]


@pytest.mark.parametrize(
    "text,expected", [c[1:] for c in NEW_PARTNERS], ids=[c[0] for c in NEW_PARTNERS]
)
def test_partners_universities_associations_and_twice_named(gazetteer, text, expected):
    assert partners(gazetteer, text) == expected


QUOTED_LISTS = [
    (
        "quoted-list-with-wa",
        'حول برامج "إدماج" و"تحفيز" و"تأهيل" للتشغيل',
        ["إدماج", "تحفيز", "تأهيل"],
    ),
    (
        "quoted-list-guillemets",
        "برامج «فرصة»، «انطلاقة» و «مؤازرة» للدعم",
        ["فرصة", "انطلاقة", "مؤازرة"],
    ),
    ("one-quoted-name", 'في إطار برنامج "فرصة" وبدعم من الجهة', ["فرصة"]),
]


@pytest.mark.parametrize(
    "text,expected", [c[1:] for c in QUOTED_LISTS], ids=[c[0] for c in QUOTED_LISTS]
)
def test_programmes_in_a_quoted_list(gazetteer, text, expected):
    assert [name for name, _, _ in programmes(gazetteer, text)] == expected


def test_bracket_naming_a_body_inside_the_name_keeps_both(gazetteer):
    text = "مع المديرية الجهوية للوكالة الوطنية لإنعاش التشغيل والكفاءات (ANAPEC)، بحضور"
    assert [slug for _, slug in partners(gazetteer, text)] == [None, "anapec"]
