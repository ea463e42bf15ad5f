"""Whether a name the text gives is a body taking part, judged by the words around it.

Real press names many bodies that are not partners: the building the meeting is held in
(بمقر عمالة الإقليم), an official's administration (الكاتب العام لولاية الجهة), a place
(بالنفوذ الترابي لعمالة …), a politician's council (مجلس الشوباني); and some that are, in
forms the name rules alone miss: a minister (السيد …، وزير الصناعة والتجارة), a chamber of
another country (الغرفة البلجيكية للتجارة)."""

from __future__ import annotations

from events.extraction.document import Document
from events.extraction.organisation_words import VISITS
from events.extraction.partner_abroad import STATES_ABROAD

# Heads of the state's territorial administration: partners only when the text says they
# work with the chamber (بتنسيق مع عمالة الإقليم), never as a place or an official's office.
_ADMINISTRATIONS = frozenset(["عماله", "ولايه", "باشويه", "عمالات"])
_LOCATIVE_HEADS = _ADMINISTRATIONS | frozenset(["جماعه", "اقليم", "بلديه"])
_COOPERATION = frozenset(
    ["بشراكه", "شراكه", "بتنسيق", "تنسيق", "بتعاون", "تعاون", "اتفاقيه", "اتفاقيات", "مع", "بين"]
)
_REPRESENTATIVES = frozenset(["ممثل", "ممثلي", "ممثلين", "ممثله", "ممثلو"])
_ATTACHED = frozenset(["التابعه", "التابع"])
# A body that hosts the meeting is its venue: شهد المركز الاستشاري … لقاء، احتضن مقر …
_HOSTING = frozenset(
    ["شهد", "شهدت", "احتضن", "احتضنت", "يحتضن", "تحتضن", "استضاف", "استضافت", "تستضيف"]
)
# ملحقة معهد …: a body's annex that hosts the meeting, not the body taking part.
_VENUE_WORDS = frozenset(
    ["مقر", "بمقر", "قاعه", "بقاعه", "رحاب", "برحاب", "فضاء", "بفضاء", "ملحقه", "بملحقه"]
)
# What ties the chamber to a body behind ب: الشراكة التي تجمعها بالوكالة …، تربطها بالمكتب.
_LINKING = frozenset(
    ["مع", "بين", "تجمعها", "تجمعه", "يجمعها", "يجمعه", "تربطها", "تربطه", "يربطها", "يربطه"]
    + ["جمعتها", "ربطتها", "تجمعهما", "تربطهما"]
)
# The verbs of _LINKING without their pronoun, before the chamber named as their object.
_LINKING_VERBS = frozenset(["تجمع", "يجمع", "تربط", "يربط", "جمعت", "ربطت"])
_THE_CHAMBER = frozenset(["الغرفه", "الغرفتين"])
_NEAR = frozenset(
    ["قرب", "بالقرب", "بقرب", "بجوار", "جوار", "قباله", "محاذاه", "بمحاذاه"]
    # الساحة المجاورة لمدرسة محمد الفاسي: the landmark beside the venue
    + ["المجاوره", "المجاور", "المحاذيه", "المحاذي", "المقابله", "المقابل"]
)
_TERRITORY = ("النفوذ", "الترابي")
# A ministry's local services: المصالح الخارجية لوزارة …، المصالح اللاممركزة للوزارة …
SERVICES = frozenset(["المصالح", "مصالح"])
DECONCENTRATED = frozenset(["الخارجيه", "اللاممركزه", "اللامركزيه"])
_SERVICES = SERVICES | DECONCENTRATED
# After these a minister takes part: بحضور وزير …، جمع بين … وزير …، برئاسة وزير ….
_MINISTER_CUES = frozenset(
    ["حضور", "بحضور", "وبحضور", "بين", "برياسه", "تروس", "تراس", "يتراس", "استقبل", "مع"]
    # أشرف وزير الفلاحة على تدشين المقر: the minister opens it, a party to the event
    + ["اشرف", "يشرف"]
)
MINISTERS = frozenset(["وزير", "وزيره", "الوزير", "كاتب"])
# A name whose last word is one of these speaks of a body, it does not name one: الوزارة
# الوصية، المكتب المسير، المديرية المعنية، المجلس البلدي للمدينة.
_GENERIC_TAILS = frozenset(
    [
        "الوصيه",
        "الوصي",
        # وزارة الوصاية: the same, by the supervision
        "الوصايه",
        "المسير",
        "المسيره",
        "الجديد",
        "الجديده",
        "المعنيه",
        "المعني",
        "المختصه",
        "المختص",
        "الهادفه",
        "المذكور",
        "المذكوره",
        "للمدينه",
        "للجهه",
        "للاقليم",
        "للعماله",
        "للغرفه",
        "بالجهه",
        "بالاقليم",
        # الهيئة المهنية، الهيئة الجهوية المنتخبة: the chamber itself, described
        "المهنيه",
        "المنتخبه",
    ]
)
# Only as the second of two words: الشركة الجهوية (but شركة التنمية الجهوية is a name).
# المجلس البلدي، المجلس الجماعي: the town's council spoken of, its town unnamed.
_GENERIC_SECOND = frozenset(
    ["الجهويه", "الجهوي", "الاقليميه", "الاقليمي", "البلدي", "الجماعي", "القروي", "المهني"]
    + ["الاداري", "الاداريه"]  # المكتب الإداري: the chamber's own bureau, by its office
)
_TERRITORY_NOUNS = frozenset(["الاقليم", "الجهه", "العماله", "المدينه", "الجماعه", "البلاد"])
# مصلحة كلا الطرفين، مصلحة الجميع: "the interest of both", no body.
_QUANTIFIERS = frozenset(["كلا", "كلي", "جميع", "الجميع", "كافه", "الطرفين"])
# A name with one of these is a news agency or a sector, never a body taking part.
_NEWS = frozenset(["للانباء", "الانباء", "map"])  # وكالة المغرب العربي للأنباء، وكالة MAP
_SECTORS = frozenset(["قطاع", "القطاع", "قطاعات"])
_REFERENCE = frozenset(["لنفس", "بنفس", "نفس", "لذات", "بذات", "لهذه", "لهذا", "بهذه", "بهذا"])
_CONSTITUTIONAL = frozenset(["دستوريه", "عموميه", "منتخبه", "مهنيه"])
# The adjective of a generic plural a name hangs on: المديريات الإقليمية لوزارة التربية.
_GENERIC_PLURALS = frozenset(["الاقليميه", "الجهويه"])


