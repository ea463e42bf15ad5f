"""People named in the article with their roles: "السيد سمير سراج، رئيس جمعية …",
"نائب رئيس مجلس الجهة … خديجة حجوبي", "السيد عثمان الحجام عن قسم التتبع والتقييم"."""

from __future__ import annotations

from events.arabic import normalise
from events.extraction.chambers import ChamberMention
from events.extraction.document import Document
from events.extraction.organisation_words import HEADS, STOPS
from events.extraction.person_words import (
    BLOCKERS,
    CLAUSE_OPENERS,
    CLAUSE_ROLES,
    COMPOUND_STARTS,
    DOUBLE_FIRSTS,
    FIRST_NAMES,
    JOINS,
    NOT_SURNAMES,
    ORDINALS,
    QUOTES_ONLY,
    ROLE_OK,
    ROLE_STARTS,
    ROLE_STOPS,
    ROLE_WORDS,
    SECOND_FIRSTS,
    SECOND_PARTS,
    SPEECH_VERBS,
    TITLES,
    VERBS,
)
from events.extraction.result import Found, PersonMatch


def _name_end(doc: Document, j: int, *, titled: bool = False) -> int | None:
    """The last token of a personal name starting at j (first name + family name).

    After a title, a first name that is also a role word (أمينة، أمين) is a name."""
    tokens = doc.tokens

    def usable(k: int) -> bool:
        if k >= len(tokens):
            return False
        t = tokens[k]
        return not (
            t.digit
            or t.latin
            or t.norm in STOPS
            or t.norm in ROLE_WORDS
            or t.norm in TITLES
            or set(t.variants[:2]) & HEADS
            or t.norm in ORDINALS
        )

    if not usable(j) and not (
        titled
        and j < len(tokens)
        and tokens[j].norm in FIRST_NAMES
        and tokens[j].norm in ROLE_WORDS
        and not tokens[j].brk
        and usable(j + 1)
    ):
        return None
    k = j
    if tokens[j].norm in COMPOUND_STARTS or (
        not tokens[j].brk and j + 1 < len(tokens) and tokens[j + 1].norm in SECOND_PARTS
    ):
        if tokens[j].brk or not usable(j + 1) and tokens[j + 1].norm not in SECOND_PARTS:
            return None
        k = j + 1
    if tokens[k].brk or not usable(k + 1):
        return None
    k += 1
    if (
        tokens[k - 1].norm in DOUBLE_FIRSTS
        and tokens[k].norm in SECOND_FIRSTS | FIRST_NAMES
        and not tokens[k].brk
        and usable(k + 1)
        and tokens[k + 1].norm not in VERBS
        and not set(tokens[k + 1].variants[:3]) & NOT_SURNAMES
    ):
        k += 1  # محمد لمين السالك
    while tokens[k].norm in JOINS and not tokens[k].brk and usable(k + 1):
        k += 1  # أحمد ولد الطالب، الحسين أهل الطالب
        if tokens[k].norm in ("عبد", "ابو") and not tokens[k].brk and k + 1 < len(tokens):
            k += 1  # بن عبد الله
    while (
        k + 2 < len(tokens)
        and not tokens[k].brk
        and tokens[k + 1].norm in JOINS
        and not tokens[k + 1].brk
        and usable(k + 2)
    ):
        k += 2  # سيدي أحمد ولد الطالب
    return k


def _role_end(doc: Document, k: int, place_ends: dict[int, int], limit: int) -> int:
    """The last token of a role phrase starting at k (رئيس جمعية القطاع التعاوني بالمغرب الشرقي)."""
    tokens = doc.tokens
    j = k
    previous_definite = tokens[k].definite
    while not tokens[j].brk and j + 1 < len(tokens) and j + 1 <= limit and j - k < 16:
        nxt = tokens[j + 1]
        word = nxt.norm
        if word in ROLE_OK and tokens[j].norm in ROLE_WORDS:
            j += 1
            previous_definite = False
            continue
        if word in ROLE_STOPS or nxt.digit or word in TITLES:
            break
        if j + 1 in place_ends:
            return place_ends[j + 1]
        if nxt.latin:
            j += 1
            continue
        if word.startswith("و") and not word.startswith("وال") and word not in HEADS:
            break
        if not nxt.definite and word[:1] not in ("ل", "ب") and previous_definite:
            break  # a new phrase: قسم التتبع والتقييم | وكالة …
        if word in FIRST_NAMES and j + 2 < len(tokens):
            break
        previous_definite = nxt.definite
        j += 1
    return j


def _role_text(doc: Document, first: int, last: int, chambers: list[ChamberMention]) -> str:
    """The role as written, with the chamber's full name shortened to الغرفة."""
    for m in chambers:
        if first <= m.first and m.last <= last and m.kind:
            before = doc.text(first, m.first - 1) if m.first > first else ""
            after = doc.text(m.last + 1, last) if m.last < last else ""
            return " ".join(part for part in (before, "الغرفة", after) if part)
    return doc.text(first, last)


