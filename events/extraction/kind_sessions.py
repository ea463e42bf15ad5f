"""The chamber's own meetings as their nouns name them: its sessions (دورتها العادية الثانية
للجمعية العامة، دورة فبراير), its general assembly (جمعها العام العادي) and the signing of an
agreement (توقيع اتفاقية شراكة، وقعت الغرفة … اتفاقيتي تعاون)."""

from __future__ import annotations

from events.dates import MONTH_NUMBERS
from events.extraction.document import Document
from events.extraction.kind_words import (
    ASSEMBLY,
    ASSEMBLY_KINDS,
    ASSEMBLY_OWNERS,
    ASSEMBLY_QUALIFIERS,
    DEFINITE_KINDS,
    HELD_VERBS,
    ORDINALS,
    ORDINALS_M,
    OWN_ASSEMBLY,
    PAYING,
    SHOWN_SIGNED,
    SIGNED,
    SIGNED_OF,
    SIGNING_VERBS,
    show_joined,
)

_ORDINAL_WORDS = frozenset(ORDINALS.values())
_OF_ASSEMBLY = ("الجمعيه", "العامه")


_DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩"


def session_at(doc: Document, i: int, j: int, qualifiers: list[str]):
    """A chamber's session: (its name, its last token), or None when دوره is not one.

    دورتها العادية الثانية للجمعية العامة → الدورة العادية الثانية للجمعية العامة;
    الدورة الثانية → الدورة الثانية; دورة فبراير / دورة أبريل العادية → kept as written.
    A masculine adjective (دوره التنموي) means "its role"."""
    tokens = doc.tokens
    words: list[str] = []
    month = None
    if not qualifiers and j + 1 < len(tokens) and not tokens[j].brk:
        at = j + 1
        if tokens[at].norm == "شهر" and at + 1 < len(tokens) and not tokens[at].brk:
            at += 1  # دورة شهر يونيو: the month's session, its word for month written
        nxt = tokens[at].norm.rstrip(_DIGITS)  # دورة يونيو2018: the year glued to the month
        for form in (nxt, nxt[1:] if nxt[:1] == "ل" else nxt):
            if form in MONTH_NUMBERS:
                month = tokens[at]
                j = at
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
        elif (
            nxt in ("لشهر", "شهر")
            and month is None
            and k + 2 < len(tokens)
            and not tokens[k + 1].brk
            and tokens[k + 2].norm in MONTH_NUMBERS
        ):
            words.append(f"لشهر {doc.text(k + 2, k + 2)}")  # الدورة العادية لشهر فبراير
            k += 2
            break
        else:
            break
        k += 1
    if month is not None:
        return " ".join(["دورة", doc.text(j, j).rstrip(_DIGITS), *words]), k
    if not qualifiers and not words:
        if (
            i > 0
            and tokens[i - 1].norm == "اول"
            and not tokens[i - 1].brk
            and owned_by_chamber(doc, k)
        ):
            return "الدورة الأولى", k  # أول دورة للغرفة
        if i > 0 and tokens[i - 1].norm in ("اخر", "لاخر", "باخر") and not tokens[i - 1].brk:
            return "الدورة الأخيرة", k  # بعقدها لآخر دورة: the chamber's last session
        return None
    owned = "للجمعية العامة" in words or owned_by_chamber(doc, k)
    if not qualifiers and month is None and not owned:
        return None  # الدورة الثانية من المعرض، في دورته الثانية: an edition, not a session
    shown = [show_joined(q) for q in qualifiers]
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


def owned_by_chamber(doc: Document, k: int) -> bool:
    """الدورة الثانية للغرفة، … للجمعية العامة: the session belongs to the chamber."""
    tokens = doc.tokens
    if k + 1 >= len(tokens) or tokens[k].brk:
        return False
    nxt = tokens[k + 1].norm
    if nxt in ("التي", "الذي") and k + 2 < len(tokens) and tokens[k + 2].norm.startswith("تراس"):
        return True  # الدورة الثانية التي ترأسها رئيس الغرفة: a session is chaired, an edition not
    return nxt in ("للغرفه", "لغرفه", "للجمعيه", "لمجلس", "للمجلس", "للجمع") or nxt == "العاديه"


