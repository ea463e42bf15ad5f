"""Programmes and projects: برنامج …، مشروع …، الاستراتيجية …، مخطط …، Latin names (DELIO),
known ones through the gazetteer, one programme under two names counted once."""

from __future__ import annotations

import re

from events.extraction.document import Document
from events.extraction.gazetteer import Gazetteer
from events.extraction.names import extend, find_known, surface
from events.extraction.organisation_words import CHAMBER_WORDS, RELATIVES, STOPS
from events.extraction.organisation_words import HEADS as _BODY_HEADS
from events.extraction.partner_role_words import MAKING
from events.extraction.partner_roles import INITIATIVE_HEADS, initiative_takes_part
from events.extraction.programme_merge import merge
from events.extraction.programme_quotes import (
    _quoted,
    _quoted_list,
    quoted_after,
    quoted_by_name,
    quoted_project,
)
from events.extraction.programme_words import (
    DESCRIBED,
    EDITIONS,
    FUND_PURPOSES,
    GENERATION,
    NAME_ENDS,
    ORDINALS,
    PLURAL_HEADS,
    SERIES,
)
from events.extraction.programme_words import HEADS as _HEADS
from events.extraction.programme_words import NOT_NAMES as _NOT_NAMES
from events.extraction.programme_words import NOT_NAMING as _NOT_NAMING
from events.extraction.programme_words import QUOTED_HEADS as _QUOTED_HEADS
from events.extraction.programme_words import SCHEMES as _SCHEMES
from events.extraction.programme_words import SCOPE as _SCOPE
from events.extraction.programme_words import TRAILING as _TRAILING
from events.extraction.result import Found, ProgrammeMatch

_PROGRAMME_STOPS = (
    STOPS
    | _SCOPE
    | NAME_ENDS
    | frozenset(("يحمل", "المطور", "الممول", "الموجه", "لفايده", "المزمع"))
    # a clause or a purpose opens after the name: الرامية إلى، لضمان، لتعزيز
    | frozenset(("الراميه", "الرامي", "الهادفه", "الهادف", "لضمان", "لتحقيق", "لتعزيز"))
)
# A name stops before the next name of a list: ووكالة …، والبرنامج …، ومخطط …
_NEXT_NAMES = _BODY_HEADS | frozenset(_HEADS)
_UN = ("الامم", "المتحده")
_PLURAL_ENDINGS = tuple(sorted({w.removeprefix("ال") for w in PLURAL_HEADS}))
_PERIOD_NEXT = re.compile(r"\s*\(?\s*(?:19|20)\d\d\s*[-/–]\s*(?:19|20)\d\d")
_SENTENCE_END = re.compile(r"[.!?؟»\"”)]")


def _head(token) -> tuple[str, bool] | None:
    for variant in token.variants:
        if variant in _HEADS:
            if token.definite and not variant.startswith("ال"):
                return None  # بالمشروع: "the project" spoken of
            return variant, _HEADS[variant]
    return None


def find_programmes(
    doc: Document,
    gazetteer: Gazetteer,
    place_ends: dict[int, int],
    excluded: list[tuple[int, int]],
) -> tuple[list[Found[ProgrammeMatch]], list[tuple[int, int]]]:
    """The programmes, and the body spans their names cover (with their scope)."""
    tokens = doc.tokens
    found: list[tuple[int, int, str, str | None]] = []  # first, last, name, slug
    covered: list[tuple[int, int]] = []
    known = {
        f: (l_, s, bare)
        for f, l_, s, bare in find_known(doc, gazetteer.programme_index)
        if l_ > f or tokens[f].latin or _one_word_name(doc, f)
    }
    # A known partner is not a programme, whatever its first word (المبادرة الوطنية …).
    partners = {f: l_ for f, l_, _, _ in find_known(doc, gazetteer.partner_index, min_words=2)}

    def inside(first: int, last: int) -> bool:
        start, end = doc.span(first, last)
        return any(a <= start and end <= b for a, b in excluded)

    i = 0
    while i < len(tokens):
        named = _by_head(doc, i, place_ends)
        if i in partners and INITIATIVE_HEADS.intersection(tokens[i].variants[:3]):
            last = partners[i]
            if not inside(i, last) and not initiative_takes_part(doc, i, last):
                bare = next(v for v in tokens[i].variants if v in INITIATIVE_HEADS)
                found.append((i, last, surface(doc, i, last, bare), None))
                covered.append(doc.span(i, last))  # a programme here, not a partner
            i = last + 1
            continue
        if named is not None and i in partners and (i not in known or known[i][0] <= partners[i]):
            i = partners[i] + 1
            continue
        if i in known and (named is None or known[i][0] > named[1]):
            last, slug, bare = known[i]
            if not inside(i, last):
                found.append((i, last, surface(doc, i, last, bare), slug))
                covered.append(doc.span(i, last))
            i = last + 1
            continue
        if named is None:
            i += 1
            continue
        first, last, name, scope_end = named
        if inside(first, last):
            i = last + 1
            continue
        found.append((first, last, name, _lookup(gazetteer, name)))
        covered.append(doc.span(i, scope_end))
        i = last + 1
        if tokens[i - 1].brk and i < len(tokens):
            # برامج "إدماج" و"تحفيز" و"تأهيل": the other quoted names of the list.
            for first, last in _quoted_list(doc, i - 1):
                name = doc.text(first, last)
                found.append((first, last, name, _lookup(gazetteer, name)))
                covered.append(doc.span(first, last))
                i = last + 1

    if tokens and not _SENTENCE_END.search(doc.norm[tokens[-1].nend :]):
        # The excerpt stops mid-sentence: a name running to its end is cut (ورش الحماية الا).
        found = [entry for entry in found if entry[1] != len(tokens) - 1]
    return merge(doc, gazetteer, found), covered


