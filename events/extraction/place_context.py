"""What the words around a place say about it: an official's territory, a project's or a
called-for meeting's place, a body's seat, a speaker's institution, a fishing zone, the
chamber's label line, a word of a partner's name. Such a place is not the meeting's venue."""

from __future__ import annotations

from events.arabic import normalise
from events.extraction.document import Document
from events.extraction.kind_words import NOUNS, TO_COME
from events.extraction.organisation_words import CHAMBER_WORDS
from events.extraction.partner_role_words import BUILDING, REPRESENTATIVES
from events.extraction.places import PlaceMention

# An official's title before a place names his territory, not the venue: عامل إقليم صفرو.
_OFFICIALS = frozenset(["عامل", "والي", "باشا", "قائد", "عمال", "ولاه"])
# A building planned somewhere is no venue: تشييد مقر للغرفة بمدينة سلا، إقامة معرض بالقنيطرة.
# Nor is the place of an event the meeting prepares, schedules or agrees on: اتفاقيات لتنظيم
# الأبواب المفتوحة بإقليم تيزنيت، برمجة المعارض الجهوية في مراكش وأسفي.
# (read on a word's clitic readings: لتشييد is تشييد; only تنظيم needs its ل, تم تنظيم اللقاء
# بمدينة … being the meeting's own place)
_PROJECT_WORDS = BUILDING | frozenset(["لتنظيم", "برمجه"])
# A stretch of coast or sea is a fishing zone, not a venue: بسواحل الناظور، بساحل سيدي إفني.
_ZONE_WORDS = frozenset(["ساحل", "سواحل", "شواطي", "شاطي", "مياه", "سواحلنا"])
# A town named as a landmark near the place: العطاوية … ضواحي مراكش، بنواحي تارودانت.
_NEAR_WORDS = frozenset(["ضواحي", "بضواحي", "نواحي", "بنواحي", "ضاحيه", "بضاحيه"])
# A building spoken for (لمجمع الصناعة التقليدية بتطوان، للمركب …) sits somewhere; the
# meeting is not said to be there.
_BUILDINGS = frozenset(
    ["مجمع", "مركب", "مركز", "سوق", "قصر", "دار", "فضاء", "مقر", "حي", "قريه", "ميناء", "معهد"]
)
# The seat of a body before the place (المديرية الجهوية للصناعة التقليدية بأكادير): where the
# body sits, not where the meeting is.
_SEAT_HEADS = frozenset(
    [
        "المديريه",
        "مديريه",
        "المندوبيه",
        "مندوبيه",
        "النيابه",
        "الاكاديميه",
        "المصالح",
        "الوكاله",
        "المكتب",
        # نشطه تقني من مصلحة وقاية النباتات بآسفي: where the service is
        "مصلحه",
        # يستفيد من التكوين بمعهد التكنولوجيا للصيد البحري بالعرائش: where the institute is
        "المعهد",
        "معهد",
    ]
)
_SEAT_WINDOW = 6
# A person's title before an institution and its town (رئيس المركز الجهوي للمعهد الوطني للبحث
# في الصيد البحري بطنجة، المدير الجهوي للصناعة التقليدية بفاس): where the speaker comes from.
_TITLES = frozenset(
    normalise(w)
    for w in (
        *("رئيس", "رئيسة", "مدير", "مديرة", "المدير", "المديرة", "أستاذ", "أستاذة"),
        *("ممثل", "ممثلة", "مندوب", "المندوب", "نائب", "الكاتب", "خبير", "الخبير"),
        *("إطار", "الإطار", "منسق", "المنسق", "مسؤول", "المسؤول"),
    )
)
_TITLE_WINDOW = 9


def official_territory(doc: Document, m: PlaceMention) -> bool:
    """عامل إقليم صفرو، والي جهة فاس مكناس، باشا مدينة تافراوت."""
    tokens = doc.tokens
    for k in (m.first - 1, m.first - 2):
        if k < 0 or (k < m.first - 1 and not m.cue):
            break
        if _OFFICIALS.intersection(tokens[k].variants[:3]):
            return True
    return False


def planned(doc: Document, first: int) -> bool:
    """A project's place: تشييد مقر للغرفة بمدينة سلا."""
    sentence = doc.sentence_of(first)
    for k in range(max(0, first - 12), first):
        if doc.sentence_of(k) != sentence:
            continue
        if _PROJECT_WORDS.intersection(doc.tokens[k].variants[:3]):
            return True
        # دعا … إلى عقد اجتماع بمقر الغرفة بأكادير: a meeting called for
        if doc.tokens[k].norm in _CALLED and k > 0 and doc.tokens[k - 1].norm in ("الي", "بضروره"):
            return True
        # الملتقى الجهوي المزمع تنظيمه بمدينة الحسيمة: a later event's place
        if doc.tokens[k].norm in TO_COME and first - k <= 4:
            return True
    return False


