"""The closed list of meeting categories, and the mapping of a kind phrase onto it.

A meeting keeps the phrase its article uses (`Meeting.kind`: «الدورة العادية للجمعية العامة»)
and gets one category (`Meeting.category`), which is what facets, filters, exports and feeds
show: free phrases (and the extractor's fragments such as «دورة والتي») never reach a reader.
The slugs are public identifiers (`kind=` in URLs); the labels are those of CATEGORIES.md.

The head noun decides (اجتماع, لقاء, دورة …); its qualifiers refine it (لقاء تواصلي is a
coordination meeting, يوم إعلامي an information day). A phrase that says too little (empty, a
bare دورة or لقاء) is completed by the first meeting noun of the article that says more.
"""

from __future__ import annotations

import functools
import itertools

from django.db import models
from django.utils.translation import get_language

from events.arabic import normalise, words
from events.category_words import (
    _BODIES,
    _HEADS,
    _PUBLIC,
    _QUALIFIED,
    _SIGNING,
    _TEXT_HEADS,
    _VAGUE,
)
from events.extraction.kind_words import QUALIFIERS, RECEIVING_VERBS

# slug, Arabic label, French label: the one table (CATEGORIES.md).
TABLE = (
    ("general-assembly", "دورة الجمعية العامة", "Session de l'assemblée générale"),
    ("board-meeting", "اجتماع المكتب أو المجلس", "Réunion du bureau ou du conseil"),
    (
        "coordination-meeting",
        "اجتماع تنسيقي أو لقاء عمل",
        "Réunion de coordination ou de travail",
    ),
    ("information-day", "يوم إعلامي أو تحسيسي", "Journée d'information ou de sensibilisation"),
    ("study-day", "يوم دراسي أو ندوة", "Journée d'étude ou séminaire"),
    ("training", "دورة تكوينية أو ورشة", "Formation ou atelier"),
    ("forum", "منتدى أو مؤتمر", "Forum ou conférence"),
    ("fair", "معرض", "Salon ou exposition"),
    ("agreement-signing", "توقيع اتفاقية", "Signature de convention"),
    ("visit", "زيارة أو وفد", "Visite ou délégation"),
    ("caravan", "قافلة", "Caravane"),
    ("ceremony", "حفل", "Cérémonie"),
    ("other", "أخرى", "Autre"),
)
SLUGS = tuple(slug for slug, _ar, _fr in TABLE)
LABELS_AR = {slug: ar for slug, ar, _fr in TABLE}
LABELS_FR = {slug: fr for slug, _ar, fr in TABLE}


class Category(models.TextChoices):
    GENERAL_ASSEMBLY = "general-assembly", LABELS_AR["general-assembly"]
    BOARD_MEETING = "board-meeting", LABELS_AR["board-meeting"]
    COORDINATION_MEETING = "coordination-meeting", LABELS_AR["coordination-meeting"]
    INFORMATION_DAY = "information-day", LABELS_AR["information-day"]
    STUDY_DAY = "study-day", LABELS_AR["study-day"]
    TRAINING = "training", LABELS_AR["training"]
    FORUM = "forum", LABELS_AR["forum"]
    FAIR = "fair", LABELS_AR["fair"]
    AGREEMENT_SIGNING = "agreement-signing", LABELS_AR["agreement-signing"]
    VISIT = "visit", LABELS_AR["visit"]
    CARAVAN = "caravan", LABELS_AR["caravan"]
    CEREMONY = "ceremony", LABELS_AR["ceremony"]
    OTHER = "other", LABELS_AR["other"]


def label(slug: str, language: str | None = None) -> str:
    """The category's label in `language` (the active one by default); '' for no category."""
    language = language or get_language() or "ar"
    table = LABELS_FR if language.startswith("fr") else LABELS_AR
    return table.get(slug, "")


def choices(language: str | None = None) -> list[tuple[str, str]]:
    """(slug, label) in the list's order, labels in `language` (the active one by default)."""
    return [(slug, label(slug, language)) for slug in SLUGS]