# The bodies whose own development plan a text speaks of (برنامج التنمية للمجلس، للجماعة).
_OWN_PLANS = frozenset(("للمجلس", "للجماعه", "للغرفه", "للجهه", "للمدينه", "للعماله", "للاقليم"))


def _by_head(doc: Document, i: int, place_ends: dict[int, int]) -> tuple[int, int, str, int] | None:
    """A name introduced by برنامج، مشروع … at token i: (first, last, name, scope end)."""
    tokens = doc.tokens
    token = tokens[i]
    project = quoted_project(doc, i)
    if project is not None:
        return project
    if token.brk and i + 1 < len(tokens):
        return _quoted(doc, i)
    if token.norm.endswith("جيل") or token.norm in EDITIONS:
        generation = _generation(doc, i, place_ends) or _series(doc, i, place_ends)
        if generation is not None:
            return generation
    head = _head(token)
    if head is None:
        if (
            not token.brk
            and token.norm.endswith(_PLURAL_ENDINGS)
            and PLURAL_HEADS.intersection(token.variants[:2])
        ):
            return _plural(doc, i, place_ends)
        return None
    if head is None or token.brk or i + 1 >= len(tokens):
        return None
    head_word, keep_head = head
    named = quoted_by_name(doc, i)
    if named is not None:
        return named  # برنامج للتكوين، تحت اسم "كنوز حرفية"
    nxt = tokens[i + 1]
    if set(nxt.variants[:2]) & _NOT_NAMES or (
        nxt.norm.endswith(("ها", "هم")) and nxt.norm[:-2] in _HEADS
    ):
        return None
    if head_word.endswith("مشروع") and nxt.norm == "عمل":
        return None  # لقاء إعدادي لمشروع عمل الملحقة: a plan of work being drafted, no project
    if (
        head_word.endswith("برنامج")
        and nxt.norm == "التنميه"
        and i + 2 < len(tokens)
        and tokens[i + 2].norm in _OWN_PLANS
    ):
        return None  # في إطار برنامج التنمية للمجلس: a council's own plan, spoken of
    if head_word in ("استراتيجيه", "الاستراتيجيه") and nxt.norm in _GOVERNMENT:
        return None  # استراتيجية كتابة الدولة المكلفة بالصناعة التقليدية: a body's, unnamed
    if head_word == "استراتيجيه" and nxt.norm[:1] == "ل" and not nxt.norm.startswith("لا"):
        return None  # خططا استراتيجية لدعم المقاولات: a purpose, no name
    owner = i + 2 if head_word == "مشروع" and nxt.norm == "برنامج" else i + 1
    if (
        head_word in ("برنامج", "مشروع", "استراتيجيه", "الاستراتيجيه")
        and owner < len(tokens)
        and tokens[owner].norm in CHAMBER_WORDS
        and not any(t.digit for t in tokens[i + 1 : i + 9])
    ):
        return None  # استراتيجية غرفة الصيد البحري، مشروع برنامج الغرفة للتعرف: its own
    if head_word == "نظام" and nxt.norm not in _SCHEMES:
        return None
    if head_word.endswith("صندوق") and nxt.norm not in FUND_PURPOSES:
        return None
    if head_word == "الاسبوع" and nxt.norm != "الوطني":
        return None  # الأسبوع المقبل، الأسبوع الماضي: a time
    if head_word.endswith("ورش") and nxt.norm in ("البحري", "البحريه", "بناء", "لبناء"):
        return None  # الورش البحري: a shipyard
    if head_word == "ورش" and (
        not nxt.definite or nxt.norm.startswith(("ب", "ل")) or nxt.norm == "العمل"
    ):
        return None  # ورش عمل، ورش العمل: workshops
    if tuple(t.norm for t in tokens[i + 1 : i + 3]) == _UN:
        return None  # برنامج الأمم المتحدة الإنمائي is a partner
    if nxt.latin:  # برنامج DELIO
        last = i + 1
        while last + 1 < len(tokens) and tokens[last + 1].latin and not tokens[last].brk:
            last += 1
        return (i + 1, last, doc.text(i + 1, last), last)
    if head_word in ("برنامج", "مشروع") and nxt.norm in MAKING and nxt.brk:
        # مشروع إحداث “واحة فنون الصناعة التقليدية”: the name quoted after what is made
        # (مشروع تأهيل المدينة العتيقة names itself by what it makes)
        return quoted_after(doc, i + 1)
    if (
        head_word in ("برنامج", "مشروع")
        and i + 3 < len(tokens)
        and not tokens[i + 1].brk
        and all(_bare_name_word(t) for t in tokens[i + 1 : i + 3])
        and (tokens[i + 2].brk or tokens[i + 3].norm in RELATIVES)
    ):
        return (i + 1, i + 2, doc.text(i + 1, i + 2), i + 2)  # مشروع أديكوط بلوس الذي …
    if head_word in ("برنامج", "مشروع") and not nxt.definite and (nxt.brk or _ends(tokens, i + 1)):
        return (i + 1, i + 1, doc.text(i + 1, i + 1), i + 1)  # برنامج مؤازرة، برنامج "فرصة"
    if head_word.startswith("ال") and not nxt.norm.startswith("ال"):
        return None  # الرؤية الاستراتيجية للمملكة: an adjective, not a name
    if (
        head_word.startswith("ال")
        and i > 0
        and _plural_noun(tokens[i - 1])
        and not tokens[i - 1].brk
    ):
        return None  # الملفات الاستراتيجية: the adjective of a plural noun
    start = i
    if (
        (
            head_word in ("برنامج", "مشروع")
            # إستراتيجية تنمية وإنعاش الصناعة التقليدية (not إستراتيجية لتوجيه …: a purpose)
            or head_word in ("استراتيجيه", "الاستراتيجيه")
            and nxt.norm[:1] not in ("ل", "ب")
        )
        and not nxt.definite
        and not nxt.brk
        and i + 2 < len(tokens)
        and tokens[i + 2].norm[:1] == "و"
        and not tokens[i + 2].definite
        and tokens[i + 2].norm[1:] not in _QUOTED_HEADS
    ):
        start = i + 2  # مشروع تأهيل وتهيئة المحورين التجاريين: two nouns of one project
    span = extend(doc, start, place_ends, heads=_NEXT_NAMES, stops=_PROGRAMME_STOPS, max_words=10)
    last = span.last
    while last > i and tokens[last].norm in _TRAILING:
        last -= 1
    if last + 1 < len(tokens) and tokens[last + 1].norm == "جدا" and not tokens[last].brk:
        last += 1  # الصغيرة جدا
        while (
            last + 1 < len(tokens)
            and not tokens[last].brk
            and tokens[last + 1].norm.startswith("وال")
            and tokens[last + 1].norm[1:] not in _PROGRAMME_STOPS
        ):
            last += 1  # … جدا والصغرى والمتوسطة
    words = tokens[i + 1 : last + 1]
    if last == i or not (span.place_end or any(t.norm.startswith(("ال", "وال")) for t in words)):
        return None
    if (
        last == i + 1
        and last + 1 < len(tokens)
        and not tokens[last].brk
        and tokens[last + 1].norm in _OPEN_PREPOSITIONS
    ):
        return None  # بمشروع الاستفادة من التزويد بالأفرنة: a verbal noun whose object follows
    if all(_NOT_NAMING.intersection(t.variants) for t in words):
        return None  # الورش الملكي الطموح، إستراتيجية الغرفة: described, not named
    if len(words) > 1 and DESCRIBED.intersection(words[0].variants) and words[1].norm[:1] == "ل":
        return None  # المبادرة المجانية لتصحيح النظر: described, then its purpose
    first = i if keep_head else i + 1
    name = surface(doc, first, last, head_word if keep_head else None)
    return (first, last, name, _scope_end(doc, last, place_ends))


