"""Partners: known ones through the gazetteer's names, acronyms and aliases; unknown ones by
the shape of Arabic organisation names (وكالة …، مندوبية …، جمعية …), split on و and commas."""

from __future__ import annotations

from events.extraction.document import Document
from events.extraction.gazetteer import Gazetteer
from events.extraction.names import (
    NameSpan,
    balanced,
    bare_word,
    extend,
    find_known,
    head_of,
    name_words,
    quoted_name,
    surface,
    with_quoted_tail,
)
from events.extraction.organisation_words import (
    CHAMBER_WORDS,
    COUNTERPARTS,
    FEDERATIONS,
    GENERIC,
    HEADS,
    PERSON_NAMED_HEADS,
    PERSON_STARTS,
    TERRITORIES,
    UN,
)
from events.extraction.partner_abroad import abroad_end, foreign_chamber
from events.extraction.partner_context import (
    MINISTERS,
    minister_takes_part,
    not_a_name,
    political_aside,
    region_council,
    rejected,
)
from events.extraction.partner_merge import (
    dedupe,
    locative,
    merge_aliases,
    merge_parenthesised,
    without_locative,
)
from events.extraction.partner_role_words import ADMINISTRATIONS, HEAD_TITLES, MAKING, MEMBERS
from events.extraction.partner_roles import (
    ATTENDING,
    COUNCIL,
    CUE,
    HEAD,
    ORGANISER,
    PLAIN,
    PRESENT,
    REPRESENTED,
    TOPIC,
    cooperation_in_sentence,
    keep,
    organises_later,
    role_of,
    visited,
)
from events.extraction.partner_shapes import (
    in_relative_clause,
    joint_committee,
    latin_name_end,
    party_head,
    proper_named,
    received_delegation,
)
from events.extraction.places import match_at
from events.extraction.result import Found, PartnerMatch

# Councils a genitive names by their place only; the verbal nouns that are a purpose after
# them instead (المجلس الجماعي لبناء سوق نموذجي).
_COUNCILS = frozenset(("المجلس الجماعي", "المجلس البلدي", "المجلس الاقليمي", "المجلس القروي"))
_PURPOSES = MAKING | frozenset(
    ("بناء", "انجاز", "اخراج", "تنفيذ", "تمويل", "دعم", "تعزيز", "تحقيق", "تنظيم", "مواكبه")
    + ("تهييه", "اقتناء")
)
# Generic phrases no genitive makes a name: a genitive after them is the sentence's
# (التدابير التي اتخذتها الوزارة الوصية لانطلاق الموسم).
_NEVER_NAMED = frozenset(("الوزاره الوصيه", "السلطات المحليه", "الجهات المعنيه", "المصالح المختصه"))
# Heads that say only what kind of body follows (شركة تمويلكم, مؤسسة …).
_GENERIC_HEADS = frozenset(["شركه", "موسسه"])
_ORGAN_HEADS = frozenset(["مجلس", "مكتب", "اعضاء"])


