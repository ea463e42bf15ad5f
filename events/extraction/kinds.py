"""The kind of meeting, in its base form: "اجتماعا تنسيقيا" → اجتماع تنسيقي,
"اللقاء التواصلي" → لقاء تواصلي, "الدورة العادية" stays الدورة العادية."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from events.dates import MONTH_NUMBERS
from events.extraction.document import Document, Token, variants
from events.extraction.event_names import event_name
from events.extraction.inauguration import inauguration
from events.extraction.kind_context import (
    another_event,
    ceremony_of,
    counted,
    decided,
    framed,
    issued_from,
    later,
    witnessed,
)
from events.extraction.kind_words import (
    ASSEMBLY,
    ASSEMBLY_KINDS,
    ASSEMBLY_OWNERS,
    ASSEMBLY_QUALIFIERS,
    DAY_QUALIFIERS,
    DEFINITE_KINDS,
    DISPLAY,
    NEED_QUALIFIER,
    NOT_QUALIFIERS,
    NOUNS,
    ORDINALS,
    ORDINALS_M,
    OWN_ASSEMBLY,
    PAYING,
    POSSESSIVES,
    QUALIFIERS,
    RECEIVED,
    SHOWN_SIGNED,
    SIDELINES,
    SIGNED,
    SIGNED_OF,
    SIGNING_VERBS,
    TRAINING_PROGRAMMES,
)
from events.extraction.result import Found
from events.extraction.typos import one_slip


@dataclass(frozen=True)
class KindMention:
    value: str
    first: int
    last: int
    score: float


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
        if word[:1] in "وبلف" and len(word) > 4 and word[1:] not in NOT_QUALIFIERS:
            candidate = word[1:]
            if _base(candidate) in NOUNS or _possessed(candidate):
                word = candidate
        owner = _possessed(word)
        if owner:
            return owner, True
    return _base(word), definite


def _possessed(word: str) -> str | None:
    """The meeting noun under a possessive ending (دورتها → دوره), or None."""
    if _base(word) in NOUNS:
        return None
    for suffix in POSSESSIVES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if suffix.startswith("ت"):
                stem += "ه"
            stem = stem[:-1] + "ء" if stem.endswith("ي") and stem[:-1] + "ء" in NOUNS else stem
            if stem in NOUNS:
                return stem
    return None


def _base(word: str) -> str:
    if word.endswith("ا") and word[:-1] in NOUNS:
        return word[:-1]  # يوما → يوم
    if word.endswith("يا") and len(word) > 4:
        return word[:-1]  # تنسيقيا → تنسيقي
    if word.endswith("ءا") or (word.endswith("ا") and len(word) > 4 and not word.endswith("يا")):
        return word[:-1]  # لقاءا، اجتماعا، موسعا
    return word


def _qualifier(token: Token) -> str | None:
    base, _ = _strip(token.norm)
    if base in NOT_QUALIFIERS or token.digit or token.latin:
        return None
    if base in QUALIFIERS:
        return base
    if base.endswith("يه") and base[:-1] in QUALIFIERS:
        return base
    for known in QUALIFIERS:
        if (
            len(base) >= 5
            and len(known) >= 5
            and one_slip(base, known)
            and not _noun_of(base, known)
        ):
            return known  # تنسيقس → تنسيقي
    if (
        len(base) >= 4
        and (base.endswith("ي") or base.endswith("يه"))
        and base not in NOT_QUALIFIERS
    ):
        return base
    return None


def _noun_of(base: str, adjective: str) -> bool:
    """Whether `base` is the noun an adjective is made from, not a slip of it: دراسة for
    دراسي، التكوين for تكويني (اجتماع دراسة برنامج …: a meeting studying a programme)."""
    return adjective.endswith("ي") and base in (adjective[:-1], adjective[:-1] + "ه")


def _show(base: str) -> str:
    if base in DISPLAY:
        return DISPLAY[base]
    if base.endswith("ه"):
        return base[:-1] + "ة"  # the normalised ه of a feminine ending: مستديره → مستديرة
    return base


def find_kinds(doc: Document) -> list[KindMention]:
    tokens = doc.tokens
    mentions: list[KindMention] = []
    for i, token in enumerate(tokens):
        noun, definite = _strip(token.norm)
        if noun not in NOUNS:
            assembly = _general_assembly(doc, i)
            if assembly:
                # الجمعية العامة لغرفة …: the assembly named, its session (دورتها) says more
                bare = assembly[0] == "الجمعية العامة" and token.norm.lstrip("و") == "الجمعيه"
                score = 1.5 if bare else 3.0
                if another_event(doc, i) or decided(doc, i):
                    score -= 2.0  # التحضير لعقد الجمع العام: the next assembly, not this one
                if issued_from(doc, i):
                    score -= 3.0  # اللجنة المنبثقة عن توصيات الجمع العام: spoken of, not told
                mentions.append(KindMention(assembly[0], i, assembly[1], score))
            signing = _signing(doc, i)
            if signing:
                # تم بالمناسبة توقيع اتفاقية، على هامشه: signed at the meeting, not the meeting
                aside = any(t.norm in SIDELINES for t in tokens[max(0, i - 5) : i])
                aside = aside or witnessed(doc, i)
                # the noun (توقيع اتفاقية) says it more plainly than a verb before it (وقعت …)
                plain = 2.0 if token.norm in SIGNED else 3.0
                mentions.append(KindMention(signing[0], i, signing[1], 1.0 if aside else plain))
            opening = inauguration(doc, i)
            if opening:
                mentions.append(KindMention(opening, i, i + 1, 2.0))
            continue
        if noun == "معرض" and not definite and i > 0 and tokens[i - 1].norm in ("في", "وفي"):
            continue  # في معرض حديثه: "in the course of" (في المعرض الدولي is the fair)
        if noun == "استقبال" and (
            token.brk or i + 1 >= len(tokens) or tokens[i + 1].norm not in RECEIVED
        ):
            continue  # مركز استقبال الشباب، استقبال وتوجيه الزوار: no one received
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
            if word[:1] == "ل" and not nxt.brk and j + 2 < len(tokens) and tokens[j + 2].definite:
                break  # أيام تحسيسية لفلاحي المنطقة: a genitive, not an adjective
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
            if token.norm.startswith(("ب", "وب")) and not definite:
                score -= 1.5  # استهلت الأنشطة الموازية بدورة تكوينية: a side activity
            mentions.append(KindMention(value, i, j, score))
            continue
        if noun == "برنامج" and not (
            qualifiers
            and qualifiers[0] in TRAINING_PROGRAMMES
            and _strip(tokens[i + 1].norm)[0].endswith(("ي", "يه"))
        ):
            continue  # برنامج عمل الغرفة، برنامج التكوين: a plan, not a meeting
        if noun == "اجتماع" and not qualifiers and _before_session(doc, i):
            continue  # اجتماع الدورة العادية الثالثة: the session names the meeting
        if noun == "حفل" and not qualifiers and ceremony_of(doc, i):
            qualifiers = []  # حفل لتوزيع الشواهد، حفل تكريم: a ceremony, named by its act
        elif noun in NEED_QUALIFIER and not qualifiers:
            continue
        if (
            noun in ("يوم", "ايام")
            and qualifiers
            and _masculine(qualifiers[0]) not in DAY_QUALIFIERS
        ):
            continue
        key = (noun, qualifiers[0].lstrip("و")) if qualifiers else None
        name, j = event_name(doc, noun, i, j, bool(qualifiers))
        if key in DEFINITE_KINDS:
            value = DEFINITE_KINDS[key]
        elif name and definite:
            # the event's own name keeps its article: المعرض الجهوي للصناعة التقليدية
            shown = [_definite(q) for q in qualifiers]
            value = " ".join(["ال" + NOUNS[noun], *shown, name])
        else:
            value = " ".join([NOUNS[noun], *(_show_joined(q) for q in qualifiers), name]).strip()
        score = 1.0 + (1.0 if qualifiers else 0.0) + (0.0 if definite else 1.0)
        if _paid(doc, i, noun):
            score += 1.0  # قام الوفد بزيارة، قامت الغرفة بتنظيم زيارة: what the sentence tells
        elif token.norm.startswith(("ب", "وب")) and not definite:
            score -= 1.5  # برواق الغرفة بمعرض أليوتيس: where it happens, not what
        if framed(doc, i):
            score -= 1.0  # في إطار تثمين المشاركة في المعرض، نُظم حفل: the frame, not the event
        if noun == "جلسه" and _part_of_meeting(doc, j):
            score -= 2.0  # الجلسة الافتتاحية الخاصة باليوم الدراسي: a part of the meeting
        if counted(doc, i):
            score -= 2.0  # بلغ عددها 58 معرض محلي: a count of past events, not the event
        if decided(doc, i) or another_event(doc, i) or later(doc, i):
            score -= 2.0  # حيث تقرر تنظيم ندوة: decided at the meeting, not the meeting
        if issued_from(doc, i):
            score -= 3.0  # تنفيذا لتوصيات الملتقى الجهوي: an earlier meeting's, spoken of
        mentions.append(KindMention(value, i, j, score))
    return mentions


def _part_of_meeting(doc: Document, j: int) -> bool:
    """Whether a meeting noun follows within three words of a session's phrase ending at j."""
    for token in doc.tokens[j + 1 : j + 4]:
        if _strip(token.norm)[0] in NOUNS:
            return True
        if token.brk:
            break
    return False


