"""Shapes of a body's name that the head words alone miss: a name in Latin script after its
Arabic head (مؤسسة OCP، شركة Lesieur Cristal), a body whose head names a place or a thing
only when it is a party (ميناء لوريان الفرنسي after اتفاقية … مع), a joint committee of two
countries (اللجنة المختلطة المغربية الإسبانية)."""

from __future__ import annotations

from events.extraction.document import Document

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