def rejected(doc: Document, first: int, last: int, head: str | None) -> bool:
    """True when the name at first..last is, by its context, not a participating body."""
    tokens = doc.tokens
    before = [t for t in tokens[max(0, first - 3) : first]]
    for k in (1, 2):
        # بمقر المديرية الجهوية للفلاحة، المنعقدة بمقر مجلس الجهة: the venue (no punctuation
        # from the venue's word to the name; before the venue's word, any)
        if len(before) >= k and _VENUE_WORDS.intersection(before[-k].variants[:2]):
            if not any(t.brk for t in before[-k:]):
                return True
            break
    if (
        before
        and before[-1].norm in _ATTACHED
        and any(_VENUE_WORDS.intersection(t.variants[:2]) for t in before[:-1])
    ):
        return True  # بقاعة الاجتماعات التابعة للمديرية الجهوية: the venue's owner
    if (
        before
        and before[-1].norm.lstrip("و") in _NEAR
        or (len(before) >= 2 and before[-2].norm.lstrip("و") in _NEAR and not before[-2].brk)
    ):
        return True  # قرب مدرسة …، بجوار المركب: a landmark that places the venue
    if first > 0 and _HOSTING.intersection(tokens[first - 1].variants[:2]):
        return True  # شهد المركز الاستشاري الفلاحي … لقاء تواصليا: the venue
    if (
        first > 1
        and tokens[first - 1].norm in _PROCEEDINGS
        and _HOSTING.intersection(tokens[first - 2].variants[:2])
    ):
        return True  # الجمع العام الذي احتضن أشغاله المعهد العالي للصيد البحري: the venue
    if _visited_site(doc, first):
        return True  # قام الوفد بزيارة لكل من تعاونية كوباك …: a site on the tour, no party
    if (
        first > 1
        and tokens[first - 1].norm in _POLICY_VERBS
        and tokens[first - 2].norm in ("التي", "الذي")
        and not tokens[first - 2].brk
    ):
        return True  # التدابير التي اتخذتها وزارة الفلاحة: the body's policy, spoken of
    if before and before[-1].norm in ("لواء", "لوايها", "لوايه") and not before[-1].brk:
        return True  # فدرالية … المنضوية تحت لواء الاتحاد العام: the member's parent, absent
    if len(before) >= 2 and before[-2].norm in _STATUTE and before[-1].norm == "الاساسي":
        return True  # وفقا للنظام الأساسي للغرفة المتوسطية: a statute's title, no party
    if any(t.norm.strip('“”"«»') in _KIN for t in before[-2:]):
        return True  # انتخب فلان، “صهر” وزير الفلاحة: a person's family, told in passing
    if _locative_clitic(tokens[first].norm, head) and not (
        first > 0
        and tokens[first - 1].norm.lstrip("و") in _LINKING
        # اتفاقية تربط الغرفة بمجلس الجهة: the verb, its object (the chamber), then the party
        or first > 1
        and tokens[first - 1].norm in _THE_CHAMBER
        and tokens[first - 2].norm in _LINKING_VERBS
    ):
        return True  # بالجماعة الحضرية لإيموزار، بالاتحاد الأوروبي: a place, not a party
    if (
        head in _ADMINISTRATIONS
        and any(_VENUE_WORDS.intersection(t.variants[:2]) for t in before)
        and not any(t.brk for t in before[:-1])
    ):
        return True  # بمقر عمالة إقليم …، بقاعة الاجتماعات ولاية الجهة
    norms = [t.norm for t in tokens[max(0, first - 3) : first]]
    if any(w in _TERRITORY for w in norms) or any(v in _TERRITORY for v in tokens[first].variants):
        return True  # المتواجد بالنفوذ الترابي لعمالة مقاطعة الحي الحسني
    locative = head in _LOCATIVE_HEADS and tokens[first].norm.startswith(("ب", "وب"))
    if locative and not _cooperation_before(doc, first):
        return True  # جمعيات المجتمع المدني بعمالة الحي الحسني: a place
    if (
        first < last
        and not tokens[first].norm.startswith(("ال", "وال", "بال", "لل"))
        and tokens[first + 1].norm.startswith(("بال", "باقاليم", "باقليم", "بجهه", "بمدينه"))
        and head is not None
        and not head.startswith("ال")
    ):
        return True  # ومندوبيه بأقاليم الجهة: "his delegates in the provinces"
    services = any(t.norm.lstrip("و") in _SERVICES for t in before)
    if head in ("وزاره", "الوزاره") and tokens[first].norm.startswith("ل") and services:
        return True  # ممثلي المصالح الخارجية لوزارة الصيد: the ministry's services attend
    if head in ("وزاره", "الوزاره") and before and before[-1].norm.lstrip("و") in _SERVICES:
        return True  # من طرف مصالح وزارة الفلاحة: the ministry's services, in construct
    if (
        len(before) >= 2
        and before[-1].norm.lstrip("و") in _GENERIC_PLURALS
        and before[-2].norm.lstrip("و").endswith("ات")
        and not before[-1].brk
    ):
        return True  # المديريات الإقليمية لوزارة …: the generic plural is the party
    if head in _ADMINISTRATIONS and not (
        _cooperation_before(doc, first) or _represented(doc, first) or _joined_organiser(doc, first)
    ):
        return True  # الكاتب العام لولاية جهة الشرق: an official's office
    if head == "مجلس" and last == first + 1:
        word = tokens[last].norm
        if word.startswith("ال") and word.endswith("ي") and len(word) > 5:
            return True  # مجلس الشوباني: a politician's council, told in passing
    # كمؤسسة دستورية تمثل التجار: what the chamber is.
    return (
        head in ("موسسه", "الموسسه") and first < last and tokens[first + 1].norm in _CONSTITUTIONAL
    )


