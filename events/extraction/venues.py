"""The meeting's venue: a building introduced by ب or في, or the subject of احتضن."""

from __future__ import annotations

from events.extraction.document import Document
from events.extraction.organisation_words import RESEARCH
from events.extraction.partner_role_words import BUILDING
from events.extraction.places import PlaceMention, place_ends
from events.extraction.result import Found

VENUE_HEADS = frozenset(
    [
        "مقر",
        "قاعه",
        "قصر",
        "فندق",
        "مركب",
        "فضاء",
        "رحاب",
        "مدرج",
        "دار",
        "نادي",
        "مركز",
        "رواق",
        "خيمه",
        "مسرح",
        # بساحة محمد السادس بمدينة تافراوت: a square named (not الساحة الاقتصادية)
        "ساحه",
        "المركب",
        "القاعه",
    ]
)
VENUE_HEADS = VENUE_HEADS | frozenset(
    [
        "مدرسه",
        "المدرسه",
        "معهد",
        "المعهد",
        "كليه",
        "الكليه",
        "مجمع",
        "المجمع",
        "الفندق",
        "المقر",
        "الدار",
        "المركز",
        "القصر",
        "الفضاء",
        "المسرح",
        "مدرج",
        "المدرج",
    ]
)
VENUE_HEADS = VENUE_HEADS | frozenset(
    ["ملحقه", "الملحقه", "ميناء", "الميناء", "مينا", "سوق", "السوق", "مخيم", "خزانه", "مكتبه"]
)
# Heads of institutions that are partners as often as venues (أستاذ في كلية العلوم): after
# في they are a venue only as the subject of احتضن.
_INSTITUTION_HEADS = frozenset(
    ["كليه", "الكليه", "مدرسه", "المدرسه", "معهد", "المعهد", "جامعه", "الجامعه", "مركز", "المركز"]
)
# The object of احتضن between the verb and its subject: احتضن أشغال الورشة فندق …
_HOSTED_OBJECTS = frozenset(
    ["اشغال", "فعاليات", "هذا", "هذه", "اللقاء", "الورشه", "الندوه", "الاجتماع", "اليوم"]
)
# Definite heads that name a venue only after ب or as the subject of احتضن.
_WEAK_HEADS = frozenset(
    ["المدرسه", "المعهد", "الكليه", "المجمع", "الفندق", "المقر", "الدار", "المركز"]
)
# The chamber's own seat: بمقرها، بمقره، احتضنه مقرها.
_SEAT_POSSESSIVES = frozenset(["مقرها", "مقره", "مقرهم"])
# Verbs whose subject is the venue: احتضنت المدرسة الوطنية للفلاحة …
HOSTS = frozenset(
    [
        "احتضن",
        "احتضنت",
        "احتضنه",
        "احتضنها",
        "احتضنته",
        "احتضنتها",
        "تحتضن",
        "يحتضن",
        "استضاف",
        "استضافت",
        "استضافه",
        "استضافها",
        "تستضيف",
        "يستضيف",
        "شهد",
        "شهدت",
        "تشهد",
        "يشهد",
    ]
)
_VENUE_BEFORE = frozenset(["في", "داخل", "بداخل"])
_VENUE_LINKS = frozenset(
    [
        "المتواجد",
        "المتواجده",
        "الكاين",
        "الكائن",
        "الكائنه",
        "الموجود",
        "الموجوده",
        "الواقع",
        "الواقعه",
    ]
)
_VENUE_STOPS = frozenset(
    [
        "في",
        "من",
        "علي",
        "الي",
        "عن",
        "مع",
        "حول",
        "يوم",
        "لفايده",
        "بحضور",
        "تحت",
        "جمع",
        "وذلك",
        "ذلك",
        "الذي",
        "التي",
        "حيث",
        "خلال",
        "وقد",
        "قد",
        "اجتماعا",
        "لقاء",
        "لقاءا",
        "اجتماع",
        "بمشاركه",
        "بشراكه",
        "بتنسيق",
        "بتعاون",
        "بهدف",
        "قصد",
        "اجل",
        "وبحضور",
        "لمناقشه",
    ]
)