_CALLED = frozenset(("عقد", "تنظيم", "انعقاد"))


def seat(doc: Document, m: PlaceMention) -> bool:
    """A body's seat (المديرية الجهوية للصناعة التقليدية بأكادير), a building's spoken of
    with ل (لمجمع الصناعة التقليدية بتطوان)."""
    if "ب" not in m.prefix or m.cue:
        return False
    tokens = doc.tokens
    for k in range(m.first - 1, max(-1, m.first - 1 - _SEAT_WINDOW), -1):
        if tokens[k].brk and k != m.first - 1:
            return False
        if _SEAT_HEADS.intersection(tokens[k].variants[:3]):
            return True
        word = tokens[k].norm
        if (
            word[:1] == "ل"
            and word[1:] in _BUILDINGS
            or word.startswith("لل")
            and (word[3:] in _BUILDINGS)
        ):
            return True
    return False


def dashed(doc: Document, last: int, m: PlaceMention) -> bool:
    """Whether m follows token `last` with only a dash between (الرباط-سلا)."""
    if m.first != last + 1 or last < 0:
        return False
    return doc.norm[doc.tokens[last].nend : doc.tokens[m.first].nstart].strip() in ("-", "–")


def attendees(doc: Document, m: PlaceMention) -> bool:
    """An attendee's institution's town (بحضور … المدير الجهوي للصناعة التقليدية بفاس): a
    title after بحضور in its sentence, then only the names of the institution (no meeting
    noun, no break), then the town. Where a speaker giving a talk works may be the venue's
    town (seeds), so only those said to attend are set aside."""
    if "ب" not in m.prefix:
        return False
    tokens = doc.tokens
    start = m.first - 1 - (1 if m.cue else 0)  # رئيس قسم … بولاية أكادير: before the cue
    for k in range(start, max(-1, start - _TITLE_WINDOW), -1):
        if tokens[k].brk or tokens[k].digit:
            return False
        word = tokens[k].norm
        if word.lstrip("و") in _TITLES:
            sentence = doc.sentence_of(k)
            for j in range(k - 1, -1, -1):
                if doc.sentence_of(j) != sentence:
                    return False
                if tokens[j].norm in _ATTENDING:
                    return True
            return False
        if _strip_article(word) in NOUNS:
            return False  # ترأس رئيس الغرفة اللقاء المنظم بوجدة: the meeting's own place
    return False


_ATTENDING = frozenset(
    normalise(w) for w in ("بحضور", "وبحضور", "حضره", "وحضره", "حضرها", "وحضرها", "حضر", "وحضر")
)


def _strip_article(word: str) -> str:
    for prefix in ("وال", "بال", "لل", "ال", "و", "ب", "ل"):
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix) :]
    return word


def zone(doc: Document, m: PlaceMention) -> bool:
    """بسواحل الناظور، بساحل سيدي إفني: a fishing zone; ضواحي مراكش: the town it is near."""
    k = m.first - 1
    return (
        k >= 0
        and not doc.tokens[k].brk
        and bool((_ZONE_WORDS | _NEAR_WORDS).intersection(doc.tokens[k].variants[:3]))
    )


# A news outlet named after its town: جريدة طنجة 24، العرائش نيوز، موقع أكادير بريس.
_OUTLET_HEADS = frozenset(
    ("جريده", "موقع", "صحيفه", "يوميه", "اسبوعيه", "مجله", "اذاعه", "قناه", "بوابه")
)
_OUTLET_TAILS = frozenset(("نيوز", "بريس", "انفو", "تيفي", "تي في", "اليوم", "24", "الان"))


def outlet(doc: Document, m: PlaceMention) -> bool:
    """Whether the place is the name of the news outlet that reports the meeting."""
    tokens = doc.tokens
    if m.first > 0 and not tokens[m.first - 1].brk:
        before = tokens[m.first - 1].norm
        if (
            before.lstrip("ول") in _OUTLET_HEADS
            or before[:2] == "لل"
            and (before[2:] in _OUTLET_HEADS or "ال" + before[2:] in _OUTLET_HEADS)
        ):
            return True
    return (
        not m.prefix
        and m.last + 1 < len(tokens)
        and not tokens[m.last].brk
        and tokens[m.last + 1].norm in _OUTLET_TAILS
    )