# A government's strategy is its policy, spoken of (a chamber's dated plan has a name:
# استراتيجية الغرفة الفلاحية 2023-2027).
_GOVERNMENT = frozenset(("كتابه", "وزاره", "الوزاره", "الحكومه"))

# A one-word name followed by one of these is a verbal noun governing what follows.
_OPEN_PREPOSITIONS = frozenset(("من", "في", "علي", "الي", "عن", "بين"))


def _one_word_name(doc: Document, f: int) -> bool:
    """A known programme's one-word name (أليوتيس) in a list of plans (ومن ضمنها أليوتيس و…),
    not the fair or event named after it (معرض أليوتيس، الدورة السادسة لأليوتيس)."""
    tokens = doc.tokens
    if f == 0 or tokens[f].norm[:1] in ("ل", "ب") or tokens[f - 1].brk and f > 1:
        return False
    before = tokens[f - 1].norm
    if before.lstrip("وبل").removeprefix("ال") in _EVENT_WORDS:
        return False
    return before.lstrip("و") in ("ضمنها", "ضمنه", "ومنها", "منها", "مثل", "غرار", "كمخطط")


_EVENT_WORDS = frozenset(("معرض", "دوره", "نسخه", "رواق", "ملتقي", "جايزه", "منتدي"))


def _bare_name_word(token) -> bool:
    """A word of a name written as it sounds (أديكوط بلوس): no article, no clitic, no
    adjective ending, no digit."""
    word = token.norm
    return (
        not token.definite
        and not token.digit
        and word[:1] not in ("و", "ل", "ف", "ك")
        and not word.endswith(("يه", "ي", "ات"))
        and word not in STOPS
        and len(word) >= 3
    )