# What a body does as policy, in a clause about measures or plans (التدابير التي اتخذتها
# وزارة الفلاحة، المجهودات التي تبذلها الوكالة): spoken of, not taking part. Organising and
# hosting verbs (الذي نظمته المديرية) are not here.
_POLICY_VERBS = frozenset(
    ("اتخذتها", "اتخذها", "تتخذها", "يتخذها", "بذلتها", "تبذلها", "يبذلها", "بذلها")
    + ("نهجتها", "تنهجها", "ينهجها", "نهجها", "اعتمدتها", "تعتمدها", "سطرتها", "يسطرها")
)


# A statute a body is named in (النظام الأساسي للغرفة، القانون الأساسي لـ …).
_STATUTE = frozenset(("النظام", "للنظام", "القانون", "للقانون", "بالنظام", "بالقانون"))
# Family ties that name a person by an official (صهر الوزير، نجل رئيس المجلس).
_KIN = frozenset(("صهر", "نجل", "شقيق", "شقيقه", "زوجه", "حفيد"))


# What a host takes in: احتضن أشغاله، احتضنت فعالياتها.
_PROCEEDINGS = frozenset(
    ("اشغاله", "اشغالها", "اشغال", "فعالياته", "فعالياتها", "فعاليات", "اطواره", "اطوارها")
)
# Sites a delegation's tour takes in, named by their kind: تعاونية، ضيعة، وحدة، شركة.
_SITES = ("تعاونيه", "ضيعه", "وحده", "مصنع", "معصره", "شركه", "مقاوله")