def find_people(
    doc: Document, place_ends: dict[int, int], chambers: list[ChamberMention]
) -> list[Found[PersonMatch]]:
    tokens = doc.tokens
    people: dict[str, list] = {}  # normalised name → [name, role, span, confidence]
    surnames: set[str] = set()
    order: list[str] = []

    def add(first: int, last: int, role: str, confidence: float) -> None:
        name = doc.text(first, last)
        key = normalise(name)
        if key in people:
            if not people[key][1] and role:
                people[key][1] = role
            return
        if tokens[first].norm in surnames:
            return  # السيدة حجوبي: the family name of someone already named
        people[key] = [name, role, doc.span(first, last), confidence]
        order.append(key)
        surnames.add(tokens[last].norm)

    ends: set[int] = set()  # last tokens of the names found so far

    i = 0
    while i < len(tokens):
        token = tokens[i]
        titled = token.norm in TITLES or (token.norm[:1] == "و" and token.norm[1:] in TITLES)
        if not titled:
            found = _after_clause_role(doc, i, place_ends, chambers, ends)
            if found is not None:
                end, role = found
                add(i, end, role, 0.7)
                ends.add(end)
                i = end + 1
                continue
        if titled and not token.brk:
            end = _name_end(doc, i + 1, titled=True)
            if end is not None:
                # السيد محمد الأمين حرمة الله، رئيس …: a longer name runs to the comma.
                end = _to_comma(doc, end)
                # السيد جان بيير لوران مدير …: a longer name runs to a role word.
                end = _to_role(doc, end)
                role = _role_after(doc, end, place_ends, chambers)
                if not role and token.norm[:1] != "و":
                    # رئيس الغرفة، السيد أحمد بنعبو: the role before the name.
                    role = _role_before(doc, i, place_ends, chambers, clause=True)
                add(i + 1, end, role, 0.8)
                ends.add(end)
                i = end + 1
                continue
        elif token.norm in FIRST_NAMES and (i == 0 or tokens[i - 1].norm not in BLOCKERS):
            end = _name_end(doc, i)
            if end is not None and tokens[end].norm not in ORDINALS:
                role = _role_before(doc, i, place_ends, chambers) or _role_after(
                    doc, end, place_ends, chambers
                )
                longer = _to_comma(doc, end)
                if not role and longer > end:
                    # وقال محمد الأمين ولد سيدي، رئيس …: an untitled longer name with its role.
                    role = _role_after(doc, longer, place_ends, chambers)
                    if role:
                        end = longer
                if (
                    role
                    or normalise(doc.text(i, end)) in people
                    or doc.sentence_of(i) == 0
                    or _after_speech_verb(doc, i)
                ):
                    add(i, end, role, 0.6)
                    ends.add(end)
                    i = end + 1
                    continue
        i += 1
    return [
        Found(PersonMatch(people[k][0], people[k][1]), people[k][2], people[k][3]) for k in order
    ]


def _after_speech_verb(doc: Document, i: int) -> bool:
    """A name right after a verb of speaking that opens its clause: "بدورها، قدمت X"،
    "وأوضح X"، "من المنتظر أن يقدم X"."""
    tokens = doc.tokens
    k = i - 1
    if k < 0 or tokens[k].brk or not set(tokens[k].variants[:3]) & SPEECH_VERBS:
        return False
    return k == 0 or tokens[k - 1].brk or tokens[k - 1].norm in CLAUSE_OPENERS


def _brk(doc: Document, k: int) -> bool:
    """Punctuation after token k, quotes aside (لـ"تمويلكم" بوجدة is one phrase)."""
    tokens = doc.tokens
    if not tokens[k].brk or k + 1 >= len(tokens):
        return tokens[k].brk
    return not QUOTES_ONLY.match(doc.norm[tokens[k].nend : tokens[k + 1].nstart])


def _name_word(token) -> bool:
    """Whether a word may be part of a personal name (not a sentence, role or body word)."""
    return not (
        token.digit
        or token.latin
        or token.norm in STOPS
        or token.norm in ROLE_WORDS
        or token.norm in TITLES
        or token.norm in VERBS
        or token.norm in ORDINALS
        or set(token.variants[:2]) & HEADS
    )


def _to_role(doc: Document, end: int) -> int:
    """A titled name's end moved up to two words on when a role word or عن follows them
    (السيد جان بيير لوران مدير الوكالة)."""
    tokens = doc.tokens
    for extra in (1, 2):
        k = end + extra
        if k + 1 >= len(tokens) or tokens[k - 1].brk:
            break
        t = tokens[k]
        if not _name_word(t) or t.definite or t.norm.endswith(("ه", "ا")):
            break  # نبذة، كلمة، عرضا: what the person gave, not their name
        nxt = tokens[k + 1]
        if not t.brk and (nxt.norm == "عن" or set(nxt.variants[:2]) & ROLE_WORDS):
            return k
    return end