def find_partners(
    doc: Document,
    gazetteer: Gazetteer,
    place_ends: dict[int, int],
    excluded: list[tuple[int, int]],
    *,
    regions: frozenset[int] = frozenset(),
    chambers: list[tuple[int, int]] = (),
    sisters: frozenset[tuple[int, int]] = frozenset(),
    own: list[tuple[int, int]] = (),
) -> list[Found[PartnerMatch]]:
    """Partners in order of first mention, one entry per organisation; `regions` are the
    tokens where a region's name begins, `chambers` the other chambers' mentions (`sisters`
    those of the chamber's own kind: a party only when it signs or co-organises, not as an
    exhibitor taking part), `own` the chamber's."""
    tokens = doc.tokens
    found_known = find_known(doc, gazetteer.partner_index)
    known = {first: (last, slug) for first, last, slug, _ in found_known}
    # لبريد بنك: a known name's first word as the index knows it, without its clitic
    known_bare = {first: bare for first, _last, _slug, bare in found_known}

    def inside(first: int, last: int) -> bool:
        start, end = doc.span(first, last)
        return any(a <= start and end <= b for a, b in excluded)

    # A list of bodies may start with the chamber's own name or another chamber's.
    body_ends = {last for _first, last in (*own, *chambers)}
    raw: list[tuple[int, int, str | None, float, bool]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        head = head_of(token)
        foreign = head is None and bool(CHAMBER_WORDS.intersection(token.variants[:2]))
        # ونظيرتها الغرفة التجارية …: the chamber's counterpart is another chamber
        foreign = foreign and (
            (i > 0 and tokens[i - 1].norm.lstrip("و") in COUNTERPARTS)
            or foreign_chamber(doc, i, i + 1)
        )
        federation = (
            head in FEDERATIONS
            and i + 1 < len(tokens)
            and bool(CHAMBER_WORDS.intersection(tokens[i + 1].variants[:2]))
            # بشراكة مع جامعة غرف …، اتفاقية مع اتحاد الغرف; بحضور … رئيس جامعة الغرف: through
            # its head, as any body
            and (
                cooperation_in_sentence(doc, i)
                or i > 0
                and bare_word(tokens[i - 1]) in HEAD_TITLES
                and not tokens[i - 1].brk
            )
        )
        if foreign:
            head = token.variants[0]
        k = known.get(i)
        if head is None and k is None:
            after_body = bool(raw) and raw[-1][1] == i - 1 or i - 1 in body_ends
            party = party_head(doc, i, after_body)
            if party or joint_committee(doc, i):
                # ميناء لوريان الفرنسي is a party only by its role; a committee by its name
                span = extend(doc, i, place_ends)
                if (
                    not (party and role_of(doc, i, span.last, regions) not in (ORGANISER, CUE))
                    and not in_relative_clause(doc, i)
                    and not rejected(doc, i, span.last, None)
                ):
                    raw.append((i, span.last, None, 0.5, True))
                i = span.last + 1
                continue
            if region_council(doc, i, regions, after_body=after_body) and i + 1 in place_ends:
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
            span = quoted_name(doc, i, place_ends) or with_quoted_tail(
                doc, extend(doc, i, place_ends)
            )
            first, last = span.first, span.last
            if head in ("مكتب", "المكتب") and span.place_end and i + 1 in place_ends:
                i = last + 1  # مكتب مراكش: a paper's bureau in a byline, not a body
                continue
            two = " ".join([bare_word(token), *(t.norm for t in tokens[i + 1 : i + 2])])
            # المركز الجهوي للاستثمار is a name; المركز الجهوي alone or بمقره is not.
            named = (
                last > i + 1
                and tokens[i + 2].norm.startswith("ل")
                and i + 2 not in known
                and head_of(tokens[i + 2]) is None  # المركز الجهوي للمعهد …: the institute
                and tokens[i + 2].norm not in ("لشهر", "لسنه", "لعام", "لدوره", "للدوره")
            )
            if named and (
                _pronoun_suffixed(doc, i + 2)
                or two in _COUNCILS
                and tokens[i + 2].norm[1:] in _PURPOSES
            ):
                named = False  # المجلس الجماعي لإخراجه، المجلس الجماعي لبناء سوق: a purpose
            # المجلس الجماعي بأزيلال: the council named by its town
            named = named or two == "المجلس الجماعي" and span.place_end and i + 2 in place_ends
            if two in GENERIC and not named or two in _NEVER_NAMED:
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
            words = name_words(doc, NameSpan(first, last, False))
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
        abroad = abroad_end(doc, first) if foreign else None
        if abroad is not None and abroad > last:
            last = abroad  # غرفة الصناعة التقليدية غواسي بباريس: the name runs to its place
        if k is None and _acronym(doc, last):
            last += 1  # مؤسسة ميفا MIFA: the name and its acronym in capitals
        elif k is None and last == first and head is not None and not head.startswith("ال"):
            last = latin_name_end(doc, last)  # مؤسسة OCP، شركة Lesieur Cristal
        # غرفة الصناعة التقليدية غواسي بباريس: a chamber abroad, though named like the chamber
        outside = abroad is not None or not inside(first, last)
        if outside and not rejected(doc, first, last, head_of(tokens[first])):
            raw.append((first, last, slug, confidence, foreign or federation))
        i = last + 1
    raw += [
        (first, last, None, 0.6, True)
        for first, last in chambers
        # بمقر غرفة …: the venue; المنظم من طرف غرفة …: another chamber's event told beside
        if not rejected(doc, first, last, None)
        and not (first and tokens[first - 1].norm in ("طرف", "لدن"))
        and (
            (first, last) not in sisters
            or role_of(doc, first, last, regions) in (ORGANISER, CUE)
            or visited(doc, first)
            or received_delegation(doc, first)  # the visitors' chamber, to the host's article
        )
    ]
    raw.sort(key=lambda mention: mention[0])
    raw = _by_role(doc, gazetteer, raw, regions, own)

    results: list[Found[PartnerMatch]] = []
    keys: list[list[str]] = []
    ministers: set[tuple[str, ...]] = set()
    for first, last, slug, confidence, foreign in raw:
        if last == len(tokens) - 1 and last > first and _cut_short(doc, last):
            last -= 1  # وساهم الخطأ في اهتزاز صورة مؤسسة الع: the excerpt stops mid-word
        words = [t.norm for t in tokens[first : last + 1]]
        words[0] = bare_word(tokens[first])
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
            # مقاطعة أنفا، جماعة سيدي وساي: a territory named by a place the gazetteer lacks
            territory = (
                last > first
                and words[0] in TERRITORIES
                and tokens[first].norm.lstrip("و") == words[0]  # not لجماعة …، بجماعة …
                and (first == 0 or tokens[first - 1].norm not in ("بتراب", "تراب"))
                and (words[1] == "سيدي" or not words[1].endswith(("يه", "ي")))
            )
            known_tail = words[0] in _GENERIC_HEADS and " ".join(words[1:]) in (
                gazetteer.partner_by_name
            )
            acronym = last > first + 1 and _acronym(doc, last - 1)
            # مؤسسة OCP: a head and the body's name in Latin script
            acronym = acronym or last > first and tokens[first + 1].latin
            if not (
                has_definite
                or proper_named(words)
                or has_place
                or person_named
                or mayor
                or territory
                or known_tail
                or acronym
            ):
                continue
            if (
                len(words) < 2
                or name_key in GENERIC
                # مجلس الجمعية العامة: the chamber's own organ, named by its organ's organ
                or words[0] in _ORGAN_HEADS
                and (" ".join(words[1:]) in GENERIC or words[1:3] == ["الجمعيه", "العامه"])
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
                # شركة تمويلكم: a known body's short name after its generic head.
                or words[0] in _GENERIC_HEADS
                and gazetteer.partner_by_name.get(" ".join(words[1:]))
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
                PartnerMatch(
                    _one_line(balanced(surface(doc, first, last, known_bare.get(first)))),
                    slug,
                    entry.kind if entry else None,
                ),
                doc.span(first, last),
                confidence,
            )
        )
    results, keys = merge_parenthesised(doc, gazetteer, results, keys)
    results, keys = merge_aliases(doc, results, keys)
    return dedupe(results, keys)