def _visited_site(doc: Document, first: int) -> bool:
    """A cooperative, farm or plant a delegation visits (بزيارة لتعاونية …، بزيارة لكل من
    تعاونية … و تعاونية …): where the tour went, not a body taking part."""
    tokens = doc.tokens
    head = tokens[first].norm.lstrip("و")
    if head[:1] == "ل" and head[1:].startswith(_SITES):
        if first > 0 and tokens[first - 1].norm in VISITS:
            return True  # بزيارة لتعاونية …
        head = head[1:]
    if not head.startswith(_SITES):
        return False
    sentence = doc.sentence_of(first)
    for k in range(first - 3, max(-1, first - 16), -1):
        if doc.sentence_of(k) != sentence:
            return False
        if tokens[k].norm in VISITS and [t.norm for t in tokens[k + 1 : k + 3]] == ["لكل", "من"]:
            return True  # بزيارة لكل من تعاونية … و تعاونية …
    return False


def _locative_clitic(norm: str, head: str | None) -> bool:
    """Whether the name's first word is its head behind the preposition ب: بالجماعة، بمجلس."""
    if head is None or not norm.endswith(head) or norm == head:
        return False
    return norm[: len(norm) - len(head)] in ("ب", "وب", "بال", "وبال")


def _represented(doc: Document, first: int) -> bool:
    """بحضور ممثل عن ولاية الجهة، وممثل عن عمالة سلا: the body itself is represented."""
    words = [t.norm for t in doc.tokens[max(0, first - 2) : first]]
    return any(w.lstrip("و") in _REPRESENTATIVES for w in words)


def _cooperation_before(doc: Document, first: int) -> bool:
    sentence = doc.sentence_of(first)
    for k in range(first - 1, max(-1, first - 13), -1):
        if doc.sentence_of(k) != sentence:
            return False
        if _COOPERATION.intersection(doc.tokens[k].variants[:3]):
            return True
    return False


# Cues after which a list of bodies is no longer the organisers: بحضور، لفائدة.
_LIST_BREAKERS = frozenset(("بحضور", "وبحضور", "حضور", "لفايده", "بمشاركه", "لدي", "امام"))


def _joined_organiser(doc: Document, first: int) -> bool:
    """تنظمه الغرفة الفلاحية … وجهة الدار البيضاء وعمالة المحمدية: an administration joined
    by و to the list of bodies an organising verb governs."""
    tokens = doc.tokens
    if not tokens[first].norm.startswith("و"):
        return False
    sentence = doc.sentence_of(first)
    for k in range(first - 1, max(-1, first - 13), -1):
        if doc.sentence_of(k) != sentence or tokens[k].norm in _LIST_BREAKERS:
            return False
        if tokens[k].norm in _ORGANISED_BY:
            return True
    return False


def minister_takes_part(doc: Document, first: int) -> bool:
    """وزير … named as a party: after a person's name and a comma, or after بحضور، بين."""
    tokens = doc.tokens
    if first == 0:
        return False
    if tokens[first - 1].brk:
        return True
    return any(
        _MINISTER_CUES.intersection(t.variants[:2]) for t in tokens[max(0, first - 2) : first]
    )


