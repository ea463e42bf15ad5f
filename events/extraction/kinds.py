"""The kind of meeting, in its base form: "اجتماعا تنسيقيا" → اجتماع تنسيقي,
"اللقاء التواصلي" → لقاء تواصلي, "الدورة العادية" stays الدورة العادية."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from events.dates import MONTH_NUMBERS
from events.extraction.document import Document, Token, variants
from events.extraction.inauguration import inauguration
from events.extraction.result import Found

# Meeting nouns (normalised base form → the form to show). Plural forms are left out on
# purpose: "الدورات التكوينية" lists a chamber's activities, it is not the meeting.
_NOUNS = {
    "اجتماع": "اجتماع",
    "لقاء": "لقاء",
    "ندوه": "ندوة",
    "ورشه": "ورشة",
    "منتدي": "منتدى",
    "ملتقي": "ملتقى",
    "معرض": "معرض",
    "مناظره": "مناظرة",
    "مؤتمر": "مؤتمر",
    "موتمر": "مؤتمر",
    "دوره": "دورة",
    "جلسه": "جلسة",
    "يوم": "يوم",
    "ايام": "أيام",
    "قافله": "قافلة",
    "حفل": "حفل",
    "مائده": "مائدة",
    "مايده": "مائدة",
    "صالون": "صالون",
    "مهرجان": "مهرجان",
}
# Nouns that are a kind only with a qualifier (يوم دراسي, جلسة عمل; not يوم الجمعة).
_NEED_QUALIFIER = frozenset(("يوم", "ايام", "دوره", "جلسه", "مائده", "حفل"))
# Qualifiers that are not nisba adjectives, and constructs (جلسة عمل، ورشة عمل).
_QUALIFIERS = {
    w: w
    for w in (
        "موسع",
        "مفتوح",
        "مصغر",
        "مشترك",
        "عاديه",
        "استثنائيه",
        "عمل",
        "مستديره",
        "تكوينيه",
        "دراسي",
        "تواصلي",
        "تنسيقي",
        "تشاوري",
        "تحسيسي",
        "اخباري",
        "اعلامي",
        "تكويني",
        "جهوي",
        "وطني",
        "دولي",
        "تفاعلي",
        "تاطيري",
        "تعريفي",
        "تقييمي",
        "تشاركي",
        "ثنائي",
        "علمي",
        "صحفي",
        "توجيهي",
        "تحضيري",
        "افتراضي",
        "رقمي",
        "اقليمي",
        "محلي",
        "موضوعاتي",
        "تواصليه",
        "تكوينيه",
        "ارشادي",
        "توعوي",
        "تقني",
        "ميداني",
        "تدريبي",
        "تحفيزي",
        "عادي",
        "استثنائي",
        "تشاوريه",
    )
}
# The qualifiers that make يوم / أيام a meeting (يوم دراسي، أيام تحسيسية; not يوم الجمعة).
_DAY_QUALIFIERS = frozenset(
    (
        "دراسي",
        "تواصلي",
        "تحسيسي",
        "اعلامي",
        "اخباري",
        "تكويني",
        "مفتوح",
        "وطني",
        "جهوي",
        "اقليمي",
        "تعريفي",
        "ارشادي",
        "توعوي",
        "تشاوري",
        "تاطيري",
        "تقني",
        "تفاعلي",
        "تشاركي",
        "تدريبي",
        "تحفيزي",
        "ميداني",
        "علمي",
        "توجيهي",
        "تقييمي",
    )
)
_DISPLAY = {
    "موسع": "موسع",
    "مفتوح": "مفتوح",
    "مصغر": "مصغر",
    "مشترك": "مشترك",
    "عمل": "عمل",
    "اخباري": "إخباري",
    "اعلامي": "إعلامي",
    "اقليمي": "إقليمي",
    "افتراضي": "افتراضي",
    "ارشادي": "إرشادي",
    "استثنائي": "استثنائي",
}
# Words ending in ي that are not qualifiers of a meeting.
_NOT_QUALIFIERS = frozenset(
    (
        "الذي",
        "التي",
        "في",
        "الي",
        "علي",
        "حتي",
        "لدي",
        "الاتي",
        "اتي",
        "مهم",
        "هام",
        # ordinals and filler after the noun: الملتقى الجهوي الثاني، الاجتماع الحالي
        "ثاني",
        "ثانيه",
        "اولي",
        "حوالي",
        "حالي",
        "حاليه",
        "ماضي",
        "جاري",
        "تالي",
        "والي",
        "ذي",
        "سنوي",
        # يومي 22 و23 نونبر: "on the days", not an adjective
        "يومي",
    )
)
# Possessive endings on a meeting noun: دورتها، اجتماعه، لقائهم.
_POSSESSIVES = ("تهما", "تهم", "تها", "ته", "هما", "هم", "ها", "ه")
# The session of a chamber's assembly keeps its article: الدورة العادية.
_DEFINITE_KINDS = {("دوره", "عاديه"): "الدورة العادية", ("دوره", "استثنائيه"): "الدورة الاستثنائية"}


# A session's ordinal and its assembly belong to its name: الدورة العادية الثانية للجمعية
# العامة, الدورة الثالثة, دورة فبراير.
_ORDINALS = {
    "الاولي": "الأولى",
    "الثانيه": "الثانية",
    "الثالثه": "الثالثة",
    "الرابعه": "الرابعة",
    "الخامسه": "الخامسة",
}
_ORDINALS_M = {"الاول": "الأول", "الثاني": "الثاني", "الثالث": "الثالث", "الرابع": "الرابع"}
_ASSEMBLY = ("للجمعيه", "العامه")
# What a signing is of: توقيع اتفاقية شراكة، توقيع مذكرة تفاهم.
_SIGNED = frozenset(["اتفاقيه", "اتفاقيات", "مذكره", "اتفاق", "عقد", "بروتوكول"])
_SIGNED_OF = frozenset(["شراكه", "اطار", "تعاون", "تفاهم", "الشراكه", "التعاون"])
_SHOWN_SIGNED = {
    "اتفاقيه": "اتفاقية",
    "مذكره": "مذكرة",
    "شراكه": "شراكة",
    "اطار": "إطار",
    "الشراكه": "الشراكة",
}
# A general assembly (جمعها العام العادي): the noun is جمع only before العام.
_ASSEMBLY_KINDS = {"العادي": "العادي", "الاستثنائي": "الاستثنائي"}


@dataclass(frozen=True)
class KindMention:
    value: str
    first: int
    last: int
    score: float


def _edit1(a: str, b: str) -> bool:
    """Whether a and b are at most one substitution, insertion or deletion apart."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


