"""Name spans in running text: how far a name that starts at a token runs, the name as
written without its clitic, and the gazetteer's names found in the text. Partners and
programmes both read names this way."""

from __future__ import annotations

from dataclasses import dataclass

from events.extraction.document import Document, Token
from events.extraction.organisation_words import (
    CHAMBER_WORDS,
    CLOSING_QUOTES,
    HEADS,
    NAME_LINKS,
    OPENING_QUOTES,
    QUOTED_HEADS,
    QUOTED_WORDS,
    RESEARCH,
    STOPS,
)

# Words a place or person's name starts with that always take the next word (سيدي علي).
_SAINTS = frozenset(("سيدي", "مولاي", "لالة", "لاله"))
_IMPROPER_ANNEXATION = frozenset(("متعدده", "متعدد", "متعددي", "ذات", "ذو"))


@dataclass(frozen=True)
class NameSpan:
    first: int
    last: int
    place_end: bool  # the name ended on a place (مركز الإستثمار بآسفي)


def quoted_name(doc: Document, i: int, place_ends: dict[int, int]) -> NameSpan | None:
    """شركة “ميفا” للتجهيزات البحرية: a company's name in quotes, then what follows it; also
    after a generic head and its noun (مكتب الاستشارة "أفق")."""
    tokens = doc.tokens
    if not QUOTED_HEADS.intersection(tokens[i].variants[:3]) or i + 1 >= len(tokens):
        return None
    opened = i
    if not OPENING_QUOTES.intersection(doc.norm[tokens[i].nend : tokens[i + 1].nstart]):
        if i + 2 >= len(tokens) or tokens[i].brk or not tokens[i + 1].norm.startswith("ال"):
            return None
        if not OPENING_QUOTES.intersection(doc.norm[tokens[i + 1].nend : tokens[i + 2].nstart]):
            return None
        opened = i + 1
    q = _closing_quote(doc, opened + 1)
    if q is None or q + 1 >= len(tokens):
        return None
    gap = doc.norm[tokens[q].nend : tokens[q + 1].nstart]
    if gap.strip(' ”»"') or not tokens[q + 1].norm.startswith("ل") or _purpose(tokens[q + 1]):
        return NameSpan(i, q, False)  # the quote ends the name
    rest = extend(doc, q + 1, place_ends)
    return NameSpan(i, rest.last, rest.place_end)


def _closing_quote(doc: Document, first: int, *, digits: bool = True) -> int | None:
    """The last token of a quoted name that starts at token `first`: the one a closing quote
    follows, within QUOTED_WORDS words and before any other punctuation (nor a number, if
    `digits` is false); else None."""
    tokens = doc.tokens
    for q in range(first, min(first + QUOTED_WORDS, len(tokens))):
        if tokens[q].digit and not digits:
            return None
        after = doc.norm[tokens[q].nend : tokens[q + 1].nstart] if q + 1 < len(tokens) else ""
        if CLOSING_QUOTES.intersection(after):
            return q
        if tokens[q].brk:
            return None
    return None


def with_quoted_tail(doc: Document, span: NameSpan) -> NameSpan:
    """A name followed by its own name in quotes (منظمة منتجي الصيد التقليدي “لونخا دي
    كونيل”): the span runs to the closing quote."""
    tokens = doc.tokens
    last = span.last
    if last + 1 >= len(tokens):
        return span
    gap = doc.norm[tokens[last].nend : tokens[last + 1].nstart]
    if not OPENING_QUOTES.intersection(gap) or gap.strip(' “«"'):
        return span
    q = _closing_quote(doc, last + 1, digits=False)
    return span if q is None else NameSpan(span.first, q, span.place_end)


def _purpose(token: Token) -> bool:
    """لفائدة الفلاحين after a quoted name says whom the meeting is for, not the body's trade."""
    return token.norm in ("لفايده", "لفاءده", "لفاىده")


def head_of(token: Token) -> str | None:
    for variant in token.variants:
        if variant in HEADS:
            return variant
    return None


# A state secretariat or a delegate ministry is named by what it is charged with (كتابة الدولة
# المكلفة بالصناعة التقليدية، الوزارة المنتدبة المكلفة بالاستثمار).
_CHARGED = frozenset(("المكلف", "المكلفه"))
_CHARGED_HEADS = frozenset(("كتابه", "الكتابه", "الوزاره", "وزاره", "المنتدبه"))


