"""The kind of meeting, in its base form: "اجتماعا تنسيقيا" → اجتماع تنسيقي,
"اللقاء التواصلي" → لقاء تواصلي, "الدورة العادية" stays الدورة العادية."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

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
    organising_verb,
    to_come,
    told_held,
    witnessed,
)
from events.extraction.kind_sessions import (
    assembly_at,
    before_session,
    handing_at,
    session_at,
    signing_at,
)
from events.extraction.kind_words import (
    ASSEMBLY_OWNERS,
    CELEBRATING,
    DAY_QUALIFIERS,
    DEFINITE_KINDS,
    NEED_QUALIFIER,
    NOT_QUALIFIERS,
    NOUNS,
    PAYING,
    POSSESSIVES,
    QUALIFIERS,
    RECEIVED,
    RECEIVING_VERBS,
    SIDELINES,
    SIGNED,
    STANDS,
    TRAINING_FOR,
    TRAINING_PROGRAMMES,
    VISIT_VERBS,
    show_joined,
    with_article,
)
from events.extraction.organisation_words import CHAMBER_WORDS
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
    if token.digit or token.latin:
        return None
    return _qualifier_of(token.norm)


@lru_cache(maxsize=16384)
def _qualifier_of(norm: str) -> str | None:
    """The qualifier a normalised word is, or None (the same words recur in every article,
    and the slip test runs over every qualifier: read once)."""
    base, _ = _strip(norm)
    if base in NOT_QUALIFIERS:
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
        and not (len(base) == 4 and base[:1] == "ي" and base not in DAY_QUALIFIERS)
    ):
        return base  # (معرض يرمي إلى: a verb, يفعل, not an adjective)
    return None


def _noun_of(base: str, adjective: str) -> bool:
    """Whether `base` is the noun an adjective is made from, not a slip of it: دراسة for
    دراسي، التكوين for تكويني (اجتماع دراسة برنامج …: a meeting studying a programme)."""
    return adjective.endswith("ي") and base in (adjective[:-1], adjective[:-1] + "ه")


def find_kinds(doc: Document) -> list[KindMention]:
    tokens = doc.tokens
    mentions: list[KindMention] = []
    for i, token in enumerate(tokens):
        noun, definite = _strip(token.norm)
        if noun not in NOUNS:
            assembly = assembly_at(doc, i)
            if assembly:
                # الجمعية العامة لغرفة …: the assembly named, its session (دورتها) says more
                bare = assembly[0] == "الجمعية العامة" and token.norm.lstrip("و") == "الجمعيه"
                # A bare one is there by its owner (عقدت الجمعية العامة لغرفة … دورتها العادية:
                # the session says more) or told as held with none (تعقد الجمعية العامة: the
                # assembly is the news; assembly_at takes no other)
                k = assembly[1]
                owned = not tokens[k].brk and k + 1 < len(tokens)
                owned = owned and tokens[k + 1].norm in ASSEMBLY_OWNERS
                score = 1.5 if bare and owned else 3.0
                if another_event(doc, i) or decided(doc, i):
                    score -= 2.0  # التحضير لعقد الجمع العام: the next assembly, not this one
                if issued_from(doc, i):
                    score -= 3.0  # اللجنة المنبثقة عن توصيات الجمع العام: spoken of, not told
                mentions.append(KindMention(assembly[0], i, assembly[1], score))
            signing = signing_at(doc, i)
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
            if token.norm in VISIT_VERBS and i + 1 < len(tokens) and not token.brk:
                expected = i > 0 and tokens[i - 1].norm in ("ان", "لان")
                # بوجوالة يزور رواق عارضي الجهة بالمعرض الوطني: the visit, told by its verb (من
                # المتوقع أن يزور أروقته 10 آلاف زائر: the visitors a fair expects, no visit)
                mentions.append(KindMention("زيارة", i, i, 0.5 if expected else 2.5))
            if (
                token.norm in RECEIVING_VERBS
                and i + 1 < len(tokens)
                and tokens[i + 1].norm in RECEIVED
                and not token.brk
                and any(CHAMBER_WORDS.intersection(t.variants) for t in tokens[i + 1 : i + 8])
            ):
                # استقبل السيد …، رئيس الغرفة، بمكتبه القنصل العام: the chamber receives (not
                # استقبل رئيس مجلس الجهة رئيس الغرفة: the chamber's head received elsewhere)
                mentions.append(KindMention("استقبال", i, i, 2.5))
            handed = handing_at(doc, i)
            if handed:
                # قامت الغرفة … بتسليم شواهد التكوين: a ceremony, told by what is handed over
                mentions.append(KindMention(handed[0], i, handed[1], 2.5))
            if token.norm in CELEBRATING and i + 1 < len(tokens) and not token.brk:
                # احتفلت الغرفة بمرور سبعة عقود على تأسيسها: a ceremony, told by its verb
                mentions.append(KindMention("حفل", i, i, 2.5))
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
            session = session_at(doc, i, j, qualifiers)
            if session is None:
                continue  # دوره التنموي: "its role", not a session
            value, j = session
            score = 2.0 + (0.0 if definite else 1.0)
            if definite and told_held(doc, i, j):
                score += 1.0  # انعقدت يوم أمس الدورة العادية للجمعية العامة: the news itself
            if token.norm.startswith(("ب", "وب")) and not definite:
                score -= 1.5  # استهلت الأنشطة الموازية بدورة تكوينية: a side activity
            mentions.append(KindMention(value, i, j, score))
            continue
        if (
            noun == "برنامج"
            and not definite
            and i + 1 < len(tokens)
            and tokens[i + 1].norm in TRAINING_FOR
        ):
            # أطلقت الغرفة برنامجا للتكوين: a training course, told with its purpose
            value = "برنامج " + tokens[i + 1].norm
            mentions.append(KindMention(value, i, i + 1, 2.0))
            continue
        if noun == "برنامج" and not (
            qualifiers
            and qualifiers[0] in TRAINING_PROGRAMMES
            and _strip(tokens[i + 1].norm)[0].endswith(("ي", "يه"))
        ):
            continue  # برنامج عمل الغرفة، برنامج التكوين: a plan, not a meeting
        if noun == "اجتماع" and not qualifiers and before_session(doc, i):
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
            shown = [with_article(q) for q in qualifiers]
            value = " ".join(["ال" + NOUNS[noun], *shown, name])
        else:
            value = " ".join([NOUNS[noun], *(show_joined(q) for q in qualifiers), name]).strip()
        score = 1.0 + (1.0 if qualifiers else 0.0) + (0.0 if definite else 1.0)
        if definite and _counted_out(doc, i):
            score += 1.0  # نظمت الغرفة سلسلة من الأيام التكوينية: told as the indefinite is
        elif (
            not definite
            # وبورشة، لاجتماع: a clitic makes the noun no verb's object (ورشات is bare)
            and token.norm.startswith(noun)
            and (verb := organising_verb(doc, i)) is not None
        ):
            score += 1.0  # نظمت الغرفة اجتماعا: the news, outranking its agenda's events
            if any(t.digit for t in tokens[verb + 1 : i]):
                score += 0.5  # نظمت الغرفة يوم 3 أبريل ورشات: the day's, not the month's
        if _paid(doc, i, noun):
            score += 1.0  # قام الوفد بزيارة، قامت الغرفة بتنظيم زيارة: what the sentence tells
        elif token.norm.startswith(("ب", "وب")) and not definite:
            score -= 1.5  # برواق الغرفة بمعرض أليوتيس: where it happens, not what
        if framed(doc, i):
            score -= 1.0  # في إطار تثمين المشاركة في المعرض، نُظم حفل: the frame, not the event
        if noun == "معرض" and i > 0 and tokens[i - 1].norm in STANDS and not tokens[i - 1].brk:
            score -= 2.0  # زيارته لأروقة المعرض الوطني: the fair is where the visit goes
        if noun == "جلسه" and _part_of_meeting(doc, j):
            score -= 2.0  # الجلسة الافتتاحية الخاصة باليوم الدراسي: a part of the meeting
        if noun in _PLURALS:
            score -= 2.0  # لقاءات تحسيسية، ورشات تكوينية: a series beside the meeting, mostly
        if counted(doc, i):
            score -= 2.0  # بلغ عددها 58 معرض محلي: a count of past events, not the event
        if _activities_of(doc, i):
            score -= 2.0  # برنامج حافل بالأنشطة من أيام إخبارية: what a plan holds, not the news
        if decided(doc, i) or another_event(doc, i) or later(doc, i):
            score -= 2.0  # حيث تقرر تنظيم ندوة: decided at the meeting, not the meeting
        if issued_from(doc, i):
            score -= 3.0  # تنفيذا لتوصيات الملتقى الجهوي: an earlier meeting's, spoken of
        if to_come(doc, j):
            score -= 2.0  # الملتقى الجهوي … المزمع تنظيمه في شتنبر المقبل: a later event
        mentions.append(KindMention(value, i, j, score))
    return mentions


_PLURALS = frozenset(("ورشات", "لقاءات"))
# What a chamber's plan or year is made of (برنامج حافل بالأنشطة … من أيام إخبارية).
_ACTIVITIES = frozenset(("الانشطه", "بالانشطه", "انشطه", "والعمليات", "العمليات", "برنامج"))


def _activities_of(doc: Document, i: int) -> bool:
    """Whether the meeting noun at `i` opens a list of what activities or a plan hold: after
    من, with the activities a few words before (no sentence between)."""
    tokens = doc.tokens
    if i == 0 or tokens[i - 1].norm != "من" or tokens[i - 1].brk:
        return False
    for k in range(i - 2, max(-1, i - 8), -1):
        if tokens[k].brk:
            return False
        if tokens[k].norm in _ACTIVITIES:
            return True
    return False


# A quantity before a definite plural (سلسلة من الأيام، مجموعة من اللقاءات): a number of them.
_SERIES = frozenset(("سلسله", "مجموعه", "عدد", "عددا"))


def _counted_out(doc: Document, i: int) -> bool:
    tokens = doc.tokens
    return (
        i > 1
        and tokens[i - 1].norm == "من"
        and tokens[i - 2].norm in _SERIES
        and not tokens[i - 2].brk
        and not tokens[i - 1].brk
    )


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


def _masculine(q: str) -> str:
    q = q.lstrip("و")
    return q[:-1] if q.endswith("يه") else q


def choose_kind(doc: Document, mentions: list[KindMention], title_tokens: int) -> Found[str | None]:
    """The meeting as the article first presents it: an indefinite noun with its qualifier
    (عقد اجتماعا موسعا) outranks a definite one (اللقاء الموسع) or a bare noun."""
    if not mentions:
        return Found(None, None, 0.0)

    def rank(m: KindMention) -> tuple[float, int]:
        score = m.score - (0.5 if m.first < title_tokens else 0.0)
        return (score, -m.first)

    best = max(mentions, key=rank)
    if " " not in best.value:
        # لقاء نظمته الغرفة، after the headline's لقاء احتفائي: the same meeting, said better
        fuller = [
            m
            for m in mentions
            if m.value.startswith(best.value + " ") and m.score >= best.score - 1.5
        ]
        if fuller:
            best = max(fuller, key=rank)
    confidence = 0.9 if best.score >= 3 else 0.7 if best.score >= 2 else 0.5
    return Found(best.value, doc.span(best.first, best.last), confidence)