@lru_cache(maxsize=65536)
def _strip(word: str) -> tuple[str, bool]:
    """(base, definite): drop a conjunction/preposition, the article and the accusative alef."""
    definite = False
    for prefix in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            word = word[len(prefix) :]
            definite = True
            break
    else:
        if word[:1] in "وبلف" and len(word) > 4 and word[1:] not in _NOT_QUALIFIERS:
            candidate = word[1:]
            if _base(candidate) in _NOUNS or _possessed(candidate):
                word = candidate
        owner = _possessed(word)
        if owner:
            return owner, True
    return _base(word), definite


def _possessed(word: str) -> str | None:
    """The meeting noun under a possessive ending (دورتها → دوره), or None."""
    if _base(word) in _NOUNS:
        return None
    for suffix in _POSSESSIVES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if suffix.startswith("ت"):
                stem += "ه"
            stem = stem[:-1] + "ء" if stem.endswith("ي") and stem[:-1] + "ء" in _NOUNS else stem
            if stem in _NOUNS:
                return stem
    return None


def _base(word: str) -> str:
    if word.endswith("ا") and word[:-1] in _NOUNS:
        return word[:-1]  # يوما → يوم
    if word.endswith("يا") and len(word) > 4:
        return word[:-1]  # تنسيقيا → تنسيقي
    if word.endswith("ءا") or (word.endswith("ا") and len(word) > 4 and not word.endswith("يا")):
        return word[:-1]  # لقاءا، اجتماعا، موسعا
    return word


def _qualifier(token: Token) -> str | None:
    base, _ = _strip(token.norm)
    if base in _NOT_QUALIFIERS or token.digit or token.latin:
        return None
    if base in _QUALIFIERS:
        return base
    if base.endswith("يه") and base[:-1] in _QUALIFIERS:
        return base
    for known in _QUALIFIERS:
        if len(base) >= 5 and len(known) >= 5 and _edit1(base, known):
            return known  # تنسيقس → تنسيقي
    if (
        len(base) >= 4
        and (base.endswith("ي") or base.endswith("يه"))
        and base not in _NOT_QUALIFIERS
    ):
        return base
    return None