def _plural_noun(token) -> bool:
    """A definite feminine plural (الملفات، القضايا) an adjective like الاستراتيجية follows."""
    word = token.norm.lstrip("و")
    return word.startswith("ال") and word.endswith("ات") and len(word) > 5


def _generation(doc: Document, i: int, place_ends: dict[int, int]):
    """الجيل الجديد من برامج التنمية الترابية: the generation is the programme's name."""
    tokens = doc.tokens
    if i + 4 >= len(tokens) or "الجيل" not in tokens[i].variants[:3] or tokens[i].brk:
        return None
    if tuple(t.norm for t in tokens[i + 1 : i + 3]) != GENERATION[1:] or tokens[i + 1].brk:
        return None
    if not PLURAL_HEADS.intersection(tokens[i + 3].variants[:2]) or tokens[i + 2].brk:
        return None
    span = extend(doc, i + 3, place_ends, stops=_PROGRAMME_STOPS, max_words=8)
    if span.last == i + 3:
        return None
    return (
        i,
        span.last,
        surface(doc, i, span.last, "الجيل"),
        _scope_end(doc, span.last, place_ends),
    )


def _series(doc: Document, i: int, place_ends: dict[int, int]):
    """في إطار الدورة الثالثة للأسبوع الوطني للصناعة التقليدية: the series the meeting is
    held within (الأسبوع الوطني للصناعة التقليدية)."""
    tokens = doc.tokens
    if i < 2 or i + 3 >= len(tokens) or (tokens[i - 2].norm, tokens[i - 1].norm) != ("في", "اطار"):
        return None
    if tokens[i].norm not in EDITIONS or tokens[i + 1].norm not in ORDINALS:
        return None
    first = i + 2
    if tokens[first].norm == "من" and first + 1 < len(tokens):
        first += 1
    if tokens[i].brk or tokens[i + 1].brk or not SERIES.intersection(tokens[first].variants[:3]):
        return None
    span = extend(doc, first, place_ends, stops=_PROGRAMME_STOPS, max_words=8)
    if span.last == first:
        return None
    bare = next(v for v in tokens[first].variants if v in SERIES)
    name = surface(doc, first, span.last, bare)
    return (first, span.last, name, _scope_end(doc, span.last, place_ends))


def _plural(doc: Document, i: int, place_ends: dict[int, int]):
    """الخطط الاستراتيجية للفترة 2022-2027: plural plans are a name with their period only."""
    span = extend(doc, i, place_ends, stops=_PROGRAMME_STOPS, max_words=6)
    end = doc.tokens[span.last].nend
    if span.last == i or not _PERIOD_NEXT.match(doc.norm, end):
        return None
    return (i, span.last, surface(doc, i, span.last), _scope_end(doc, span.last, place_ends))


def _ends(tokens, j: int) -> bool:
    """Whether the word at j ends its phrase: punctuation, a sentence word or the next name of
    a list (برنامج إدماج وبرنامج تحفيز) follows."""
    if j + 1 >= len(tokens) or tokens[j + 1].norm in STOPS or tokens[j + 1].digit:
        return True
    nxt = tokens[j + 1].norm
    return nxt[:1] == "و" and nxt[1:] in _QUOTED_HEADS


def _scope_end(doc: Document, last: int, place_ends: dict[int, int]) -> int:
    """Where a name's scope (بإقليم الحسيمة، لجهة الشرق) ends."""
    tokens = doc.tokens
    j = last + 1
    if (
        j < len(tokens)
        and not tokens[last].brk
        and tokens[j].norm in _SCOPE
        and j + 1 in place_ends
    ):
        return place_ends[j + 1]
    return last


def _lookup(gazetteer: Gazetteer, name: str) -> str | None:
    from events.arabic import words

    return gazetteer.programme_by_name.get(" ".join(words(name)))