def extend(
    doc: Document,
    i: int,
    place_ends: dict[int, int],
    *,
    heads: frozenset[str] = HEADS,
    stops: frozenset[str] = STOPS,
    max_words: int = 12,
) -> NameSpan:
    """How far an Arabic name that starts at token i runs.

    It goes on over definite words (التعاون البلجيكي), genitives (لمكتب، للمقاولات),
    conjoined definite words (والتضامني) and construct chains of indefinite words (مكتب
    تنمية التعاون); it stops at punctuation, at a new organisation (ووكالة، والمندوبية),
    after a place (بآسفي، جهة فاس مكناس) and at the words of the sentence around it.
    """
    tokens = doc.tokens
    j = i
    indefinite_run = 0 if tokens[i].definite else 1
    after_jiha = False
    while (not tokens[j].brk or _soft_break(doc, j)) and j + 1 < len(tokens) and j - i < max_words:
        nxt = tokens[j + 1]
        word = nxt.norm
        if word == "في" and tokens[j].norm in RESEARCH and j + 2 < len(tokens) and not nxt.brk:
            j += 1  # المعهد الوطني للبحث في الصيد البحري: research in a field
            continue
        if tokens[j].norm.lstrip("لبو") in _SAINTS and j > i and not nxt.digit:
            j += 1  # المجلس الجماعي لسيدي علي بنحمدوش: a saint's name is one with the next word
            indefinite_run = 1
            continue
        if (
            word in _CHARGED
            and tokens[i].norm.lstrip("لبو") in _CHARGED_HEADS
            and j + 2 < len(tokens)
            and tokens[j + 2].norm[:1] == "ب"
            and not nxt.brk
        ):
            j += 1  # كتابة الدولة المكلفة بالصناعة التقليدية: the secretariat named by its charge
            continue
        if word in stops or nxt.digit:
            break
        if j + 1 in place_ends:
            return NameSpan(i, place_ends[j + 1], True)
        if nxt.latin:
            break
        if nxt.nstart - tokens[j].nend == 1 and doc.norm[nxt.nstart - 1] == "-":
            j += 1  # التهيئة الهيدرو-فلاحية: one word written with a hyphen
            continue
        if word == "و" and j + 2 < len(tokens) and heads.intersection(tokens[j + 2].variants):
            break  # … لتادلة و المجلس الإقليمي: the conjunction written apart, a new body
        if word.startswith("و") and len(word) > 2 and word not in heads:
            rest = word[1:]
            if any(v in heads for v in (rest, rest[2:] if rest.startswith("ال") else "")):
                break
            if rest in CHAMBER_WORDS:
                break  # بين مؤسسة دار الصانع والغرفة: the chamber is the other party
            if not rest.startswith("ال") or rest in stops:
                break
            j += 1
            indefinite_run = 0
            continue
        if after_jiha:
            after_jiha = False
            j += 1
            continue
        if word in _IMPROPER_ANNEXATION and j + 2 < len(tokens) and tokens[j + 2].definite:
            j += 2  # الشركة الجهوية متعددة الخدمات: an adjective in construct
            continue
        if word in NAME_LINKS and j > i and j + 2 < len(tokens) and not nxt.brk:
            # جامعة سيدي محمد بن عبد الله: a person's name inside the body's name.
            j += 1
            indefinite_run = 1
            continue
        if nxt.definite:
            indefinite_run = 0
        elif (
            word[:1] == "ب"
            and len(word) > 3
            and j > i
            and not word.startswith("بن")  # سيدي علي بنحمدوش: a surname
            and not place_ends.keys() & {j + 2, j + 3}
        ):
            # بقيام المعهد الوطني للبحث في الصيد البحري بدراسة علمية: the sentence's words (a
            # place's cue, بمدينة الداخلة، بعمالة إقليم خنيفرة, leads to the place)
            break
        elif word[:1] in ("ل", "ب") and len(word) > 3:
            indefinite_run = 1
        else:
            if indefinite_run == 0 or indefinite_run >= 3:
                break
            indefinite_run += 1
        if word in ("جهه", "لجهه", "بجهه"):
            after_jiha = True
        j += 1
    if j > i + 1 and _dangling_purpose(doc, j):
        j -= 1  # برنامج الاستشارة الفلاحية للمساهمة في …: the purpose, not the name
    return NameSpan(i, j, False)