def _show(base: str) -> str:
    if base in _DISPLAY:
        return _DISPLAY[base]
    if base.endswith("ه"):
        return base[:-1] + "ة"  # the normalised ه of a feminine ending: مستديره → مستديرة
    return base


def find_kinds(doc: Document) -> list[KindMention]:
    tokens = doc.tokens
    mentions: list[KindMention] = []
    for i, token in enumerate(tokens):
        noun, definite = _strip(token.norm)
        if noun not in _NOUNS:
            assembly = _general_assembly(doc, i)
            if assembly:
                mentions.append(KindMention(assembly[0], i, assembly[1], 3.0))
            signing = _signing(doc, i)
            if signing:
                mentions.append(KindMention(signing[0], i, signing[1], 3.0))
            opening = inauguration(doc, i)
            if opening:
                mentions.append(KindMention(opening, i, i + 1, 2.0))
            continue
        if noun == "معرض" and i > 0 and tokens[i - 1].norm in ("في", "وفي"):
            continue  # في معرض حديثه: "in the course of"
        qualifiers: list[str] = []
        j = i
        while not tokens[j].brk and j + 1 < len(tokens) and len(qualifiers) < 3:
            nxt = tokens[j + 1]
            word = nxt.norm
            joined = word.startswith("و") and qualifiers
            if joined:
                word = word[1:]
            if word.startswith(("بال", "لل", "بم")):
                break  # لقاء بالمحمدية: a place or a complement, never an adjective
            q = _qualifier(Token(word, 0, 0, 0, 0, False, False, False, variants(word)))
            if q is None:
                break
            if q == "عمل" and qualifiers:
                break
            qualifiers.append(("و" if joined else "") + q)
            j += 1
            if q == "عمل":
                break
        if noun == "دوره":
            session = _session(doc, i, j, qualifiers)
            if session is None:
                continue  # دوره التنموي: "its role", not a session
            value, j = session
            score = 2.0 + (0.0 if definite else 1.0)
            mentions.append(KindMention(value, i, j, score))
            continue
        if noun in _NEED_QUALIFIER and not qualifiers:
            continue
        if (
            noun in ("يوم", "ايام")
            and qualifiers
            and _masculine(qualifiers[0]) not in _DAY_QUALIFIERS
        ):
            continue
        key = (noun, qualifiers[0].lstrip("و")) if qualifiers else None
        if key in _DEFINITE_KINDS:
            value = _DEFINITE_KINDS[key]
        else:
            value = " ".join([_NOUNS[noun], *(_show_joined(q) for q in qualifiers)])
        score = 1.0 + (1.0 if qualifiers else 0.0) + (0.0 if definite else 1.0)
        if token.norm.startswith(("ب", "وب")) and not definite:
            score -= 1.5  # برواق الغرفة بمعرض أليوتيس: where it happens, not what
        mentions.append(KindMention(value, i, j, score))
    return mentions


def _session(doc: Document, i: int, j: int, qualifiers: list[str]):
    """A chamber's session: (its name, its last token), or None when دوره is not one.

    دورتها العادية الثانية للجمعية العامة → الدورة العادية الثانية للجمعية العامة;
    الدورة الثانية → الدورة الثانية; دورة فبراير / دورة أبريل العادية → kept as written.
    A masculine adjective (دوره التنموي) means "its role"."""
    tokens = doc.tokens
    words: list[str] = []
    month = None
    if not qualifiers and j + 1 < len(tokens) and not tokens[j].brk:
        nxt = tokens[j + 1].norm
        for form in (nxt, nxt[1:] if nxt[:1] == "ل" else nxt):
            if form in MONTH_NUMBERS:
                month = tokens[j + 1]
                j += 1
                break
    if qualifiers:
        first = qualifiers[0].lstrip("و")
        if (first in ("عادي", "استثنائي") or not first.endswith("يه")) and first != "عمل":
            return None
    k = j
    while k + 1 < len(tokens) and not tokens[k].brk and len(words) < 3:
        nxt = tokens[k + 1].norm
        if nxt in _ORDINALS:
            words.append(_ORDINALS[nxt])
        elif nxt in ("عاديه", "العاديه") and month is not None:
            words.append("العادية")
        elif (nxt, tokens[k + 2].norm if k + 2 < len(tokens) else "") == _ASSEMBLY:
            words.append("للجمعية العامة")
            k += 2
            break
        else:
            break
        k += 1
    if month is not None:
        return " ".join(["دورة", doc.text(j, j), *words]), k
    if not qualifiers and not words:
        return None
    owned = "للجمعية العامة" in words or _owned_by_chamber(doc, k)
    if not qualifiers and month is None and not owned:
        return None  # الدورة الثانية من المعرض، في دورته الثانية: an edition, not a session
    shown = [_show_joined(q) for q in qualifiers]
    key = ("دوره", qualifiers[0].lstrip("و")) if qualifiers else None
    if key in _DEFINITE_KINDS:
        head = _DEFINITE_KINDS[key]
    elif qualifiers:
        return " ".join(["دورة", *shown, *words]), k
    else:
        head = "الدورة"
    return " ".join([head, *words]), k