def signing_at(doc: Document, i: int) -> tuple[str, int] | None:
    """توقيع اتفاقية شراكة، توقيع اتفاقية إطار، توقيع مذكرة تفاهم; also the verb a few words
    before the agreement (وقعت الغرفة، اليوم بالرياض، اتفاقيتي تعاون؛ أبرمت الغرفة اتفاقيات)."""
    tokens = doc.tokens
    if tokens[i].norm in SIGNED and _signed_by_verb(doc, i):
        last = _signed_of(tokens, i)
        shown = [SHOWN_SIGNED.get(t.norm, t.norm) for t in tokens[i : last + 1]]
        return " ".join(["توقيع", *shown]), last
    if tokens[i].norm.lstrip("و") not in ("توقيع", "التوقيع") or tokens[i].brk:
        return None
    at = i + 1
    sentence = doc.sentence_of(i)
    # التوقيع على بروتوكول تعاون; تم التوقيع نهاية الأسبوع المنصرم 4 مارس الجاري بالصويرة على
    # اتفاقية شراكة: the day and place between
    for k in range(i + 1, min(len(tokens) - 1, i + 13)):
        if doc.sentence_of(k) != sentence:
            break
        if tokens[k].norm == "علي" and tokens[k + 1].norm in SIGNED:
            at = k + 1
            break
    if at >= len(tokens) or tokens[at].norm not in SIGNED:
        return None
    last = _signed_of(tokens, at)
    return " ".join(
        ["توقيع", *(SHOWN_SIGNED.get(t.norm, t.norm) for t in tokens[at : last + 1])]
    ), last


def before_session(doc: Document, i: int) -> bool:
    """اجتماع الدورة العادية، اجتماع أشغال الدورة الثالثة: the session names the meeting."""
    tokens = doc.tokens
    at = i + 1
    if at + 1 < len(tokens) and tokens[at].norm == "اشغال" and not tokens[at].brk:
        at += 1
    return at < len(tokens) and not tokens[at - 1].brk and tokens[at].norm == "الدوره"


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
        if k > 0 and tokens[k - 1].norm == "و" and "و" + tokens[k].norm in SIGNING_VERBS:
            return True  # التي و قعت: the verb's first letter written apart
    return False


# The chamber's full name may stand between the verb and the agreement (وقعت غرفة التجارة
# والصناعة والخدمات لجهة فاس-مكناس، اليوم الخميس بفاس، عدة اتفاقيات).
_SIGNING_WINDOW = 20


def assembly_at(doc: Document, i: int) -> tuple[str, int] | None:
    """جمعها العام العادي الثاني، الجمع العام → (الجمع العام العادي الثاني, last token)."""
    tokens = doc.tokens
    word = tokens[i].norm
    bare = word.lstrip("و")
    if bare in OWN_ASSEMBLY or bare == "الجمعيه":
        # جمعيتها العامة: the chamber's own general assembly, not an association (its own also
        # misspelt جمعيتها العام, the adjective of الجمع العام)
        general = ("العامه", "العام") if bare in OWN_ASSEMBLY else ("العامه",)
        if i + 1 >= len(tokens) or tokens[i].brk or tokens[i + 1].norm not in general:
            return None
        nxt = tokens[i + 2].norm if i + 2 < len(tokens) and not tokens[i + 1].brk else ""
        if nxt in ASSEMBLY_QUALIFIERS:
            return "الجمعية العامة " + ASSEMBLY_QUALIFIERS[nxt], i + 2
        organ = i > 0 and tokens[i - 1].norm.lstrip("و") in ("اعضاء", "عضو", "لاعضاء")
        # الغرفة الفلاحية تعقد الجمعية العامة: held, so the meeting, though no owner follows
        held = i > 0 and not tokens[i - 1].brk and tokens[i - 1].norm in HELD_VERBS
        if bare == "الجمعيه" and (nxt not in ASSEMBLY_OWNERS and not held or organ):
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


# What a ceremony hands over (normalised): شواهد التكوين، الجوائز.
_HANDED = frozenset(("شواهد", "الشواهد", "شهادات", "الشهادات", "جوائز", "الجوائز"))
_HANDING = frozenset(("تسليم", "بتسليم", "وتسليم", "توزيع", "بتوزيع", "وتوزيع"))


def handing_at(doc: Document, i: int) -> tuple[str, int] | None:
    """بتسليم شواهد التكوين → (تسليم شواهد التكوين, last token): the act told as the news
    (after قامت … ب, or تم), its object and the object's genitive."""
    tokens = doc.tokens
    word = tokens[i].norm
    if word not in _HANDING or tokens[i].brk or i + 1 >= len(tokens):
        return None
    if tokens[i + 1].norm not in _HANDED:
        return None
    sentence = doc.sentence_of(i)
    paid = any(
        tokens[k].norm.lstrip("و") in PAYING and doc.sentence_of(k) == sentence
        for k in range(max(0, i - 16), i)
    )
    # قامت الغرفة … بتسليم: the sentence's act (اختتم البرنامج التكويني بتوزيع الشواهد: how
    # the training ended, the training being the meeting)
    told = word.startswith(("ب", "وب")) and paid or i > 0 and tokens[i - 1].norm in ("تم", "وتم")
    if not told:
        return None
    last = i + 1
    if not tokens[last].brk and last + 1 < len(tokens) and tokens[last + 1].definite:
        last += 1  # شواهد التكوين
    return " ".join([word.lstrip("وب"), doc.text(i + 1, last)]), last