# A building after these is the subject of a complaint or a talk, not the meeting's venue.
_SUBJECT_BEFORE = frozenset(
    ("المرتبطه", "المرتبط", "المتعلقه", "المتعلق", "الخاصه", "الخاص", "بخصوص", "حول")
)


def find_venue(
    doc: Document, mentions: list[PlaceMention]
) -> tuple[Found[str | None], tuple[int, int] | None]:
    """مقر ملحقة الغرفة بالحسيمة، قصر المؤتمرات بمجمع الصناع التقليديين: a building
    introduced by ب or في, or the subject of احتضن (احتضنت المدرسة الوطنية للفلاحة بمكناس),
    up to the end of its phrase. "بمقرها" is the chamber's seat: مقر الغرفة.

    The subject of احتضن wins over a building merely introduced by ب; otherwise the first."""
    tokens = doc.tokens
    ends = place_ends(mentions)
    first_found = None
    for i, token in enumerate(tokens):
        head = token.norm
        bare = head[2:] if head.startswith("وب") else head[1:] if head[:1] == "ب" else head
        if bare not in VENUE_HEADS and bare not in _SEAT_POSSESSIVES:
            continue  # no building's head: the rest cannot make it a venue
        if i > 0 and tokens[i - 1].norm in _SUBJECT_BEFORE:
            continue  # المشاكل المرتبطة بميناء طرفاية: what is spoken of, not where
        if _agreed_site(doc, i):
            continue  # اتفاقية من أجل تنظيم التكوين بساحة للايدونة: the project's site
        hosted = _hosted(tokens, i)
        introduced_by_fi = (
            not hosted
            and not head.startswith(("ب", "وب"))
            and i > 0
            and tokens[i - 1].norm in _VENUE_BEFORE
        )
        if introduced_by_fi and head in _INSTITUTION_HEADS:
            continue  # أستاذ في كلية العلوم: where someone works, not the venue
        if head.startswith("وب"):
            head = head[2:]
        elif head.startswith("ب"):
            head = head[1:]
        elif not hosted and not (
            i > 0 and tokens[i - 1].norm in _VENUE_BEFORE and not tokens[i - 1].brk
        ):
            continue
        possessive = head in _SEAT_POSSESSIVES
        if i in ends:
            continue  # بالدار البيضاء: a town, not a building
        if not possessive and (head not in VENUE_HEADS or token.brk):
            continue
        if head in _WEAK_HEADS and not hosted and head == token.norm:
            continue  # الباحثة في المعهد الوطني …: where someone works, not the venue
        found = _venue_at(doc, i, head, possessive, ends)
        if found is None:
            continue
        if hosted:
            return found
        if first_found is None:
            first_found = found
    if first_found is None:
        return Found(None, None, 0.0), None
    return first_found


# What an agreement is for, between it and the place its project is in.
_PURPOSES = frozenset(("اجل", "تتعلق", "يتعلق", "المتعلقه", "المتعلق", "تهم", "يهم", "تخص"))
_AGREEMENTS = frozenset(("اتفاقيه", "اتفاقيات", "اتفاقيتين", "اتفاقيتي", "مشروع", "مشاريع"))
_SITE_WINDOW = 20


def _agreed_site(doc: Document, i: int) -> bool:
    """Whether the building at token i is where an agreement's project takes place (مشروع
    اتفاقية إطار من أجل تنظيم التكوين … بساحة للايدونة، اتفاقية شراكة لتجهيز فضاء … بفندق
    لكباش): a purpose between the agreement and the building, in one sentence."""
    tokens = doc.tokens
    sentence = doc.sentence_of(i)
    purpose = False
    for k in range(i - 1, max(-1, i - _SITE_WINDOW), -1):
        if doc.sentence_of(k) != sentence:
            return False
        word = tokens[k].norm.lstrip("و")
        if word in _PURPOSES or word[:1] == "ل" and (word[1:] in BUILDING or word == "لتنظيم"):
            purpose = True
        elif purpose and word in _AGREEMENTS:
            return True
    return False