def _after_clause_role(
    doc: Document,
    i: int,
    place_ends: dict[int, int],
    chambers: list[ChamberMention],
    ends: set[int],
) -> tuple[int, str] | None:
    """A name after a clause that opens with a role word and ends with a comma, whatever the
    role's length and the name's origin: "ممثل مجموعة القرض الفلاحي للمغرب، كريم الزياني"،
    "ممثلة الوكالة الألمانية للتعاون الدولي، كارولين شميت". (last token, role) or None.

    A clause that follows a name is that name's role (السيد X، رئيس الغرفة، …), not the next."""
    tokens = doc.tokens
    if i == 0 or i in place_ends:
        return None
    gap = doc.norm[tokens[i - 1].nend : tokens[i].nstart]
    if "," not in gap or "." in gap or "\n" in gap:
        return None
    first = tokens[i]
    if not _name_word(first) or first.norm.startswith("و") and first.norm not in FIRST_NAMES:
        return None
    if first.definite and first.norm not in FIRST_NAMES:
        return None
    # The clause before the comma.
    c = i - 1
    while c > 0 and not _brk(doc, c - 1) and i - c < 22:
        c -= 1
    if c > 0 and not _brk(doc, c - 1):
        return None
    if c - 1 in ends:
        return None
    role_first = None
    clitic = 0
    for r in range(c, min(c + 3, i)):
        matched = [v for v in tokens[r].variants[:3] if v in CLAUSE_ROLES]
        if matched:
            clitic = len(tokens[r].norm) - len(matched[0])
            if r > 0 and tokens[r - 1].norm in ("في", "وفي") and not tokens[r - 1].brk:
                return None  # في إطار …
            role_first = r
            break
    if role_first is None:
        return None
    # The name: up to the next punctuation, two to four words.
    end = i
    while not tokens[end].brk and end + 1 < len(tokens) and end - i < 4:
        end += 1
    if tokens[end].brk and 1 <= end - i <= 3:
        if not all(_name_word(t) for t in tokens[i : end + 1]):
            return None
        if any(k in place_ends for k in range(i, end + 1)):
            return None
    elif first.norm in FIRST_NAMES:
        found = _name_end(doc, i)
        if found is None:
            return None
        end = found
    else:
        return None
    role = _role_text(doc, role_first, i - 1, chambers)
    if 0 < clitic < len(role) and role[:clitic].isalpha():
        role = role[clitic:]  # ولرئيس الغرفة → رئيس الغرفة
    return end, role


def _to_comma(doc: Document, end: int) -> int:
    """A name's end moved up to one or two words on when they run to a comma."""
    tokens = doc.tokens
    for extra in (1, 2):
        k = end + extra
        if k >= len(tokens) or any(tokens[m].brk for m in range(end, k)):
            break
        t = tokens[k]
        if t.digit or t.latin or t.norm in STOPS or t.norm in ROLE_WORDS:
            break
        if set(t.variants[:2]) & HEADS:
            break
        if tokens[k].brk and "," in doc.norm[tokens[k].nend : tokens[k].nend + 3]:
            return k
    return end


def _role_after(
    doc: Document, end: int, place_ends: dict[int, int], chambers: list[ChamberMention]
) -> str:
    tokens = doc.tokens
    k = end + 1
    if k >= len(tokens):
        return ""
    if tokens[end].brk:
        gap = doc.norm[tokens[end].nend : tokens[k].nstart]
        if "," not in gap or "." in gap:
            return ""
    if tokens[k].norm == "عن" and not tokens[k].brk:
        k += 1
    elif not (set(tokens[k].variants[:2]) & ROLE_STARTS):
        return ""
    last = _role_end(doc, k, place_ends, len(tokens) - 1)
    return _role_text(doc, k, last, chambers)


def _role_before(
    doc: Document,
    i: int,
    place_ends: dict[int, int],
    chambers: list[ChamberMention],
    *,
    clause: bool = False,
) -> str:
    """A role written just before an untitled name, up to the name (or a comma before it).

    With `clause`, only a role inside its clause (أكده رئيس الغرفة، السيد …), not one that
    follows a comma (السيد X، رئيس الغرفة، السيد Y: that role is X's)."""
    tokens = doc.tokens
    for k in range(i - 1, max(-1, i - 18), -1):
        if k < i - 1 and tokens[k].brk:
            return ""
        if set(tokens[k].variants[:2]) & ROLE_WORDS:
            while k > 0 and not tokens[k - 1].brk and set(tokens[k - 1].variants[:2]) & ROLE_WORDS:
                k -= 1
            first = k
            if clause and first > 0 and tokens[first - 1].brk:
                return ""
            last = _role_end(doc, first, place_ends, i - 1)
            if last < i - 1:
                return ""
            text = _role_text(doc, first, last, chambers)
            if tokens[first].norm.startswith("و") and tokens[first].norm not in ROLE_WORDS:
                text = text[1:]
            return text
    return ""