# --- the mapping (its words: events.category_words) ----------------------------------------
# Proclitics and the article, longest first.
_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "و", "ب", "ل", "ف")
# Possessive endings (دورتها → دوره, اجتماعه → اجتماع).
_POSSESSIVES = ("تها", "تهم", "ته", "ها", "هم", "ه")
# How much of an article the fallback reads: the meeting is named in its first paragraphs.
TEXT_LIMIT = 4000


@functools.lru_cache(maxsize=16384)
def _readings(word: str) -> tuple[str, ...]:
    """The word, then without proclitics, accusative alef and possessive ending (the same
    words come back in every article: read once)."""
    out = [word]
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            out.append(word[len(prefix) :])
    for base in list(out):
        if base.endswith("ا") and len(base) > 3:
            out.append(base[:-1])  # اجتماعا، لقاءا، يوما
        for suffix in _POSSESSIVES:
            if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                stem = base[: -len(suffix)]
                stem = stem + "ه" if suffix.startswith("ت") else stem
                out.append(stem[:-1] + "ء" if stem.endswith("اي") else stem)  # لقائه → لقاء
    return tuple(out)


def _head(word: str, heads=None) -> str | None:
    for reading in _readings(word):
        if reading in _HEADS and (heads is None or reading in heads):
            return reading
    return None


def _qualifier(word: str) -> list[str]:
    """A following word's readings as a qualifier: without article, in the masculine."""
    out = []
    for reading in _readings(word):
        out.append(reading)
        if reading.endswith("يه"):
            out.append(reading[:-1])  # تكوينيه → تكويني
        if reading.endswith("يا"):
            out.append(reading[:-1])  # تنسيقيا → تنسيقي
    return out


def _classify(tokens: list[str], heads=None) -> tuple[str | None, bool]:
    """(category, decided) of a phrase's words, from its first head noun (of `heads` if
    given): decided is False when the phrase says too little (no meeting noun, or a vague
    noun without a deciding qualifier)."""
    if any(r in _SIGNING for t in tokens for r in _readings(t)):
        return "agreement-signing", True
    for i, word in enumerate(tokens):
        head = _head(word, heads)
        if head is None:
            continue
        following = [_qualifier(t) for t in tokens[i + 1 : i + 5]]
        if head in ("لقاء", "لقاءات", "يوم", "ايام") and any(
            r in _PUBLIC for readings in following for r in readings
        ):
            return "information-day", True
        table = _QUALIFIED.get(head, {})
        for n, readings in enumerate(following):
            for reading in readings:
                # اجتماع مجلس الإدارة is the board's; in اجتماع بين رئيس مجلس عمالة … the
                # council is another party: a council decides only right after the noun.
                if reading in table and (n == 0 or reading not in _BODIES):
                    slug = table[reading]
                    if slug == "coordination-meeting" and _awareness_joined(following[n + 1 :]):
                        return "information-day", True  # لقاء تواصلي وتحسيسي
                    return slug, True
        general = bool(following) and bool({"عام", "عامه"} & set(following[0]))
        if head in ("جمع", "جمعيه") and not general:
            continue  # جمعية مهنية: a partner, not the assembly
        if head in ("مجلس", "مكتب", "لجنه") and i > 0:
            continue  # a body after another word: a complement, not the meeting
        return _HEADS[head], head not in _VAGUE
    return None, False


_QUALIFIED_WORDS = frozenset(w for table in _QUALIFIED.values() for w in table)
# Words between a meeting noun and who it is of or with: اجتماع مع أعضاء المكتب.
_LINKS = frozenset(normalise(w) for w in ("مع", "بين", "أعضاء", "لأعضاء"))


def _awareness_joined(following: list[list[str]]) -> bool:
    """The next qualifier, joined by و, makes the meeting an information one (وتحسيسيا)."""
    if not following:
        return False
    joined = [r[1:] for r in following[0] if r.startswith("و")]
    return any(_QUALIFIED[normalise("لقاء")].get(r) == "information-day" for r in joined)


