"""Chambers abroad: a chamber of another country, named by its country's adjective (الغرفة
البلجيكية للتجارة), its country or city (الغرفة الفلاحية بفرنسا، لمدينة إشبيلية), or a town the
table lacks before them (غرفة الصناعة التقليدية غواسي بباريس)."""

from __future__ import annotations

from events.extraction.document import Document
from events.extraction.organisation_words import CHAMBER_WORDS, HEADS, STOPS

# A country's adjective after غرفة: a foreign chamber (الغرف الفرنسية، الغرفة البلجيكية).
_OWN_CHAMBER_WORDS = frozenset(
    [
        "الفلاحيه",
        "الزراعيه",  # الغرفة الزراعية: the agriculture chamber in other words
        "الجهويه",
        "المهنيه",
        "التجاريه",
        "الاقليميه",
        "الصناعيه",
        "المغربيه",
        "الوطنيه",
        "البحريه",
        "الاخري",
        # the four fisheries chambers: الغرفة المتوسطية، الغرفة الأطلسية الشمالية
        "المتوسطيه",
        "الاطلسيه",
        "الشماليه",
        "الجنوبيه",
        "الوسطي",
        "المحليه",
        "الحاليه",
        "الداخليه",  # النظام الداخلي للغرفة misprinted الغرفة الداخلية
        "الخارجيه",
        "الدوليه",
        "الساميه",
        "الثانيه",
        "الثالثه",
        "الرابعه",
        "الخامسه",
        "السادسه",
    ]
)
# Countries a chamber abroad is "of": الغرفة الفلاحية بفرنسا، غرفة التجارة لإسبانيا.
STATES_ABROAD = frozenset(
    [
        "فرنسا",
        "اسبانيا",
        "ايطاليا",
        "المانيا",
        "البرتغال",
        "بلجيكا",
        "هولندا",
        "سويسرا",
        "بريطانيا",
        "روسيا",
        "الصين",
        "تركيا",
        "مصر",
        "تونس",
        "موريتانيا",
        "السنغال",
        "كندا",
        "امريكا",
        "اليابان",
        "كوريا",
        "جزر",
        *("بوركينافاسو", "بوركينا", "مالي", "النيجر", "الغابون", "الكاميرون", "نيجيريا", "غينيا"),
        *("الكوت", "ساحل", "رواندا", "كينيا", "اثيوبيا", "غانا", "البنين", "التشاد", "الجزاير"),
        *("ليبيا", "الاردن", "السعوديه", "الامارات", "قطر", "الكويت", "البرازيل", "الهند"),
    ]
)
# Cities abroad a chamber is named by: الغرفة التجارية للقاهرة، غرفة مدريد، غرفة الرياض.
FOREIGN_CITIES = frozenset(
    [
        *("القاهره", "الاسكندريه", "مدريد", "برشلونه", "باريس", "مرسيليا", "ليون", "لشبونه"),
        *("بروكسل", "روما", "ميلانو", "لندن", "اسطنبول", "دبي", "الدوحه", "الرياض", "جده"),
        *("داكار", "نواكشوط", "ابيدجان", "باماكو", "الجزاير", "طرابلس", "عمان", "بيروت"),
        *("اشبيليه", "فالنسيا", "مورسيا", "ملقه", "قادس", "بلنسيه"),
    ]
)
COUNTRIES = STATES_ABROAD | FOREIGN_CITIES