def _hosted(tokens, i: int) -> bool:
    """Whether token i is the subject of احتضن / استضاف: right after the verb, or after the
    verb's object (واحتضن أشغال الورشة فندق …، احتضنت هذا اللقاء قاعة …)."""
    for back in range(1, 5):
        k = i - back
        if k < 0 or tokens[k].brk:
            return False
        if HOSTS.intersection(tokens[k].variants[:2]):
            if back == 1:
                return True
            between = tokens[k + 1 : i]
            return between[0].norm in _HOSTED_OBJECTS and all(
                t.definite or t.norm in _HOSTED_OBJECTS for t in between[1:]
            )
    return False


def _venue_at(
    doc: Document, i: int, head: str, possessive: bool, ends: dict[int, int]
) -> tuple[Found[str | None], tuple[int, int]] | None:
    tokens = doc.tokens
    token = tokens[i]
    first = i
    if head == "رحاب":  # في رحاب الكلية → the building itself
        first = i + 1
        if first >= len(tokens):
            return None
    pieces: list[tuple[int, int]] = [(first, first)]
    j = first
    while not tokens[j].brk and j + 1 < len(tokens) and j - first < 14:
        nxt = tokens[j + 1]
        if nxt.norm == "في" and not nxt.brk and j + 2 in ends:
            pieces.append((j + 1, ends[j + 2]))  # بمقرها في مراكش
            j = ends[j + 2]
            break
        if nxt.norm == "في" and tokens[j].norm in RESEARCH and j + 2 < len(tokens):
            pieces.append((j + 1, j + 1))  # المركز الجهوي للمعهد الوطني للبحث في الصيد البحري
            j += 1
            continue
        if nxt.norm in _VENUE_STOPS or nxt.digit or nxt.latin:
            break
        if nxt.norm in _VENUE_LINKS:
            j += 1
            if tokens[j].brk:
                break
            continue
        if j + 1 in ends:
            last = ends[j + 1]
            pieces.append((j + 1, last))
            j = last
            # … لجهة الرباط سلا القنيطرة بالقنيطرة: the town after the region.
            if (
                not tokens[j].brk
                and j + 1 in ends
                and tokens[j + 1].norm[:1] == "ب"
                and "ب" not in tokens[first].norm[:1]
            ):
                pieces.append((j + 1, ends[j + 1]))
                j = ends[j + 1]
            break
        if not nxt.definite and not nxt.norm.startswith(("ب", "ل")) and tokens[j].definite:
            break  # an indefinite word only continues a construct (مقر ملحقة …)
        if possessive and not nxt.definite and not nxt.norm.startswith("ب"):
            break  # بمقرها المركزي بالرباط; not بمقرها ورشة
        pieces.append((j + 1, j + 1))
        j += 1
    if j == first and head != "رحاب" and not possessive:
        return None
    if possessive:
        adjectives = [p for p in pieces[1:] if p[0] == p[1] and tokens[p[0]].norm.startswith("ال")]
        adjectives = adjectives[
            : next((n for n, p in enumerate(adjectives) if p != pieces[n + 1]), len(adjectives))
        ]
        rest = (
            _join(doc, pieces[1 + len(adjectives) :]) if len(pieces) > 1 + len(adjectives) else ""
        )
        if adjectives:  # بمقرها المركزي → المقر المركزي للغرفة
            text = " ".join(["المقر", _join(doc, adjectives), "للغرفة", rest]).strip()
        else:
            text = ("مقر الغرفة " + rest).strip()
    else:
        text = _join(doc, pieces)
        if token.norm.startswith(("وب", "ب")) and first == i:
            text = text[2 if token.norm.startswith("وب") else 1 :]
    return Found(text, doc.span(first, j), 0.7), (first, j)


def _join(doc: Document, pieces: list[tuple[int, int]]) -> str:
    """The text of token runs, where the runs were adjacent and a linking word was dropped."""
    runs: list[list[int]] = []
    for first, last in pieces:
        if runs and first == runs[-1][1] + 1:
            runs[-1][1] = last
        else:
            runs.append([first, last])
    return " ".join(doc.text(first, last) for first, last in runs)
