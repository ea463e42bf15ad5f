"""Cardinal numbers written in Arabic words: "مائة وخمسين" → 150, "أربعين" → 40,
"مئة" → 100, "مائتي" → 200, "ثلاثة آلاف" → 3000, "ألف ومائتي" → 1200.

Works on normalised words (events.arabic.normalise: أ/إ/آ → ا, ة → ه, ى → ي, ئ → ي), so
hamza and taa marbuta variants (مائة، مئة، ميه) and the case endings (ون/ين, ا/ان/ين) read
alike. Words of vagueness (عشرات، مئات، آلاف alone) are not numbers: "عشرات المشاركين"
gives nothing. Ordinals and definite forms (الخمسين، الثالثة) are not cardinals either.
"""

from __future__ import annotations

from collections.abc import Sequence

from events.arabic import normalise


def _table(spec: dict[int, str]) -> dict[str, int]:
    return {normalise(word): value for value, words in spec.items() for word in words.split()}


# 1-10, with the masculine and feminine forms and the dual's case endings.
UNITS = _table(
    {
        1: "واحد واحدة",
        2: "اثنان اثنين اثنا اثني اثنتان اثنتين اثنتا اثنتي",
        3: "ثلاث ثلاثة",
        4: "أربع أربعة",
        5: "خمس خمسة",
        6: "ست ستة",
        7: "سبع سبعة",
        8: "ثمان ثماني ثمانية",
        9: "تسع تسعة",
        10: "عشر عشرة",
    }
)
# The first word of 11 (أحد عشر، إحدى عشرة).
_ELEVEN = _table({1: "أحد إحدى"})
TENS = _table(
    {
        20: "عشرون عشرين",
        30: "ثلاثون ثلاثين",
        40: "أربعون أربعين",
        50: "خمسون خمسين",
        60: "ستون ستين",
        70: "سبعون سبعين",
        80: "ثمانون ثمانين",
        90: "تسعون تسعين",
    }
)
_HUNDRED_WORDS = _table(
    {100: "مائة مئة ماية مية", 200: "مائتان مائتين مائتا مائتي مئتان مئتين مئتا مئتي"}
)
# ثلاثمائة، ثلاثمئة … تسعمائة written as one word.
HUNDREDS = dict(_HUNDRED_WORDS)
for _unit, _value in UNITS.items():
    if 3 <= _value <= 9:
        for _h in ("مايه", "ميه"):
            # the unit's masculine stem: ثلاث، اربع، خمس، ست، سبع، ثمان، تسع
            HUNDREDS[(_unit[:-1] if _unit.endswith("ه") else _unit) + _h] = _value * 100
# ألفا is read as the accusative of ألف (ألفا مشارك), not the dual's construct state.
_THOUSAND = _table({1000: "ألف ألفا", 2000: "ألفان ألفين ألفي"})
_THOUSANDS_PLURAL = frozenset((normalise("آلاف"), normalise("ألاف")))
_MILLION = frozenset((normalise("مليون"), normalise("ملايين")))


# Every word a number may start with: a quick test before parsing.
STARTS = frozenset((*UNITS, *_ELEVEN, *TENS, *HUNDREDS, *_THOUSAND))


def _piece(word: str) -> tuple[str, int] | None:
    """(kind, value) of one number word, or None."""
    if word in UNITS:
        return "unit", UNITS[word]
    if word in _ELEVEN:
        return "eleven", 1
    if word in TENS:
        return "tens", TENS[word]
    if word in HUNDREDS:
        return "hundred", HUNDREDS[word]
    if word in _THOUSAND:
        return "thousand", _THOUSAND[word]
    if word in _THOUSANDS_PLURAL:
        return "thousands", 1000
    return None


def parse_number_words(words: Sequence[str], start: int = 0) -> tuple[int, int] | None:
    """The number written in normalised `words` from index `start`: (value, index of its last
    word), or None when no number starts there.

    Parts are joined by و (مائة وخمسون، خمسة وعشرون، ألف ومائتان) or follow each other
    (ثلاث مائة، ثلاثة عشر، ثلاثة آلاف، مائة ألف). The first word must not carry a clitic;
    later ones may carry و. Two numbers side by side (خمسة وستة) stop at the first.
    """
    total = 0  # complete thousands
    current = 0  # below a thousand
    seen: set[str] = set()  # kinds of the parts below a thousand
    last_kind: str | None = None
    last_value = 0
    end = None
    k = start
    while k < len(words):
        word = words[k]
        joined = False
        if k > start and word[:1] == "و" and _piece(word[1:]) is not None:
            word, joined = word[1:], True
        piece = _piece(word)
        if piece is None:
            break
        kind, value = piece
        if kind == "thousands" and not (last_kind == "unit" and not joined):
            break  # آلاف المشاركين: "thousands of", not a number
        if kind == "eleven":
            # أحد عشر، إحدى عشرة: only with عشر after it.
            if joined or "unit" in seen or k + 1 >= len(words) or words[k + 1] not in _TEN:
                break
            current += 11
            seen.add("unit")
            last_kind, last_value, end = "teen", 11, k + 1
            k += 2
            continue
        if not joined and k > start:
            # Adjacent parts: ثلاثة عشر (13)، ثلاث مائة (300)، ثلاثة آلاف (3000).
            if kind == "unit" and value == 10 and last_kind == "unit" and last_value < 10:
                current += 10
                kind = "teen"
            elif kind == "hundred" and value == 100 and last_kind == "unit" and last_value < 10:
                current += last_value * 99
                seen = {"hundred"}
            elif kind in ("thousand", "thousands") and current and value == 1000:
                total += current * 1000
                current, seen = 0, set()
            else:
                break
        elif kind == "thousand":
            if current or total:
                break  # وألف after a number: another number
            total += value
        else:
            if kind in seen or kind == "hundred" and seen or kind == "unit" and "tens" in seen:
                break  # خمسة وستة، عشرين وثلاثين، خمسة ومائة: not one number
            current += value
            seen.add(kind)
        last_kind, last_value, end = kind, value, k
        k += 1
    if end is None:
        return None
    if end + 1 < len(words) and words[end + 1] in _MILLION:
        return None  # خمسة ملايين درهم: money, left to the caller's units
    return total + current, end


_TEN = frozenset((normalise("عشر"), normalise("عشرة")))