def categorise(phrase: str, text: str = "") -> str:
    """The category slug of a kind phrase; when the phrase says too little (empty, a bare
    دورة, a fragment), the text decides: the body that holds the meeting (عقدت لجنة …
    اجتماعا: the board's), else the first meeting noun that says more, else a chamber's
    session the text names (الدورة الثالثة لجمعها العام … وتميز هذا الاجتماع)."""
    phrase_words = words(phrase or "")
    found, decided = _classify(phrase_words)
    exchange = decided and found == "coordination-meeting" and text
    meeting = any(_head(w) == "لقاء" for w in phrase_words)
    if exchange and meeting and _for_the_public(words(text[:TEXT_LIMIT])):
        return "information-day"  # لقاء تواصلي استهدف فلاحي المنطقة
    if exchange and _exchange(phrase_words) and _under_a_slogan(words(text[:TEXT_LIMIT])):
        return "information-day"  # لقاء تواصلي تحت شعار "…": held for a public, not to plan
    if (
        found in (None, "coordination-meeting")
        and text
        and _delegation_received(words(text[:TEXT_LIMIT]))
    ):
        return "visit"  # استقبلت الغرفة وفدا عن …، وتم خلال هذا اللقاء: a delegation's visit
    if not decided and text:
        tokens = words(text[:TEXT_LIMIT])
        if found == "coordination-meeting" and _held_by_an_organ(tokens):
            return "board-meeting"
        if found == "coordination-meeting" and meeting and _for_the_public(tokens):
            return "information-day"  # لقاء مع حرفيي السوق
        from_text = _from_text(tokens, phrase_words)
        if from_text is not None:
            return from_text
        if found == "coordination-meeting":
            session = _from_text(tokens, [])
            if session in ("general-assembly", "board-meeting", "visit"):
                return session
    return found or "other"


# عقدت لجنة المعارض بالغرفة اجتماعا، عقد مكتب الغرفة اجتماعه الشهري، اجتمعت اللجنة
# الموضوعاتية: the meeting of an organ.
_HOLD = frozenset(
    normalise(w) for w in ("عقد", "عقدت", "يعقد", "تعقد", "اجتمع", "اجتمعت", "يجتمع", "تجتمع")
)
_ORGANS = frozenset(normalise(w) for w in ("لجنه", "مكتب", "مجلس", "اللجنه", "المكتب"))
_OTHER_BODIES = frozenset(normalise(w) for w in ("جهه", "الجهه", "جماعه", "عماله", "اداره"))
# Who a meeting is for: لقاء تواصلي استهدف فلاحي المنطقة، لفائدة الحرفيين.
_AUDIENCE = frozenset(
    normalise(w)
    for w in (
        *("فلاحي", "الفلاحين", "للفلاحين", "الحرفيين"),
        *("للحرفيين", "الصناع", "للصناع", "التجار", "للتجار", "المهنيين", "للمهنيين"),
        *("حرفيي", "لحرفيي", "بحارة", "البحارة", "للبحارة", "مهنيي", "لمهنيي"),
    )
)
_AUDIENCE_WINDOW = 12
# The audience written with the ل of "for": للفلاحين، للحرفيين، لمهنيي القطاع.
_FOR_AUDIENCE = frozenset(w for w in _AUDIENCE if w.startswith("ل"))
_TARGETING = frozenset(
    normalise(w) for w in ("استهدف", "يستهدف", "تستهدف", "لفائدة", "مع", "لعموم", "موجه")
)


_RECEIVED = RECEIVING_VERBS
_DELEGATION = frozenset(normalise(w) for w in ("وفد", "وفدا", "الوفد", "وفود", "وفودا"))
_RECEIVED_WINDOW = 15
# Who a chamber receives as a guest, by title (not السيد: the receiving president's too).
_GUESTS = frozenset(
    normalise(w)
    for w in (
        *("الدكتورة", "الدكتور", "سفيرة", "سفير", "السفير", "السفيرة", "القنصل", "قنصل"),
        *("وزير", "الوزير", "وزيرة", "الوزيرة", "نظيره", "نظيرته"),
    )
)