_BYLINE_WORDS = 5


def byline(doc: Document, m: PlaceMention) -> str | None:
    """A short line that is a town and a reporter's name: ':' for «آسفي: عبد الرحيم النبوي» or
    «تطوان – عبد الله الصديقي» (where the correspondent writes from, the meeting's town only
    when the text names no other), '-' for «عبد الفتاح مصطفى - الرشيدية» or «الرباط - المغرب
    اليوم» (a signature, or a town and an outlet: never the meeting's); None for any other."""
    norm = doc.norm
    start = norm.rfind("\n", 0, doc.tokens[m.first].nstart) + 1
    end = norm.find("\n", doc.tokens[m.last].nend)
    line = norm[start : end if end >= 0 else len(norm)]
    before = norm[start : doc.tokens[m.first].nstart]
    after = norm[doc.tokens[m.last].nend : end if end >= 0 else len(norm)]
    if len(line.split()) > _BYLINE_WORDS or any(ch.isdigit() for ch in line):
        return None  # a dispatch's dateline has its date: الرباط - 14 مارس 2024
    if CHAMBER_WORDS.intersection(line.split()):
        return None  # غرفة الصيد البحري المتوسطية- طنجة: the chamber's label (chamber_label)
    mark = after.lstrip()[:1]
    if not before.strip() and mark in ":-–—" and after.strip(" :-–—"):
        signed = after.strip(" :-–—").split()
        # الرباط - المغرب اليوم: the outlet's name after the town, not a reporter's
        return "-" if _OUTLET_TAILS.union(("المغرب",)).intersection(signed) else ":"
    if not after.strip() and before.rstrip()[-1:] in "-–—" and before.strip(" -–—"):
        return "-"
    return None


# Where people come from: العارضين المنحدرين من أقاليم العيون والسمارة، القادمين من …
_ORIGIN = frozenset(
    ("المنحدرين", "المنحدرات", "المنحدره", "المنحدر", "ينحدرون", "القادمين", "القادمات")
    + ("الوافدين", "الوافدات", "ينتمون", "المنتمين", "المنتميات")
)


# Several places named together (على صعيد أقاليم ميدلت والرشيدية وتنغير): where an activity
# reaches, not where one meeting is.
_PLURAL_PLACES = frozenset(("اقاليم", "عمالات", "مدن", "جماعات"))
_LIST_WINDOW = 8


def _in_plural_list(doc: Document, m: PlaceMention) -> bool:
    tokens = doc.tokens
    for k in range(m.first - 1, max(-1, m.first - 1 - _LIST_WINDOW), -1):
        if tokens[k].brk:
            return False
        word = tokens[k].norm
        if word in _PLURAL_PLACES or word[:1] in ("ب", "ل", "و") and word[1:] in _PLURAL_PLACES:
            return True
    return False


# ممثلة الدار البيضاء: the titles of a delegate (not عن, which also means "about").
_REPRESENTING = REPRESENTATIVES - {"عن"}


def origin(doc: Document, m: PlaceMention) -> bool:
    """A town in the list of where attendees or exhibitors come from, or the one a member
    represents (عن الجمعية الفلاحية ممثلة الدار البيضاء), not the venue."""
    if not m.prefix and m.first > 0 and doc.tokens[m.first - 1].norm in _REPRESENTING:
        return True
    if _in_plural_list(doc, m):
        return True
    sentence = doc.sentence_of(m.first)
    for k in range(m.first - 1, max(-1, m.first - 9), -1):
        if doc.sentence_of(k) != sentence:
            return False
        if doc.tokens[k].norm in _ORIGIN:
            return True
    return False


def chamber_label(doc: Document, m: PlaceMention) -> bool:
    """A line that is the chamber's name, a dash and its town (غرفة الصيد البحري المتوسطية-
    طنجة): a label of who is writing from where, not the meeting's place."""
    if m.prefix or m.cue or m.first == 0:
        return False
    tokens = doc.tokens
    norm = doc.norm
    gap = norm[tokens[m.first - 1].nend : tokens[m.first].nstart]
    if not any(dash in gap for dash in "-–—"):
        return False
    line_start = norm.rfind("\n", 0, tokens[m.first].nstart) + 1
    line_end = norm.find("\n", tokens[m.last].nend)
    tail = norm[tokens[m.last].nend : line_end if line_end >= 0 else len(norm)]
    head = norm[line_start : tokens[m.first - 1].nend].split()
    return not tail.strip(" .") and 0 < len(head) <= 8 and head[0] in ("غرفه", "الغرفه")