def _pronoun_suffixed(doc: Document, k: int) -> bool:
    """Whether word k, a genitive, carries a pronoun as written (لإخراجه، لدعمها; not the
    ة of لتنمية): a verbal noun of the sentence, no part of a name."""
    if k >= len(doc.tokens):
        return False
    start, end = doc.span(k, k)
    written = doc.body[start:end]
    return len(written) > 4 and written.endswith(("ه", "ها", "هم", "هما"))


def _cut_short(doc: Document, last: int) -> bool:
    """Whether the text's last word, with nothing after it, is a stump (الع، وال…)."""
    token = doc.tokens[last]
    if doc.body[doc.span(last, last)[1] :].strip():
        return False
    word = token.norm
    for article in ("وال", "بال", "لل", "ال"):
        if word.startswith(article):
            word = word[len(article) :]
            break
    return len(word) <= 2


def _acronym(doc: Document, last: int) -> bool:
    """Whether the word after a name ending at `last` is its acronym (MIFA, ONSSA)."""
    if last + 1 >= len(doc.tokens) or doc.tokens[last].brk:
        return False
    word = doc.body[doc.tokens[last + 1].start : doc.tokens[last + 1].end]
    return doc.tokens[last + 1].latin and len(word) >= 2 and word.isupper()


def _by_role(
    doc: Document, gazetteer: Gazetteer, raw: list, regions: frozenset[int], own=()
) -> list:
    """The mentions whose role makes them partners (partner_roles)."""
    tokens = doc.tokens
    # الغرفة الفلاحية والمديرية الجهوية للفلاحة: a body joined to the chamber's own name (not
    # to its president's) stands beside it as a subject of the sentence
    joined = {
        last + 1
        for first, last in own
        if not (first and bare_word(tokens[first - 1]) in HEAD_TITLES | MEMBERS)
    }
    roles = []
    name_ends = frozenset(last for first, last, *_ in raw if first < last)
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
        if (
            first in joined
            and tokens[first].norm.startswith("و")
            and role in (ATTENDING, PRESENT, PLAIN)
        ):
            role = CUE
        if role != ORGANISER and political_aside(doc, first, name_ends):
            role = TOPIC  # قرار مجلس الأمن، الاتفاق بين المغرب والاتحاد الأوروبي: an aside
        head = head_of(tokens[first]) or tokens[first].norm
        # المندوبية الجهوية لمكتب تنمية التعاون: an office's branch, not the state's services
        admin = head in ADMINISTRATIONS and not _branch_of_body(doc, first, last)
        if role == REPRESENTED and admin and cooperation_in_sentence(doc, first):
            role = CUE  # بتنسيق مع عمالة …، بحضور ممثل عن ولاية الجهة
        if role == PLAIN and roles and tokens[first].norm.startswith("و"):
            role = _list_role(doc, raw, roles, first)
        if role not in (ORGANISER, CUE, COUNCIL, PLAIN) and organises_later(doc, last, head):
            role = ORGANISER
        roles.append((role, admin, head in MINISTERS))
    return [mention for mention, kept in zip(raw, keep(roles), strict=True) if kept]