# Verbal nouns of a purpose (للنهوض بـ، لتفعيل …): the last word of a name only when the
# sentence's words cut the name after it, leaving the purpose without its object.
_CUT_PURPOSES = frozenset(
    ("النهوض", "المساهمه", "تفعيل", "تعزيز", "تطوير", "تحسين", "تشجيع", "مواكبه", "الرفع")
    + ("مساهمه", "نهوض", "تثمين", "الحفاظ", "المحافظه", "تنزيل", "تجاوز", "معالجه")
)


def _dangling_purpose(doc: Document, j: int) -> bool:
    word = doc.tokens[j].norm
    bare = word[2:] if word.startswith("لل") else word[1:] if word[:1] == "ل" else ""
    return bool(bare) and (bare in _CUT_PURPOSES or "ال" + bare in _CUT_PURPOSES)


def _soft_break(doc: Document, j: int) -> bool:
    """A line break inside a name: only spaces and one newline between token j and the
    next, which is a genitive with its article (المكتب الجهوي للاستثمار الفلاحي⏎للحوز); a
    copied page wraps its lines there, while a new paragraph never opens on one."""
    tokens = doc.tokens
    if j + 1 >= len(tokens):
        return False
    gap = doc.norm[tokens[j].nend : tokens[j + 1].nstart]
    return gap.strip(" ") == "\n" and tokens[j + 1].norm.startswith("لل") and j > 0


def name_words(doc: Document, span: NameSpan) -> list[str]:
    return [t.norm for t in doc.tokens[span.first : span.last + 1]]


def surface(doc: Document, first: int, last: int, bare: str | None = None) -> str:
    """The name as written, without the clitic (و، ب، ل) glued to its first word."""
    text = doc.text(first, last)
    token = doc.tokens[first]
    bare = bare or bare_word(token)
    for clitic in ("لل", "ولل", "فلل"):
        n = len(clitic)
        if token.norm.startswith(clitic) and bare == "ال" + token.norm[n:] and text[:n].isalpha():
            return "ال" + text[n:]  # للمديرية، وللمكتب → المديرية، المكتب
    cut = len(token.norm) - len(bare)
    if cut <= 0 or not token.norm.endswith(bare):
        return text
    return text[cut:] if text[:cut].isalpha() else text


def find_known(
    doc: Document, index: dict, *, min_words: int = 1
) -> list[tuple[int, int, str, str]]:
    """(first, last, slug, first word without clitic) of every gazetteer name in the text,
    the longest at each place."""
    tokens = doc.tokens
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        match = None
        for variant in token.variants:
            for _first, rest, slug, capitals in index.get(variant, ()):
                n = len(rest)
                if n + 1 < min_words or i + n >= len(tokens):
                    continue
                if match and match[1] >= i + n:
                    continue
                if any(tokens[i + k].brk for k in range(n)):
                    continue
                if any(tokens[i + 1 + k].norm != rest[k] for k in range(n)):
                    continue
                if capitals and not doc.text(i, i + n).replace(" ", "").isupper():
                    continue
                if token.latin and variant != token.norm:
                    continue
                match = (i, i + n, slug, variant)
                break
            if match:
                break
        if match:
            found.append(match)
            i = match[1] + 1
        else:
            i += 1
    return found


def bare_word(token: Token) -> str:
    """The first word of a name without its clitic: ووكالة → وكاله, والمندوبية → المندوبيه."""
    for variant in token.variants:
        if variant in HEADS or variant in CHAMBER_WORDS:
            return variant  # لغرفة التجارة → غرفه, as ووكالة → وكاله
    norm = token.norm
    if norm[:1] == "و" and len(norm) > 3:
        norm = norm[1:]
    if norm[:1] in ("ب", "ل", "ك") and norm[1:3] == "ال":
        norm = norm[1:]
    if norm.startswith("لل"):
        norm = "ال" + norm[2:]
    return norm


_QUOTES = '“”«»"'


def balanced(name: str) -> str:
    """The name without a quote left open by its end: مؤسسة “دار الصانع → مؤسسة دار الصانع."""
    opened = sum(name.count(q) for q in "“«")
    closed = sum(name.count(q) for q in "”»")
    if opened == closed and name.count('"') % 2 == 0:
        return name
    return " ".join("".join(ch for ch in name if ch not in _QUOTES).split())