def _delegation_received(tokens: list[str]) -> bool:
    """The text opens on a delegation or a guest received (استقبل رئيس الغرفة … وفدا من …،
    استقبل رئيس الغرفة … الدكتورة …، سفيرة …)."""
    for i, word in enumerate(tokens[:40]):
        if word in _RECEIVED:
            received = tokens[i + 1 : i + 1 + _RECEIVED_WINDOW]
            return bool(_DELEGATION.intersection(received) or _GUESTS.intersection(received))
    return False


def _held_by_an_organ(tokens: list[str]) -> bool:
    for i, word in enumerate(tokens[:-2]):
        if word in _HOLD and any(r in _ORGANS for r in _readings(tokens[i + 1])):
            return tokens[i + 2] not in _OTHER_BODIES
        if (
            word in _HOLD
            and i > 0
            and tokens[i - 1].endswith(("ها", "ه"))
            and any(r in _ORGANS for r in _readings(tokens[i - 1]))
        ):
            return True  # أفاد بلاغ للغرفة أن مكتبها عقد لقاءه: the organ, then the verb
    return False


def _exchange(phrase_words: list[str]) -> bool:
    return any("تواصلي" in _qualifier(w) for w in phrase_words)


def _under_a_slogan(tokens: list[str]) -> bool:
    return any(a == "تحت" and b == "شعار" for a, b in itertools.pairwise(tokens))


def _for_the_public(tokens: list[str]) -> bool:
    """An exchange meeting (لقاء تواصلي) held for farmers, artisans or traders."""
    for i, word in enumerate(tokens):
        if _head(word) != "لقاء" or i + 1 >= len(tokens):
            continue
        # لقاء تواصلي … لفائدة الحرفيين; a bare لقاء only when its audience follows it at once
        exchange = "تواصلي" in _qualifier(tokens[i + 1])
        if exchange or tokens[i + 1] in _TARGETING:
            end = min(len(tokens), i + 2 + (_AUDIENCE_WINDOW if exchange else 1))
            # … لفائدة الحرفيين، or the audience with its own ل: مناسبة سانحة للفلاحين
            if any(
                (tokens[k - 1] in _TARGETING or tokens[k] in _FOR_AUDIENCE)
                and set(_readings(tokens[k])) & _AUDIENCE
                for k in range(i + 2, end)
            ):
                return True
    return False


def _from_text(tokens: list[str], phrase_words: list[str]) -> str | None:
    """The category of the first meeting noun of the text that decides one; when the phrase
    has a noun (a bare دورة), only a mention of that same noun counts."""
    wanted = {h for w in phrase_words if (h := _head(w, _TEXT_HEADS))} or _TEXT_HEADS
    for i, word in enumerate(tokens):
        head = _head(word, wanted)
        if head is None:
            continue
        if (
            head == "معرض"
            and not word.startswith("ال")
            and i > 0
            and tokens[i - 1] in ("في", "وفي")
        ):
            continue  # في معرض حديثه: "in the course of" (في المعرض الدولي is the fair)
        found, sure = _classify(_phrase_at(tokens, i), frozenset((head,)))
        if sure:
            return found
    return None


def _phrase_at(tokens: list[str], i: int) -> list[str]:
    """The meeting noun at i and the words that can qualify it: up to four, ending with the
    first word that is no adjective, meeting noun, qualifier or link (سيعرف اللقاء أيضا مناقشة
    الأبحاث العلمية: العلمية qualifies the research, not the meeting)."""
    out = tokens[i : i + 1]
    for word in tokens[i + 1 : i + 5]:
        out.append(word)
        if word in _LINKS:
            continue  # اجتماعا مع أعضاء المكتب: the bureau's
        readings = _qualifier(word)
        if not any(
            r.endswith(("ي", "يه")) or r in _HEADS or r in _QUALIFIED_WORDS or r in QUALIFIERS
            for r in readings
        ):
            break
    return out
