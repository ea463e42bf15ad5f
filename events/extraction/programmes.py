"""Programmes and projects: برنامج …، مشروع …، الاستراتيجية …، مخطط …، Latin names (DELIO),
known ones through the gazetteer, one programme under two names counted once."""

from __future__ import annotations

import re

from events.extraction.document import Document
from events.extraction.gazetteer import Gazetteer
from events.extraction.organisations import STOPS, extend, find_known, surface
from events.extraction.result import Found, ProgrammeMatch

# Head word → whether the head belongs to the name (برنامج التنمية الجهوية) or only
# announces it (مشروع حاضنة المقاولات → حاضنة المقاولات).
_HEADS = {
    "برنامج": True,
    "مشروع": False,
    "مخطط": True,
    "المخطط": True,
    "البرنامج": True,
    "استراتيجيه": True,
    "الاستراتيجيه": True,
    "المبادره": True,
    "ميثاق": True,
    "نظام": True,
}
# Heads a quoted name may follow: برنامج "فرصة"، مبادرة «من أجلك»، مشروع "التمكين …".
_QUOTED_HEADS = frozenset(
    (
        *_HEADS,
        "المشروع",
        "مبادره",
        "برنامجا",
        "مشروعا",
        "مبادرات",
        "برامج",
        "عمليه",
        "حمله",
        "منصه",
        # a label: علامة «صنع في المغرب»
        "علامه",
        "العلامه",
    )
)
_OPEN_QUOTES = "\"«“„'"
_CLOSE_QUOTES = "\"»”'"
# نظام is a programme's head only for a scheme of support (نظام الدعم الخاص بالمقاولات …).
_SCHEMES = frozenset(("الدعم", "دعم", "التحفيز", "التحفيزات", "المنح", "الضمان", "المساعده"))
_NAMING = frozenset(("اسم", "تسميه", "المسمي", "المسماه", "المعروف", "شعار"))
_NOT_NAMES = frozenset(
    (
        "قانون",
        "مرسوم",
        "قرار",
        "ميزانيه",
        "الميزانيه",
        "ميزانيتها",
        "ميزانيته",
        "اتفاقيه",
        "الاتفاقيه",
        "عملها",
        "عمله",
        "عملهم",
        # مشروع محضر، مشروع جدول الأعمال: a draft, not a project
        "محضر",
        "محاضر",
        "جدول",
        "النظام",
    )
)
# Scope words: برنامج … لجهة الشرق, مشروع … بإقليم الحسيمة end before them.
_SCOPE = frozenset(
    [
        "جهه",
        "لجهه",
        "بجهه",
        "اقليم",
        "لاقليم",
        "باقليم",
        "عماله",
        "لعماله",
        "بعماله",
        "جماعه",
        "لجماعه",
        "بجماعه",
    ]
)
_TRAILING = frozenset(
    [
        "الجديد",
        "الجديده",
        "الحالي",
        "الاول",
        "الثاني",
        "الثانيه",
        "الثالث",
        "الثالثه",
        "المقبل",
        "السابق",
        "الماضي",
    ]
)
_PROGRAMME_STOPS = STOPS | _SCOPE | frozenset(("يحمل", "المطور", "الممول", "الموجه"))
_UN = ("الامم", "المتحده")
_PERIOD = re.compile(r"^\D{0,40}?((?:19|20)\d\d)\s*[-/–]\s*((?:19|20)\d\d)")


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
        if l_ > f or tokens[f].latin
    }
    # A known partner is not a programme, whatever its first word (المبادرة الوطنية …).
    partners = {f: l_ for f, l_, _, _ in find_known(doc, gazetteer.partner_index, min_words=2)}

    def inside(first: int, last: int) -> bool:
        start, end = doc.span(first, last)
        return any(a <= start and end <= b for a, b in excluded)

    i = 0
    while i < len(tokens):
        named = _by_head(doc, i, place_ends)
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

    return _merge(doc, gazetteer, found), covered


