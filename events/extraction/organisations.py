"""Partners: known ones through the gazetteer's names, acronyms and aliases; unknown ones by
the shape of Arabic organisation names (وكالة …، مندوبية …، جمعية …), split on و and commas."""

from __future__ import annotations

from dataclasses import dataclass

from events.extraction.document import Document, Token
from events.extraction.gazetteer import Gazetteer
from events.extraction.organisation_words import (
    CHAMBER_WORDS,
    CLOSING_QUOTES,
    GENERIC,
    HEADS,
    NAME_LINKS,
    OPENING_QUOTES,
    PERSON_NAMED_HEADS,
    PERSON_STARTS,
    QUOTED_HEADS,
    QUOTED_WORDS,
    STOPS,
    UN,
)
from events.extraction.partner_context import (
    MINISTERS,
    foreign_chamber,
    minister_takes_part,
    not_a_name,
    region_presidency,
    rejected,
)
from events.extraction.partner_merge import (
    dedupe,
    locative,
    merge_parenthesised,
    without_locative,
)
from events.extraction.partner_roles import (
    ADMINISTRATIONS,
    CUE,
    REPRESENTED,
    cooperation_in_sentence,
    keep,
    role_of,
)
from events.extraction.places import match_at
from events.extraction.result import Found, PartnerMatch

# Adjectives that take a definite complement inside a name: متعددة الخدمات، ذات النفع العام.
_IMPROPER_ANNEXATION = frozenset(("متعدده", "متعدد", "متعددي", "ذات", "ذو"))


@dataclass(frozen=True)
class NameSpan:
    first: int
    last: int
    place_end: bool  # the name ended on a place (مركز الإستثمار بآسفي)


def _quoted(doc: Document, i: int, place_ends: dict[int, int]) -> NameSpan | None:
    """شركة “ميفا” للتجهيزات البحرية: a company's name in quotes, then what follows it."""
    tokens = doc.tokens
    if not QUOTED_HEADS.intersection(tokens[i].variants[:3]) or i + 1 >= len(tokens):
        return None
    if not OPENING_QUOTES.intersection(doc.norm[tokens[i].nend : tokens[i + 1].nstart]):
        return None
    for q in range(i + 1, min(i + 1 + QUOTED_WORDS, len(tokens) - 1)):
        gap = doc.norm[tokens[q].nend : tokens[q + 1].nstart]
        if CLOSING_QUOTES.intersection(gap):
            if gap.strip(' ”»"') or not tokens[q + 1].norm.startswith("ل"):
                return NameSpan(i, q, False)  # the quote ends the name
            rest = extend(doc, q + 1, place_ends)
            return NameSpan(i, rest.last, rest.place_end)
        if tokens[q].brk:
            return None
    return None


def head_of(token: Token) -> str | None:
    for variant in token.variants:
        if variant in HEADS:
            return variant
    return None


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
    while not tokens[j].brk and j + 1 < len(tokens) and j - i < max_words:
        nxt = tokens[j + 1]
        word = nxt.norm
        if word in stops or nxt.digit:
            break
        if j + 1 in place_ends:
            return NameSpan(i, place_ends[j + 1], True)
        if nxt.latin:
            break
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
        elif word[:1] in ("ل", "ب") and len(word) > 3:
            indefinite_run = 1
        else:
            if indefinite_run == 0 or indefinite_run >= 3:
                break
            indefinite_run += 1
        if word in ("جهه", "لجهه", "بجهه"):
            after_jiha = True
        j += 1
    return NameSpan(i, j, False)


def _words(doc: Document, span: NameSpan) -> list[str]:
    return [t.norm for t in doc.tokens[span.first : span.last + 1]]