def _paid(doc: Document, i: int, noun: str) -> bool:
    """قام الوفد يوم الثلاثاء بزيارة …: a visit paid, what the sentence tells (its ب is the
    verb's, not a place's)."""
    if noun != "زياره":
        return False
    tokens = doc.tokens
    for k in range(i - 1, max(-1, i - 10), -1):
        if tokens[k].brk:
            return False
        if tokens[k].norm.lstrip("و") in PAYING or tokens[k].norm in PAYING:
            return True
    return False


_ORDINAL_WORDS = frozenset(ORDINALS.values())
_OF_ASSEMBLY = ("الجمعيه", "العامه")


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
        if nxt in ORDINALS:
            words.append(ORDINALS[nxt])
        elif nxt in ("عاديه", "العاديه") and month is not None:
            words.append("العادية")
        elif (nxt, tokens[k + 2].norm if k + 2 < len(tokens) else "") == ASSEMBLY:
            words.append("للجمعية العامة")
            k += 2
            break
        elif nxt == "من" and tuple(t.norm for t in tokens[k + 2 : k + 4]) == _OF_ASSEMBLY:
            words.append("للجمعية العامة")  # الدورة الثالثة من الجمعية العامة
            k += 3
            break
        else:
            break
        k += 1
    if month is not None:
        return " ".join(["دورة", doc.text(j, j), *words]), k
    if not qualifiers and not words:
        if (
            i > 0
            and tokens[i - 1].norm == "اول"
            and not tokens[i - 1].brk
            and _owned_by_chamber(doc, k)
        ):
            return "الدورة الأولى", k  # أول دورة للغرفة
        return None
    owned = "للجمعية العامة" in words or _owned_by_chamber(doc, k)
    if not qualifiers and month is None and not owned:
        return None  # الدورة الثانية من المعرض، في دورته الثانية: an edition, not a session
    shown = [_show_joined(q) for q in qualifiers]
    key = ("دوره", qualifiers[0].lstrip("و")) if qualifiers else None
    if key in DEFINITE_KINDS:
        head = DEFINITE_KINDS[key]
    elif qualifiers:
        # دورة تكوينية الأولى، الدورة التكوينية الأولى: a training's edition, not its kind
        words = [w for w in words if w not in _ORDINAL_WORDS]
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
    """توقيع اتفاقية شراكة، توقيع اتفاقية إطار، توقيع مذكرة تفاهم; also the verb a few words
    before the agreement (وقعت الغرفة، اليوم بالرياض، اتفاقيتي تعاون؛ أبرمت الغرفة اتفاقيات)."""
    tokens = doc.tokens
    if tokens[i].norm in SIGNED and _signed_by_verb(doc, i):
        last = _signed_of(tokens, i)
        shown = [SHOWN_SIGNED.get(t.norm, t.norm) for t in tokens[i : last + 1]]
        return " ".join(["توقيع", *shown]), last
    if tokens[i].norm.lstrip("و") not in ("توقيع", "التوقيع") or tokens[i].brk:
        return None
    if i + 1 >= len(tokens) or tokens[i + 1].norm not in SIGNED:
        return None
    last = _signed_of(tokens, i + 1)
    return " ".join(
        ["توقيع", *(SHOWN_SIGNED.get(t.norm, t.norm) for t in tokens[i + 1 : last + 1])]
    ), last