def _by_head(doc: Document, i: int, place_ends: dict[int, int]) -> tuple[int, int, str, int] | None:
    """A name introduced by برنامج، مشروع … at token i: (first, last, name, scope end)."""
    tokens = doc.tokens
    token = tokens[i]
    if token.brk and i + 1 < len(tokens):
        return _quoted(doc, i)
    head = _head(token)
    if head is None or token.brk or i + 1 >= len(tokens):
        return None
    head_word, keep_head = head
    nxt = tokens[i + 1]
    if set(nxt.variants[:2]) & _NOT_NAMES or (
        nxt.norm.endswith(("ها", "هم")) and nxt.norm[:-2] in _HEADS
    ):
        return None
    if head_word == "نظام" and nxt.norm not in _SCHEMES:
        return None
    if tuple(t.norm for t in tokens[i + 1 : i + 3]) == _UN:
        return None  # برنامج الأمم المتحدة الإنمائي is a partner
    if nxt.latin:  # برنامج DELIO
        last = i + 1
        while last + 1 < len(tokens) and tokens[last + 1].latin and not tokens[last].brk:
            last += 1
        return (i + 1, last, doc.text(i + 1, last), last)
    if head_word in ("برنامج", "مشروع") and not nxt.definite and (nxt.brk or _ends(tokens, i + 1)):
        return (i + 1, i + 1, doc.text(i + 1, i + 1), i + 1)  # برنامج مؤازرة، برنامج "فرصة"
    if head_word.startswith("ال") and not nxt.norm.startswith("ال"):
        return None  # الرؤية الاستراتيجية للمملكة: an adjective, not a name
    span = extend(doc, i, place_ends, stops=_PROGRAMME_STOPS, max_words=10)
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
    if any(not t.definite and {"غرفه", "غرف"} & set(t.variants) for t in words):
        return None  # إستراتيجية عمل غرفة التجارة …: the chamber's own plan, not a name
    first = i if keep_head else i + 1
    name = surface(doc, first, last, head_word if keep_head else None)
    return (first, last, name, _scope_end(doc, last, place_ends))


def _ends(tokens, j: int) -> bool:
    """Whether the word at j ends its phrase: punctuation, a sentence word or the next name of
    a list (برنامج إدماج وبرنامج تحفيز) follows."""
    if j + 1 >= len(tokens) or tokens[j + 1].norm in STOPS or tokens[j + 1].digit:
        return True
    nxt = tokens[j + 1].norm
    return nxt[:1] == "و" and nxt[1:] in _QUOTED_HEADS


def _quoted(doc: Document, i: int) -> tuple[int, int, str, int] | None:
    """A quoted name after a head word: برنامج "فرصة"، مبادرة «من أجلك» (first, last, name,
    scope end), the name without its head and quotes."""
    tokens = doc.tokens
    token = tokens[i]
    if not any(v in _QUOTED_HEADS for v in token.variants[:3]):
        return None
    if token.definite and not any(
        v.startswith("ال") and v in _QUOTED_HEADS for v in token.variants
    ):
        return None  # بالبرنامج "…": not a head followed by its name
    norm = doc.norm
    gap = norm[token.nend : tokens[i + 1].nstart]
    if not any(q in gap for q in _OPEN_QUOTES) or any(ch in gap for ch in ".,;:\n"):
        return None
    last = None
    for j in range(i + 1, min(len(tokens), i + 11)):
        end = tokens[j + 1].nstart if j + 1 < len(tokens) else len(norm)
        gap = norm[tokens[j].nend : end]
        if any(q in gap for q in _CLOSE_QUOTES):
            last = j
            break
        if any(ch in gap for ch in ".;:!?\n"):
            return None
    if last is None:
        return None
    while last > i + 1 and tokens[last].digit:
        last -= 1  # "الجيل الأخضر 2020-2030": the period is not the name
    if tokens[i + 1].digit:
        return None
    return (i + 1, last, doc.text(i + 1, last), last)


