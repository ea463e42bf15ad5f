"""The one home of the rules for Arabic text as it comes from the press.

Extraction, search and slugs all go through these functions, so a word written with hamza,
tatweel, diacritics or a clitic is the same word everywhere in the portal.
"""

from __future__ import annotations

import re
import unicodedata

# Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
TATWEEL = "\u0640"

_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})

# Letter variants that writers use interchangeably; each folds to one form.
_LETTERS = {
    ord("أ"): "ا",
    ord("إ"): "ا",
    ord("آ"): "ا",
    ord("ٱ"): "ا",
    ord("ى"): "ي",
    ord("ة"): "ه",
    ord("ؤ"): "و",
    ord("ئ"): "ي",
    ord("ی"): "ي",  # Persian yeh
    ord("ک"): "ك",  # Persian kaf
    # Arabic punctuation to its Latin twin, so one tokeniser serves both.
    ord("،"): ",",
    ord("؛"): ";",
    ord("؟"): "?",
    ord("٪"): "%",
}
_FOLD = {**_DIGITS, **_LETTERS}

_WORD = re.compile(r"[^\W_]+")

ARABIC_LETTER = re.compile("[\u0621-\u064a]")

# Proclitic conjunctions and prepositions, tried longest first.
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_ARTICLE = "ال"


def _fold_char(ch: str) -> str:
    """One character's folded form: '' for marks that carry no letter."""
    if ch == TATWEEL or _DIACRITICS.match(ch):
        return ""
    mapped = _FOLD.get(ord(ch))
    if mapped is not None:
        return mapped
    if ch.isascii():
        return ch.lower()
    if "\u0600" <= ch <= "\u06ff":
        return ch
    # Latin letters with accents (Écosystème) lose them; other scripts pass through.
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.casefold()


def normalise(text: str) -> str:
    """Fold hamza, alef maqsura, taa marbuta, tatweel, diacritics, digits and Latin case.

    The result is for comparing and indexing, never for showing.
    """
    return "".join(_fold_char(ch) for ch in text)


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """`normalise`, plus for each output character the index it came from in `text`.

    Extraction matches on the folded text and reports spans in the original one.
    """
    out: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(out), offsets


def digits_to_ascii(text: str) -> str:
    """Arabic-Indic and Persian digits to 0-9, leaving everything else alone."""
    return text.translate(_DIGITS)


def words(text: str) -> list[str]:
    """The normalised words of a text, in order."""
    return _WORD.findall(normalise(text))


def is_arabic(text: str, threshold: float = 0.3) -> bool:
    """Whether letters of the Arabic script make up at least `threshold` of the letters."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    arabic = sum(1 for c in letters if ARABIC_LETTER.match(c))
    return arabic / len(letters) >= threshold


def clitic_variants(word: str, min_length: int = 2) -> list[str]:
    """The readings of a normalised word with its proclitics removed, fullest first.

    'وبالحسيمه' gives ['وبالحسيمه', 'بالحسيمه', 'الحسيمه', 'حسيمه']; a word that merely begins
    with one of those letters ('وكاله') keeps itself as its first reading, so callers that look
    words up in a gazetteer try each reading in turn.
    """
    variants = [word]

    def add(candidate: str) -> None:
        if len(candidate) >= min_length and candidate not in variants:
            variants.append(candidate)

    stems = [word]
    if word[:1] in _CONJUNCTIONS and len(word) > min_length + 1:
        stems.append(word[1:])
    for stem in list(stems):
        if stem[:1] in _PREPOSITIONS and len(stem) > min_length + 1:
            stems.append(stem[1:])
        # 'لل' is ل + ال with the alef dropped: للشرق = ل + الشرق.
        if stem.startswith("لل") and len(stem) > min_length + 2:
            stems.append("ال" + stem[2:])
    for stem in stems:
        add(stem)
    for stem in list(variants):
        if stem.startswith(_ARTICLE) and len(stem) > min_length + 2:
            add(stem[2:])
    return variants


def strip_clitics(word: str) -> str:
    """The shortest reading of `clitic_variants`: a word without conjunction, preposition
    or article. Aggressive by design (search applies it to documents and queries alike)."""
    return clitic_variants(word)[-1]


def slugify(text: str, max_length: int = 80) -> str:
    """A readable URL slug that keeps Arabic letters: 'لقاء جهوي بوجدة' → 'لقاء-جهوي-بوجدة'."""
    folded = "".join(
        ch
        for ch in unicodedata.normalize("NFKC", text)
        if ch != TATWEEL and not _DIACRITICS.match(ch)
    )
    folded = digits_to_ascii(folded)
    parts = _WORD.findall(folded.lower())
    slug = "-".join(parts)
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug
