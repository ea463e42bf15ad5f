"""One entry per organisation: a name and its other name in brackets, the same body written
twice, with a place added, as the tail of a longer name or again by its head and adjective."""

from __future__ import annotations

from events.extraction.document import Document, variants
from events.extraction.gazetteer import Gazetteer
from events.extraction.result import Found, PartnerMatch


def merge_parenthesised(
    doc: Document,
    gazetteer: Gazetteer,
    results: list[Found[PartnerMatch]],
    keys: list[list[str]],
) -> tuple[list[Found[PartnerMatch]], list[list[str]]]:
    """A name and its other name in brackets right after it are one organisation:
    "الوكالة الوطنية لإنعاش التشغيل والكفاءات (أنابيك)"، "مكتب التكوين المهني (OFPPT)".

    Not when the bracket names a known body the first name only contains (المديرية الجهوية
    للوكالة الوطنية لإنعاش التشغيل والكفاءات (ANAPEC)): both stay."""
    merged: list[Found[PartnerMatch]] = []
    merged_keys: list[list[str]] = []
    for found, key in zip(results, keys, strict=True):
        if merged and found.span and merged[-1].span:
            gap = doc.body[merged[-1].span[1] : found.span[0]]
            after = doc.body[found.span[1] : found.span[1] + 3]
            previous = merged[-1]
            if (
                gap.strip() in ("(", "«(", "(«")
                and ")" in after
                and not _contains_known(gazetteer, merged_keys[-1], found.value.slug)
            ):
                slug = previous.value.slug or found.value.slug
                kind = previous.value.kind or found.value.kind
                merged[-1] = Found(
                    PartnerMatch(previous.value.name, slug, kind),
                    previous.span,
                    max(previous.confidence, found.confidence),
                )
                continue
        merged.append(found)
        merged_keys.append(key)
    return merged, merged_keys


def _contains_known(gazetteer: Gazetteer, words: list[str], slug: str | None) -> bool:
    """Whether a known partner's name (`slug`'s) sits inside `words` after their first word."""
    if slug is None:
        return False
    tail = words[1:]
    for name, other in gazetteer.partner_by_name.items():
        if other != slug:
            continue
        parts = name.split()
        for k in range(len(tail) - len(parts) + 1):
            if parts[0] in variants(tail[k]) and tail[k + 1 : k + len(parts)] == parts[1:]:
                return True
    return False


def locative(words: list[str]) -> bool:
    """Whether words are only a place phrase: بآسفي، بالمغرب، بجهة الشرق."""
    return bool(words) and words[0][:1] == "ب"


def without_locative(words: list[str]) -> list[str]:
    for k in range(1, len(words)):
        if words[k][:1] == "ب":
            return words[:k]
    return words


# Heads a text names once in full, then again as "the head + its adjective": منظمة منتجي
# الصيد التقليدي … الإسبانية, then المنظمة الإسبانية.
_ANAPHORIC_HEADS = frozenset(
    ("منظمه", "جمعيه", "شركه", "تعاونيه", "موسسه", "فدراليه", "فيدراليه", "كونفدراليه", "كنفدراليه")
)


def _anaphora(words: list[str], earlier: list[str]) -> bool:
    """Whether `words` (المنظمة الإسبانية …) speak again of the body named `earlier`
    (منظمة منتجي …): the same head, now definite, and a nisba adjective."""
    head = earlier[0]
    if (
        len(words) == 2
        and words[0] == "ال" + head
        and words[1] in earlier[1:]
        and words[1].endswith(("يه", "ي"))
    ):
        return True  # الغرفة الإسبانية after غرفة التجارة … بلاس بالماس الإسبانية
    if (
        head.removeprefix("ال") in _ANAPHORIC_HEADS
        and 2 <= len(words) < len(earlier)
        and words == earlier[: len(words)]
        and words[1].endswith(("يه", "ي"))
    ):
        return True  # الكنفدرالية الوطنية after الكنفدرالية الوطنية للصيد الساحلي
    return (
        head in _ANAPHORIC_HEADS
        and len(words) >= 2
        and words[0] == "ال" + head
        and words[1].startswith("ال")
        and words[1].endswith(("يه", "ي"))
    )


# The organs of a body: مكتب هيئة المحامين is the bar's bureau, the bar itself.
_ORGANS = frozenset(("مكتب", "المكتب", "اعضاء"))


def _organ_of(words: list[str], other: list[str]) -> bool:
    """Whether `words` (مكتب هيئة المحامين) name an organ of the body `other` names."""
    rest = words[1:]
    return (
        words[0] in _ORGANS
        and len(rest) >= 2
        and len(rest) <= len(other)
        and other[: len(rest)] == rest
    )


def _short_regional(words: list[str], other: list[str]) -> bool:
    """Whether `words` (مجلس الجهة) are the short form of the body `other` names by its
    region (مجلس جهة فاس مكناس): a text names the council in full once, then by its head."""
    return (
        len(words) == 2
        and words[1] == "الجهه"
        and len(other) > 2
        and other[0] == words[0]
        and other[1] in ("جهه", "لجهه")
    )


# The level a body's adjective gives it: المركز الجهوي للاستثمار, المديرية الإقليمية.
_LEVELS = frozenset(("الجهوي", "الجهويه", "الاقليمي", "الاقليميه", "المحلي", "المحليه"))


def _core(words: list[str]) -> tuple[list[str], bool]:
    """(the name's words without place, level adjective and article; whether it had a level)."""
    out, level = [], False
    for word in without_locative(words):
        if word in _LEVELS:
            level = True
            continue
        out.append(word[2:] if word.startswith(("ال", "لل")) and len(word) > 4 else word)
    return out, level


def _levelled(words: list[str], other: list[str]) -> bool:
    """Whether two names are one body, once with its level and once with its place:
    مركز الإستثمار بآسفي and المركز الجهوي للإستثمار. Two levels (the regional and the
    provincial directorate) are two bodies."""
    core, level = _core(words)
    other_core, other_level = _core(other)
    return len(core) >= 2 and core == other_core and level != other_level


def dedupe(results: list[Found[PartnerMatch]], keys: list[list[str]]) -> list[Found[PartnerMatch]]:
    """One entry per organisation: the same name twice, a name plus a place (وكالة جهة الشرق
    بوجدة), or a name that is the tail of a longer one (وزارة … in مندوبية وزارة …)."""
    keep: list[int] = []
    # لجهة written or not: المركز الجهوي للاستثمار لجهة سوس ماسة = … سوس- ماسة.
    bare = [[w for w in words if w not in ("لجهه", "جهه", "بجهه")] for words in keys]
    for a, words in enumerate(keys):
        drop = any(bare[b] == bare[a] for b in range(a))
        for b, other in enumerate(keys):
            if a == b:
                continue
            if (
                other == words
                and b < a
                or (
                    len(other) < len(words)
                    and words[: len(other)] == other
                    and locative(words[len(other) :])
                )
                or (
                    len(words) < len(other)
                    and other[len(other) - len(words) + 1 :] == words[1:]
                    and words[0] in variants(other[len(other) - len(words)])
                    and not _organ_of(other, words)
                )
                or results[a].value.slug
                and results[a].value.slug == results[b].value.slug
                and b < a
                or b < a
                and _anaphora(words, other)
                # a known body is itself: الجمعية المغربية للمصدرين after جمعية وادنون
                and not (results[a].value.slug and results[a].value.slug != results[b].value.slug)
                or _organ_of(words, other)
                or _short_regional(words, other)
                or b < a
                and _levelled(words, other)
                or _mayor_of(words, other, b < a)
            ):
                drop = True
        if not drop:
            keep.append(a)
    return [results[k] for k in keep]


_BRACKET_WORDS = 2  # how long a body's other name in brackets may be
_PLACE_WORDS = frozenset(("جهه", "اقليم", "عماله", "جماعه", "مدينه", "ولايه", "بلديه"))


def _mayor_town(words: list[str]) -> list[str] | None:
    """The town of a mayor named by title (عمدة مدينة مراكش، عمدة مراكش), else None."""
    if not words or words[0].lstrip("و") != "عمده":
        return None
    rest = words[1:]
    if rest and rest[0] == "مدينه":
        rest = rest[1:]
    return rest or None


def _council_town(words: list[str]) -> list[str] | None:
    """The town of a communal council (المجلس الجماعي لمراكش), else None."""
    if len(words) < 3 or [words[0].lstrip("و"), words[1]] != ["المجلس", "الجماعي"]:
        return None
    first = words[2]
    return [first[1:] if first[:1] in ("ل", "ب") else first, *words[3:]]


def _mayor_of(words: list[str], other: list[str], earlier: bool) -> bool:
    """A mayor by title is the communal council of the town: one body (عمدة مراكش beside
    المجلس الجماعي لمراكش, or a mayor written twice)."""
    town = _mayor_town(words)
    if town is None:
        return False
    return _council_town(other) == town or earlier and _mayor_town(other) == town


def merge_aliases(
    doc: Document, results: list[Found[PartnerMatch]], keys: list[list[str]]
) -> tuple[list[Found[PartnerMatch]], list[list[str]]]:
    """A body's short name in brackets after its full name (منظمة الأغذية والزراعة للأمم
    المتحدة (الفاو)، الوكالة الكورية للتعاون الدولي (كويكا)) names it again later, behind
    a head and with a place (منظمة الفاو، وكالة كويكا بالمغرب): one body."""
    aliases = {
        name: k
        for k, found in enumerate(results)
        if found.span
        for name in _bracketed(doc, found.span[1])
    }
    out, out_keys = [], []
    for k, (found, key) in enumerate(zip(results, keys, strict=True)):
        core = without_locative(key)[1:]
        if len(core) <= _BRACKET_WORDS and aliases.get(" ".join(core), k) != k:
            continue  # منظمة الفاو, before or after its full name
        out.append(found)
        out_keys.append(key)
    return out, out_keys


def _bracketed(doc: Document, end: int) -> list[str]:
    """The normalised words in brackets right after body position `end`, with and without
    their article: (الفاو) gives الفاو and فاو."""
    after = doc.body[end : end + 40]
    stripped = after.lstrip(" «")
    if not stripped.startswith("("):
        return []
    inner, _, rest = stripped[1:].partition(")")
    if not rest and ")" not in stripped:
        return []
    from events.arabic import normalise

    words = normalise(inner).split()
    if not words or len(words) > _BRACKET_WORDS or words[0] in _PLACE_WORDS:
        return []  # تعاونية … (إقليم الدريوش): a place in brackets, no other name
    if any(ch.isdigit() for ch in inner):
        return []
    name = " ".join(words)
    return [name, name[2:]] if name.startswith("ال") else [name, "ال" + name]