def _owned_by_chamber(doc: Document, k: int) -> bool:
    """الدورة الثانية للغرفة، … للجمعية العامة: the session belongs to the chamber."""
    tokens = doc.tokens
    if k + 1 >= len(tokens) or tokens[k].brk:
        return False
    nxt = tokens[k + 1].norm
    return nxt in ("للغرفه", "لغرفه", "للجمعيه", "لمجلس", "للمجلس", "للجمع") or nxt == "العاديه"


def _signing(doc: Document, i: int) -> tuple[str, int] | None:
    """توقيع اتفاقية شراكة، توقيع اتفاقية إطار، توقيع مذكرة تفاهم."""
    tokens = doc.tokens
    if tokens[i].norm.lstrip("و") not in ("توقيع", "التوقيع") or tokens[i].brk:
        return None
    if i + 1 >= len(tokens) or tokens[i + 1].norm not in _SIGNED:
        return None
    last = i + 1
    if last + 1 < len(tokens) and not tokens[last].brk and tokens[last + 1].norm in _SIGNED_OF:
        last += 1
    return " ".join(
        ["توقيع", *(_SHOWN_SIGNED.get(t.norm, t.norm) for t in tokens[i + 1 : last + 1])]
    ), last


def _general_assembly(doc: Document, i: int) -> tuple[str, int] | None:
    """جمعها العام العادي الثاني، الجمع العام → (الجمع العام العادي الثاني, last token)."""
    tokens = doc.tokens
    word = tokens[i].norm
    if not (word.startswith(("جمع", "الجمع", "والجمع")) and len(word) <= 7):
        return None
    if word.lstrip("و") not in ("جمع", "الجمع", "جمعها", "جمعه", "جمعهم"):
        return None
    if i + 1 >= len(tokens) or tokens[i].brk or tokens[i + 1].norm != "العام":
        return None
    words, k = ["الجمع العام"], i + 1
    while k + 1 < len(tokens) and not tokens[k].brk and len(words) < 3:
        nxt = tokens[k + 1].norm
        if nxt in _ASSEMBLY_KINDS and len(words) == 1:
            words.append(_ASSEMBLY_KINDS[nxt])
        elif nxt in _ORDINALS_M:
            words.append(_ORDINALS_M[nxt])
        else:
            break
        k += 1
    return " ".join(words), k


def _masculine(q: str) -> str:
    q = q.lstrip("و")
    return q[:-1] if q.endswith("يه") else q


def _show_joined(q: str) -> str:
    return "و" + _show(q[1:]) if q.startswith("و") and q[1:] in _QUALIFIERS else _show(q)


def choose_kind(doc: Document, mentions: list[KindMention], title_tokens: int) -> Found[str | None]:
    """The meeting as the article first presents it: an indefinite noun with its qualifier
    (عقد اجتماعا موسعا) outranks a definite one (اللقاء الموسع) or a bare noun."""
    if not mentions:
        return Found(None, None, 0.0)

    def rank(m: KindMention) -> tuple[float, int]:
        score = m.score - (0.5 if m.first < title_tokens else 0.0)
        return (score, -m.first)

    best = max(mentions, key=rank)
    confidence = 0.9 if best.score >= 3 else 0.7 if best.score >= 2 else 0.5
    return Found(best.value, doc.span(best.first, best.last), confidence)