def foreign_chamber(doc: Document, first: int, last: int) -> bool:
    """الغرف الفرنسية للتجارة والصناعة، الغرفة البلجيكية للتجارة، الغرفة الفلاحية بفرنسا."""
    tokens = doc.tokens
    if last <= first or first + 1 >= len(tokens) or tokens[first].brk:
        return False
    for k in range(first + 1, min(first + 5, len(tokens))):
        word = tokens[k].norm
        if not (word.startswith("ال") and word.endswith("يه")):
            break  # past the chamber's adjectives: الغرفة التجارية الصناعية البرتغالية
        if word not in _OWN_CHAMBER_WORDS and len(word) >= 7:
            # a country's adjective (البرتغالية، القطرية), not a participle (الرامية)
            return True
        if tokens[k].brk:
            break
    for k in range(first + 1, min(first + 6, len(tokens))):
        word = tokens[k].norm
        if word[:1] in ("ب", "ل") and word[1:] in COUNTRIES:
            return True
        if word in COUNTRIES and k > first + 1 and not tokens[k - 1].brk:
            return True  # غرفة التجارة والصناعة باريس إيل دو فرانس: the city bare in the name
        if word in FOREIGN_CITIES and k == first + 1:
            return True  # غرفة الرياض: a chamber named by its city alone
        if word[:2] in ("لل", "بال") and "ال" + word[len(word[:2]) :] in COUNTRIES:
            return True  # للسنغال، بالكاميرون: the country with its article
        if word in COUNTRIES and tokens[k - 1].norm.startswith("ب"):
            return True  # بالعاصمة تونس: the country after the place it is in
        if tokens[k].latin or word[:1] in ("ب", "ل") and "a" <= word[1:2] <= "z":
            return True  # غرفة التجارة لGran canaria: a place abroad in Latin script
        if not word.startswith(("ال", "ل", "ب", "وال")):
            break  # وفد عن غرفة مكناس للقاهرة: a chamber at home, a visit abroad
        if tokens[k].brk:
            break
    # غرفة التجارة والصناعة والملاحة بلاس بالماس الإسبانية: the country's adjective closes
    # the name, after a town the table lacks
    return abroad_end(doc, first) is not None


def abroad_end(doc: Document, first: int) -> int | None:
    """The last token of a chamber's name abroad that ends on its place (غرفة الصناعة
    التقليدية غواسي بباريس) or its country's adjective (… بلاس بالماس الإسبانية), else None."""
    tokens = doc.tokens
    for k in range(first + 1, min(first + 9, len(tokens))):
        word = tokens[k].norm
        if word in STOPS or word.lstrip("وبل") in ("جهه", "الجهه") or word.startswith("وب"):
            return None
        if HEADS.intersection(tokens[k].variants) or k > first + 1 and word in CHAMBER_WORDS:
            return None  # … المتوسطية والمنظمة الإسبانية: another body, joined
        if (
            word in COUNTRY_ADJECTIVES
            or word[:1] == "ب"
            and (word[1:] in COUNTRIES or "ال" + word[3:] in COUNTRIES)
        ):
            # غرفة الصناعة التقليدية غواسي بباريس: a town the table lacks, then its country
            return k
        if word in COUNTRIES and tokens[k - 1].norm in _CITY_WORDS:
            return k  # غرفة التجارة والصناعة لمدينة إشبيلية
        if word in COUNTRIES and k > first + 1 and not tokens[k - 1].brk:
            # غرفة التجارة والصناعة ليون متروبول سانت إتيان، … لجمهورية غينيا كضيف شرف
            if tokens[k - 1].norm.startswith(("ال", "وال")):
                return _bare_place_end(doc, k)
            return k
        if tokens[k].brk:
            return None
    return None


# How far a city's own name may run after it, in a chamber's name abroad (باريس إيل دو فرانس،
# ليون متروبول سانت إتيان روان): to the punctuation that closes the name.
_PLACE_NAME_WORDS = 5


def _bare_place_end(doc: Document, k: int) -> int:
    """The last token of a city abroad written bare in a chamber's name, with what the city's
    own name adds after it when punctuation closes it within a few words (its region, its
    metropolis); else the city alone."""
    tokens = doc.tokens
    for j in range(k, min(k + _PLACE_NAME_WORDS + 1, len(tokens))):
        word = tokens[j].norm
        if j > k and (word in STOPS or HEADS.intersection(tokens[j].variants) or word[:1] == "و"):
            return k
        if tokens[j].brk:
            return j
    return k


_CITY_WORDS = frozenset(["لمدينه", "بمدينه", "مدينه", "لعاصمه", "بعاصمه", "بالعاصمه"])
# Countries' adjectives that close a chamber's name abroad (normalised).
COUNTRY_ADJECTIVES = frozenset(
    ("الاسبانيه", "الفرنسيه", "البرتغاليه", "الايطاليه", "الالمانيه", "البلجيكيه")
    + ("الهولنديه", "السويسريه", "البريطانيه", "الامريكيه", "الكنديه", "الصينيه", "التركيه")
    + ("المصريه", "التونسيه", "الموريتانيه", "السنغاليه", "الاماراتيه", "السعوديه", "القطريه")
    + ("الكويتيه", "الاردنيه", "اللبنانيه", "الروسيه", "اليابانيه", "الكوريه", "البرازيليه")
    + ("الهنديه", "الكناريه", "الايفواريه", "الغابونيه", "الجزايريه", "الليبيه")
)