def _quoted_list(doc: Document, last: int) -> list[tuple[int, int]]:
    """The quoted names that follow a quoted name ending at token `last`, joined by و or
    commas: "إدماج" و"تحفيز" و"تأهيل" → [(first, last) of تحفيز, of تأهيل]."""
    tokens = doc.tokens
    norm = doc.norm
    names: list[tuple[int, int]] = []
    while last + 1 < len(tokens):
        gap = norm[tokens[last].nend : tokens[last + 1].nstart]
        if not any(q in gap for q in _CLOSE_QUOTES):
            break
        j = last + 1
        if tokens[j].norm == "و":  # و "تحفيز" (the conjunction written apart)
            if j + 1 >= len(tokens):
                break
            gap = norm[tokens[j].nend : tokens[j + 1].nstart]
            j += 1
        elif "," in gap:
            pass
        else:
            break
        if not any(q in gap for q in _OPEN_QUOTES) or any(ch in gap for ch in ".;:\n"):
            break
        end = None
        for k in range(j, min(len(tokens), j + 8)):
            after = norm[tokens[k].nend : tokens[k + 1].nstart if k + 1 < len(tokens) else None]
            if any(q in after for q in _CLOSE_QUOTES):
                end = k
                break
            if tokens[k].brk:
                break
        if end is None or tokens[j].digit:
            break
        names.append((j, end))
        last = end
    return names


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


def _merge(
    doc: Document, gazetteer: Gazetteer, found: list[tuple[int, int, str, str | None]]
) -> list[Found[ProgrammeMatch]]:
    """One entry per programme: same slug, same name, a name plus a place, or a Latin name
    the text gives to a programme (البرنامج الذي يحمل اسم DELIO)."""
    from events.arabic import words

    entries: list[dict] = []
    for first, last, name, slug in found:
        key = tuple(words(name))
        latin = name.isascii()
        target = None
        for entry in entries:
            if (
                slug
                and entry["slug"] == slug
                or (
                    key == entry["key"]
                    or key[: len(entry["key"])] == entry["key"]
                    and key[len(entry["key"])].startswith("ب")
                )
            ):
                target = entry
            elif entry["key"] == key[: len(entry["key"])] and len(key) > len(entry["key"]):
                pass
            if target:
                break
        if target is None and latin and _named_after(doc, first):
            target = next((e for e in reversed(entries) if not e["latin"]), None)
        if target is not None:
            if latin and name not in target["aliases"] and name != target["name"]:
                target["aliases"].append(name)
                target["acronym"] = target["acronym"] or name
            if slug and not target["slug"]:
                target["slug"] = slug
            continue
        period = _period(doc, last)
        entries.append(
            {
                "key": key,
                "name": name,
                "slug": slug,
                "span": doc.span(first, last),
                "latin": latin,
                "aliases": [],
                "acronym": name if latin else None,
                "period": period,
            }
        )
    # A shorter name that a longer one ends with a place: keep the shorter (حاضنة المقاولات).
    results = []
    for entry in entries:
        prog = gazetteer.programme_by_slug.get(entry["slug"]) if entry["slug"] else None
        acronym = entry["acronym"] or (prog.acronym if prog and prog.acronym else None)
        period = entry["period"] or (
            (prog.start_year, prog.end_year) if prog and prog.start_year and prog.end_year else None
        )
        results.append(
            Found(
                ProgrammeMatch(
                    entry["name"], entry["slug"], acronym, tuple(entry["aliases"]), period
                ),
                entry["span"],
                0.9 if entry["slug"] else 0.6,
            )
        )
    return results


def _named_after(doc: Document, first: int) -> bool:
    """Whether a word like اسم / المسمى comes just before token `first`."""
    tokens = doc.tokens
    return any(t.norm in _NAMING for t in tokens[max(0, first - 3) : first])


def _period(doc: Document, last: int) -> tuple[int, int] | None:
    end = doc.tokens[last].nend
    match = _PERIOD.match(doc.norm[end : end + 60])
    if match:
        start, stop = int(match[1]), int(match[2])
        if start <= stop:
            return (start, stop)
    return None
