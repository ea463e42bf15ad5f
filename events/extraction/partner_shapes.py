"""Shapes of a body's name that the head words alone miss: a name in Latin script after its
Arabic head (مؤسسة OCP، شركة Lesieur Cristal), a body whose head names a place or a thing
only when it is a party (ميناء لوريان الفرنسي after اتفاقية … مع), a joint committee of two
countries (اللجنة المختلطة المغربية الإسبانية)."""

from __future__ import annotations

from events.extraction.document import Document
from events.extraction.kind_words import RECEIVING_VERBS

_LATIN_WORDS = 3  # how long a Latin name after its head may be


def latin_name_end(doc: Document, last: int) -> int:
    """The last token of a Latin-script name written right after the Arabic word at `last`
    (مؤسسة OCP، جمعية Slow Food): up to three Latin words, the first capitalised (a person's
    or a firm's proper name, not a Latin word of the sentence)."""
    tokens = doc.tokens
    j = last
    while j + 1 < len(tokens) and not tokens[j].brk and tokens[j + 1].latin and j - last < 3:
        word = doc.body[tokens[j + 1].start : tokens[j + 1].end]
        if j == last and not word[:1].isupper():
            break
        j += 1
    return j


# Heads that name a body only as a party to the chamber's business (a port that signs, a
# research complex that co-organises); elsewhere they are places (بميناء أكادير، المركب
# الثقافي) or things (مراكب الصيد).
PARTY_HEADS = frozenset(("ميناء", "مركب", "مختبر"))
# A committee of two countries is a body of its own (اللجنة المختلطة المغربية الإسبانية);
# the chamber's own committees (اللجنة الدائمة للتكوين) are its organs.
_COMMITTEES = frozenset(("اللجنه", "لجنه"))
_JOINT = frozenset(("المختلطه", "المشتركه", "مختلطه", "مشتركه"))


_RELATIVES = frozenset(("الذي", "التي", "فيه", "فيها", "والذي", "والتي"))


def in_relative_clause(doc: Document, i: int) -> bool:
    """و الذي تلعب فيه اللجنة المشتركة …: a body named in a clause about something else."""
    return any(t.norm in _RELATIVES for t in doc.tokens[max(0, i - 4) : i])


def party_head(doc: Document, i: int, after_body: bool) -> bool:
    """Whether token i opens a party's name by a head that is no body elsewhere: right after
    مع (اتفاقية شراكة مع ميناء لوريان الفرنسي) or as the next of a list of bodies
    (بشراكة مع المكتب الجهوي …، ومركب البستنة بأكادير)."""
    tokens = doc.tokens
    word = tokens[i].norm
    if word == "التنظيم" and i + 1 < len(tokens) and not tokens[i].brk:
        # اتفاقية مع التنظيم المهني الإسباني لمنتجي الصيد: a producers' organisation
        if tokens[i + 1].norm not in ("المهني", "الاسباني", "البرتغالي", "الفرنسي"):
            return False
        return i > 0 and tokens[i - 1].norm == "مع" and not tokens[i - 1].brk
    if word in PARTY_HEADS:
        return i > 0 and tokens[i - 1].norm == "مع" and not tokens[i - 1].brk
    return word[:1] == "و" and word[1:] in PARTY_HEADS and after_body


def joint_committee(doc: Document, i: int) -> bool:
    """اللجنة المختلطة المغربية الإسبانية: a committee of two countries, by its adjectives."""
    tokens = doc.tokens
    if i + 2 >= len(tokens) or tokens[i].brk or tokens[i + 1].brk:
        return False
    word = tokens[i].norm
    word = word[1:] if word[:1] == "و" else word
    return (
        word in _COMMITTEES
        and tokens[i + 1].norm in _JOINT
        and tokens[i + 2].norm.startswith("ال")
        and tokens[i + 2].norm.endswith("يه")
    )


# Heads of bodies people found and name as they like: a cooperative, an association, a firm
# takes a bare proper noun (تعاونية أكرزيم، جمعية أمل، شركة أطلس) that no other word marks.
_FOUNDED_HEADS = frozenset(("تعاونيه", "جمعيه", "شركه", "مقاوله"))
# What follows such a head as an adjective or a noun of the sentence, not as its name.
_NOT_A_PROPER_NOUN = frozenset(
    ("خاصه", "كبري", "كبيره", "صغيره", "جديده", "ناشيه", "واحده", "اخري", "اخر", "مغربيه")
    + ("واحد", "كل", "اي", "غير", "ذات", "تضم", "تعمل", "تنشط", "تهتم", "تم", "قد", "يهتم")
)


def proper_named(words: list[str]) -> bool:
    """Normalised words of a founded body named by one or two bare proper nouns (تعاونية
    أكرزيم، تعاونية أكلوا): not an adjective (تعاونية نسائية، شركة خاصة) nor a verb of the
    sentence (جمعية تهتم بـ …)."""
    if not 2 <= len(words) <= 3 or words[0] not in _FOUNDED_HEADS:
        return False
    return all(
        w not in _NOT_A_PROPER_NOUN
        and not w.endswith(("يه", "ي", "ات", "ين", "ون"))
        and w[:1] not in ("ل", "ب", "و", "ف")
        and len(w) >= 3
        for w in words[1:]
    )


_DELEGATIONS = frozenset(("وفد", "الوفد", "وفدا", "وفود"))
# The host's words for the visit (استقبال وفد عن غرفة …، كان في استقبالهم): told so, the
# article is the host chamber's; told as قام وفد من غرفة … بزيارة alone, the visitors'.
_RECEIVING = RECEIVING_VERBS | frozenset(("استقبال", "باستقبال", "استقبالهم", "استقباله"))


def received_delegation(doc: Document, first: int) -> bool:
    """Whether the chamber named at `first` is a delegation's that the text has received: من /
    عن right before it, a delegation's noun at most three words before that, and a word of
    receiving in the text."""
    tokens = doc.tokens
    if first < 2 or tokens[first - 1].norm not in ("من", "عن") or tokens[first - 2].brk:
        return False
    if not any(t.norm in _DELEGATIONS for t in tokens[max(0, first - 5) : first - 1]):
        return False
    return any(t.norm in _RECEIVING for t in tokens)