def _before_session(doc: Document, i: int) -> bool:
    tokens = doc.tokens
    return i + 1 < len(tokens) and not tokens[i].brk and tokens[i + 1].norm == "الدوره"


def _signed_of(tokens, last: int) -> int:
    """The last word of what an agreement is of: اتفاقية شراكة، اتفاقية تعاون وشراكة."""
    if last + 1 < len(tokens) and not tokens[last].brk and tokens[last + 1].norm in SIGNED_OF:
        last += 1
        word = tokens[last + 1].norm if last + 1 < len(tokens) else ""
        if not tokens[last].brk and word[:1] == "و" and word[1:] in SIGNED_OF:
            last += 1
    return last


def _signed_by_verb(doc: Document, i: int) -> bool:
    """A signing verb (وقعت، أبرمت) before the agreement at token i, in its sentence."""
    tokens = doc.tokens
    sentence = doc.sentence_of(i)
    for k in range(i - 1, max(-1, i - _SIGNING_WINDOW), -1):
        if doc.sentence_of(k) != sentence:
            return False
        if tokens[k].norm in SIGNING_VERBS:
            return True
    return False


_SIGNING_WINDOW = 14


def _general_assembly(doc: Document, i: int) -> tuple[str, int] | None:
    """جمعها العام العادي الثاني، الجمع العام → (الجمع العام العادي الثاني, last token)."""
    tokens = doc.tokens
    word = tokens[i].norm
    bare = word.lstrip("و")
    if bare in OWN_ASSEMBLY or bare == "الجمعيه":
        # جمعيتها العامة: the chamber's own general assembly, not an association
        if i + 1 >= len(tokens) or tokens[i].brk or tokens[i + 1].norm != "العامه":
            return None
        nxt = tokens[i + 2].norm if i + 2 < len(tokens) and not tokens[i + 1].brk else ""
        if nxt in ASSEMBLY_QUALIFIERS:
            return "الجمعية العامة " + ASSEMBLY_QUALIFIERS[nxt], i + 2
        organ = i > 0 and tokens[i - 1].norm.lstrip("و") in ("اعضاء", "عضو", "لاعضاء")
        if bare == "الجمعيه" and (nxt not in ASSEMBLY_OWNERS or organ):
            return None  # أعضاء الجمعية العامة: the organ, not its meeting
        return "الجمعية العامة", i + 1
    if not (word.startswith(("جمع", "الجمع", "والجمع")) and len(word) <= 7):
        return None
    if word.lstrip("و") not in ("جمع", "الجمع", "جمعها", "جمعه", "جمعهم"):
        return None
    if i + 1 >= len(tokens) or tokens[i].brk or tokens[i + 1].norm != "العام":
        return None
    words, k = ["الجمع العام"], i + 1
    while k + 1 < len(tokens) and not tokens[k].brk and len(words) < 3:
        nxt = tokens[k + 1].norm
        if nxt in ASSEMBLY_KINDS and len(words) == 1:
            words.append(ASSEMBLY_KINDS[nxt])
        elif nxt in ORDINALS_M:
            words.append(ORDINALS_M[nxt])
        else:
            break
        k += 1
    return " ".join(words), k


def _masculine(q: str) -> str:
    q = q.lstrip("و")
    return q[:-1] if q.endswith("يه") else q


def _definite(q: str) -> str:
    """A qualifier with the article, after the conjunction when joined: والمحلية."""
    if q.startswith("و") and q[1:] in QUALIFIERS:
        return "وال" + _show(q[1:])
    return "ال" + _show(q)


def _show_joined(q: str) -> str:
    return "و" + _show(q[1:]) if q.startswith("و") and q[1:] in QUALIFIERS else _show(q)


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