def _branch_of_body(doc: Document, first: int, last: int) -> bool:
    """Whether an administrative head is followed by the genitive of a body that is no
    administration (المديرية الجهوية للمكتب الوطني …، المندوبية الجهوية لمكتب …)."""
    for token in doc.tokens[first + 1 : min(last, first + 3) + 1]:
        if token.norm[:1] == "ل":
            bodies = HEADS.intersection(token.variants) - ADMINISTRATIONS
            return bool(bodies) and not bodies & MINISTERS
    return False


def _list_role(doc: Document, raw: list, roles: list, first: int) -> str:
    """The role of the list a mention without a cue of its own continues (… والمكتب الجهوي
    …، ورئيس قسم …، ووكالة الحوض المائي): the list's cue, however far back it stands, not an
    item's own head or delegate."""
    last_end = first
    for k in range(len(roles) - 1, -1, -1):
        p_first, p_last = raw[k][:2]
        if doc.sentence_of(p_first) != doc.sentence_of(first) or last_end - p_last > 12:
            break
        if roles[k][0] not in (HEAD, REPRESENTED):
            return roles[k][0]
        last_end = p_first
    return PLAIN


def _one_line(name: str) -> str:
    """A name wrapped over two lines of a copied page, on one (names.extend runs over it)."""
    return " ".join(name.split()) if "\n" in name else name