def not_a_name(words: list[str]) -> bool:
    """Normalised words of a proposed partner that name no participating body: a generic
    phrase (الوزارة الوصية، الشركة الجهوية), a sector (قطاع الصيد البحري), the news agency
    (وكالة المغرب العربي للأنباء), a fragment (… وال)."""
    if not words:
        return True
    first = words[0].lstrip("و")
    if first[1:] in _SECTORS and first[:1] in ("ب", "ل"):
        first = first[1:]  # ومهتمين بقطاع الصيد البحري: a sector behind its preposition
    if first in _SECTORS or any(w in _NEWS for w in words):
        return True
    if len(words) == 2 and words[1] in _GENERIC_SECOND:
        return True
    if len(words) == 2 and first in ("مركز", "المركز") and words[1] in _TERRITORY_NOUNS:
        return True  # باعتبارها مركز الإقليم: the province's chief town, no body
    if first in ("مركز", "ومركز") and len(words) > 1 and words[1].startswith("لل"):
        return True  # تحول المدينة إلى مركز للقرار المهني: what a place becomes, no body
    if len(words) > 1 and words[1] in _QUANTIFIERS:
        return True
    if words[-1] in ("و", "وال", "ال", "ل", "ب"):
        return True
    if len(words) > 1 and words[1] in ("تابعه", "تابع", "تابعين", "التابعه", "التابع"):
        return True  # مؤسسة تابعة لوزارة الخارجية الشيلية: what a body is, not its name
    if len(words) > 2 and all(w.lstrip("و") in _GENERIC_SECOND for w in words[1:]):
        return True  # المديرية الجهوية والإقليمية: adjectives only, no body named
    if first == "كتابه" and words[1:2] != ["الدوله"]:
        return True  # تولى … كتابة الجهاز التنفيذي: an office a member holds, not a body
    if any(w in _REFERENCE for w in words[1:]):
        return True  # المديرية الفلاحية لنفس الجهة: a body named only by reference
    if len(words) >= 3 and words[1] in _GENERIC_TAILS and words[2].startswith("ال"):
        return True  # على المديرية المعنية القيام بإخبار …: the generic body, then the sentence
    return len(words) <= 3 and words[-1] in _GENERIC_TAILS and not _named_tail(words)


def _named_tail(words: list[str]) -> bool:
    """مجلس جهة … الجهوي is not generic when a proper name precedes the tail."""
    return len(words) == 3 and words[1] not in _GENERIC_TAILS and not words[1].startswith("ال")


def region_council(
    doc: Document, i: int, regions: frozenset[int], *, after_body: bool = False
) -> bool:
    """رئيس جهة سوس ماسة، بشراكة مع … وجهة الدار البيضاء-سطات: the regional council, named by
    its presidency or by the region alone in a list of bodies (`after_body`: a body's name
    ends just before it)."""
    tokens = doc.tokens
    if i + 1 not in regions or i == 0:
        return False
    word, before = tokens[i].norm, tokens[i - 1].norm
    if word == "وجهه" and after_body and doc.sentence_of(i - 1) == doc.sentence_of(i):
        return True  # اتفاقيتين مع جهة كلميم واد نون، وجهة العيون: the list goes on past a comma
    if tokens[i - 1].brk:
        return False
    if word == "جهه" and before.lstrip("و") in ("رييس", "رييسه"):
        return True
    if word == "جهه" and before in _ORGANISED_BY:
        return True  # نظمته جهة سوس ماسة وغرفة …: the region organises, through its council
    return word == "وجهه" and after_body or word == "جهه" and before == "مع"


# A verb of organising right before a region names its council as the organiser.
_ORGANISED_BY = frozenset(
    ("نظم", "نظمت", "نظمه", "نظمها", "نظمته", "نظمتها", "تنظم", "تنظمه", "تنظمها")
    + ("ينظم", "ينظمه", "ينظمها")
)


# Bodies of the world's politics (قرار مجلس الأمن، الأمم المتحدة): in a national cause's
# aside, never a party to a chamber's meeting unless they co-organise or fund it.
_SUPRANATIONAL = frozenset([("مجلس", "الامن"), ("الامم", "المتحده"), ("المحكمه", "الاوروبيه")])
# States, not their cities: غرفة الرياض واتحاد الغرف السعودية is no states' business.
STATES = STATES_ABROAD | {"المغرب", "بريطانيا", "اسبانيا"}


def political_aside(doc: Document, first: int, name_ends: frozenset[int] = frozenset()) -> bool:
    """A body named in world politics: the Security Council, or a body beside a state (بين
    المغرب والاتحاد الأوروبي، خروج بريطانيا من الاتحاد): the states' business, not the chamber's.
    A state that ends another body's name (`name_ends`: بريد المغرب وبريد كاش) is that name's."""
    tokens = doc.tokens
    if first + 1 < len(tokens):
        word = tokens[first].norm.lstrip("و")
        if word[:1] in ("ل", "ب") and word[1:3] != "ال":
            word = word[1:]
        if (word, tokens[first + 1].norm) in _SUPRANATIONAL:
            return True
    for k in range(max(0, first - 2), first):
        if tokens[k].brk:
            return False
        if tokens[k].norm.lstrip("و") in STATES and k not in name_ends:
            return True
        if (tokens[k].norm.lstrip("و"), tokens[k + 1].norm) == ("المملكه", "المغربيه"):
            return k + 2 == first  # بين المملكة المغربية والاتحاد الأوروبي
    return False