def surface(doc: Document, first: int, last: int, bare: str | None = None) -> str:
    """The name as written, without the clitic (و، ب، ل) glued to its first word."""
    text = doc.text(first, last)
    token = doc.tokens[first]
    bare = bare or _bare(token)
    if token.norm.startswith("لل") and bare == "ال" + token.norm[2:] and text[:2].isalpha():
        return "ال" + text[2:]  # للمديرية الجهوية → المديرية الجهوية
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


def find_partners(
    doc: Document,
    gazetteer: Gazetteer,
    place_ends: dict[int, int],
    excluded: list[tuple[int, int]],
    *,
    regions: frozenset[int] = frozenset(),
) -> list[Found[PartnerMatch]]:
    """Partners in order of first mention, one entry per organisation; `regions` are the
    tokens where a region's name begins."""
    tokens = doc.tokens
    known = {
        first: (last, slug) for first, last, slug, _ in find_known(doc, gazetteer.partner_index)
    }

    def inside(first: int, last: int) -> bool:
        start, end = doc.span(first, last)
        return any(a <= start and end <= b for a, b in excluded)

    raw: list[tuple[int, int, str | None, float, bool]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        head = head_of(token)
        foreign = head is None and bool(CHAMBER_WORDS.intersection(token.variants[:2]))
        foreign = foreign and foreign_chamber(doc, i, i + 1)
        if foreign:
            head = token.variants[0]
        k = known.get(i)
        if head is None and k is None:
            if region_presidency(doc, i, regions) and i + 1 in place_ends:
                # رئيس جهة سوس ماسة: the regional council, named by its presidency
                raw.append((i, place_ends[i + 1], None, 0.6, False))
                i = place_ends[i + 1] + 1
                continue
            i += 1
            continue
        if head in ("موسسه", "الموسسه") and i + 1 < len(tokens) and head_of(tokens[i + 1]):
            i += 1  # مؤسسة مجلس الجهة: the organisation is the council
            continue
        if head is not None and k is None:
            if head.startswith("ال") and not (
                i + 1 < len(tokens) and tokens[i + 1].norm.startswith("ال") and not token.brk
            ):
                i += 1  # المكتب، المركز: "the office" spoken of, not named
                continue
            if head in MINISTERS and not minister_takes_part(doc, i):
                i += 1
                continue
            span = _quoted(doc, i, place_ends) or extend(doc, i, place_ends)
            first, last = span.first, span.last
            if head in ("مكتب", "المكتب") and span.place_end and i + 1 in place_ends:
                i = last + 1  # مكتب مراكش: a paper's bureau in a byline, not a body
                continue
            two = " ".join([_bare(token), *(t.norm for t in tokens[i + 1 : i + 2])])
            # المركز الجهوي للاستثمار is a name; المركز الجهوي alone or بمقره is not.
            named = (
                last > i + 1
                and tokens[i + 2].norm.startswith("ل")
                and i + 2 not in known
                and head_of(tokens[i + 2]) is None  # المركز الجهوي للمعهد …: the institute
                and tokens[i + 2].norm not in ("لشهر", "لسنه", "لعام", "لدوره", "للدوره")
            )
            # المجلس الجماعي بأزيلال: the council named by its town
            named = named or two == "المجلس الجماعي" and span.place_end and i + 2 in place_ends
            if two in GENERIC and not named:
                i += 2  # مكتب الضبط لوكالة …: look again after the generic words
                continue
        elif head is not None:
            span = extend(doc, i, place_ends)
            first, last = span.first, span.last
        else:
            first, last = i, i
        slug, confidence = None, 0.5
        if k is not None:
            k_last, k_slug = k
            words = _words(doc, NameSpan(first, last, False))
            if last > k_last and locative(words[k_last - first + 1 :]):
                slug = k_slug
            else:
                last, slug = k_last, k_slug
            confidence = 0.9
        else:
            # A known name inside the candidate (وزارة … inside مندوبية وزارة …) stays inside.
            for j in range(first + 1, last + 1):
                if j in known and known[j][0] > last:
                    last = j - 1
                    break
        if not inside(first, last) and not rejected(doc, first, last, head_of(tokens[first])):
            raw.append((first, last, slug, confidence, foreign))
        i = last + 1
    raw = _by_role(doc, gazetteer, raw, regions)

    results: list[Found[PartnerMatch]] = []
    keys: list[list[str]] = []
    ministers: set[tuple[str, ...]] = set()
    for first, last, slug, confidence, foreign in raw:
        words = [t.norm for t in tokens[first : last + 1]]
        words[0] = _bare(tokens[first])
        name_key = " ".join(words)
        if slug is None:
            has_definite = any(t.definite for t in tokens[first + 1 : last + 1])
            has_place = any(j in place_ends for j in range(first + 1, last + 1))
            person_named = (
                last > first
                and words[0] in PERSON_NAMED_HEADS
                and tokens[first + 1].norm in PERSON_STARTS
            )
            mayor = len(words) == 3 and words[:2] == ["عمده", "مدينه"]
            if not (has_definite or has_place or person_named or mayor):
                continue
            if (
                len(words) < 2
                or name_key in GENERIC
                or not foreign
                and CHAMBER_WORDS.intersection(
                    v for t in tokens[first : last + 1] for v in t.variants
                )
            ):
                continue
            if tuple(words[:3]) == UN and len(words) <= 3:
                continue
            bare_key = " ".join(without_locative(words))
            slug = (
                gazetteer.partner_by_name.get(name_key)
                or gazetteer.partner_by_name.get(bare_key)
                # مكتب التكوين المهني: the start of one known name (… وإنعاش الشغل).
                or gazetteer.partner_by_prefix.get(bare_key)
            )
            if slug:
                confidence = 0.85
        if not_a_name(words):
            continue
        if words[0] in MINISTERS:
            # One minister, whatever the ways the text writes his portfolio.
            if tuple(words[:2]) in ministers:
                continue
            ministers.add(tuple(words[:2]))
        keys.append(words)
        entry = gazetteer.partner_by_slug.get(slug) if slug else None
        results.append(
            Found(
                PartnerMatch(surface(doc, first, last), slug, entry.kind if entry else None),
                doc.span(first, last),
                confidence,
            )
        )
    results, keys = merge_parenthesised(doc, gazetteer, results, keys)
    return dedupe(results, keys)


def _by_role(doc: Document, gazetteer: Gazetteer, raw: list, regions: frozenset[int]) -> list:
    """The mentions whose role makes them partners (partner_roles)."""
    tokens = doc.tokens
    roles = []
    for first, last, *_ in raw:
        if (
            first < last
            and first + 1 not in regions
            and {"مجلس", "المجلس"} & set(tokens[first].variants[:2])
        ):
            found = match_at(doc, first + 1, gazetteer, weak=True)
            if found and all(ref.kind == "region" for ref in found[1]):
                regions = regions | {first + 1}  # مجلس الشرق: the regional council
        role = role_of(doc, first, last, regions)
        head = head_of(tokens[first]) or tokens[first].norm
        admin = head in ADMINISTRATIONS
        if role == REPRESENTED and admin and cooperation_in_sentence(doc, first):
            role = CUE  # بتنسيق مع عمالة …، بحضور ممثل عن ولاية الجهة
        roles.append((role, admin, head in MINISTERS))
    return [mention for mention, kept in zip(raw, keep(roles), strict=True) if kept]


def _bare(token: Token) -> str:
    """The first word of a name without its clitic: ووكالة → وكاله, والمندوبية → المندوبيه."""
    for variant in token.variants:
        if variant in HEADS:
            return variant
    norm = token.norm
    if norm[:1] == "و" and len(norm) > 3:
        norm = norm[1:]
    if norm[:1] in ("ب", "ل", "ك") and norm[1:3] == "ال":
        norm = norm[1:]
    if norm.startswith("لل"):
        norm = "ال" + norm[2:]
    return norm
