"""The one home of the rules for Arabic text as it comes from the press.

Extraction, search and slugs all go through these functions, so a word written with hamza,
tatweel, diacritics or a clitic is the same word everywhere in the portal.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import unicodedata
from functools import lru_cache

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

_SEARCH_FOLD = {**_FOLD, ord(TATWEEL): None}
_SEARCH_FOLD.update(
    {cp: None for cp in range(0x0610, 0x061B)}
    | {cp: None for cp in range(0x064B, 0x0660)}
    | {0x0670: None}
    | {cp: None for cp in range(0x06D6, 0x06EE)}
)
_OTHER_SCRIPT = re.compile("[^\x00-\x7f\u0600-\u06ff]")
# What normalise drops: tatweel and the marks of _DIACRITICS.
_DROPPED = re.compile("[\u0640\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")


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

    The result is for comparing and indexing, never for showing. Computed with str.translate
    (only characters of other scripts go one by one): indexing and extraction fold whole
    articles with it.
    """
    folded = text.translate(_SEARCH_FOLD)
    if not folded.isascii():
        folded = _OTHER_SCRIPT.sub(lambda m: _fold_char(m.group()), folded)
    return folded.lower()


# The one name the search indexer has always called; the same function.
fast_normalise = normalise


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """`normalise`, plus for each output character the index it came from in `text`.

    Extraction matches on the folded text and reports spans in the original one. Arabic and
    Latin text folds one character to at most one, so the offsets are the kept positions;
    only a text with letters of other scripts (which may fold to two) goes one by one.
    """
    folded = text.translate(_SEARCH_FOLD)
    dropped = [m.start() for m in _DROPPED.finditer(text)]
    others = {ch: fold_char(ch) for ch in _OTHER_SCRIPT.findall(text)}
    if all(len(f) <= 1 for f in others.values()):
        if others:
            folded = folded.translate({ord(ch): f or None for ch, f in others.items()})
            gone = {ch for ch, f in others.items() if not f}
            if gone:
                dropped += [i for i, ch in enumerate(text) if ch in gone]
        n = len(text)
        if not dropped:
            return folded.lower(), list(range(n))
        keep = bytearray(b"\x01") * n
        for index in dropped:
            keep[index] = 0
        return folded.lower(), list(itertools.compress(range(n), keep))
    out: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        folded_ch = _fold_char(ch)
        out.append(folded_ch)
        offsets.extend([index] * len(folded_ch))
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


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """The normalised words of a text, each with its [start, end) span in `text`.

    'وبالحسيمةِ، غداً' gives [('وبالحسيمه', 0, 9), ('غدا', 12, 15)]: matching runs on the
    folded words, spans point back into the text as written.
    """
    folded, offsets = normalise_with_offsets(text)
    return [
        (match.group(), offsets[match.start()], offsets[match.end() - 1] + 1)
        for match in _WORD.finditer(folded)
    ]


# ---------------------------------------------------------------------------------------------
# Search analysis: the terms both search engines index, for documents and queries alike.
#
# A word is normalised (`normalise`), its proclitics and article are peeled off, then a few
# suffixes (plural, feminine, pronoun, accusative alef). One deterministic term per word, so
# that a phrase is a run of terms on either engine. Prefix peeling repeats until a fixed point,
# which makes it consistent by construction: stem('ب' + 'ال' + w) == stem(w). Words whose
# first letter is a root letter (وكالة, برنامج, لجنة) would lose it: a short list of such stems
# stops the peeling.
# ---------------------------------------------------------------------------------------------


_PROCLITIC_LETTERS = frozenset("وفبلك")
MAX_PHRASE_WORDS = 8


# (suffix, shortest word it may be taken from), tried in order, at most three times.
_SUFFIXES = (("ات", 5), ("ها", 5), ("ين", 6), ("ون", 6), ("ه", 4), ("ا", 5))


def _strip_suffixes(word: str) -> str:
    """Plural ات/ين/ون, feminine or pronoun ه, pronoun ها, accusative alef; nisba ي stays."""
    for _ in range(3):
        for suffix, shortest in _SUFFIXES:
            if word.endswith(suffix) and len(word) >= shortest:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


# Stems (after `_strip_suffixes`) whose first letter belongs to the word, not to a clitic.
_ROOT_INITIAL_WORDS = """
    وكالة وكالات وزارة وزارات وزير وزراء وطني وطنية وجدة وادي واد ولاية ولايات والي وحدة
    وحدات واقع وضع وضعية وسط وقت وثيقة ورشة ورشات وفد وفود وسائل وسيلة وظيفة وظائف ودادية
    فاس فلاحة فلاحي فلاحية فلاحين فرصة فرص فريق فرع فروع فترة فكرة فضاء فائدة فئة فئات
    فعاليات فيدرالية فندق فنون فكيك
    برنامج برامج بنك بنوك بلدية بلديات بيان بحث بحوث بطاقة بناء بطالة بلجيكا بلجيكي
    بلجيكية بروكسل بيئة بيئي بيئية بورصة بركان بني بوابة بيضاء بيضاوي
    لقاء لقاءات لجنة لجان لائحة لوائح لوجستيك لوجستيكية لغة
    كلمة كلمات كتابة كفاءات كبير كبرى كلية كليات كيفية كراء كلميم
"""
_ROOT_INITIAL = frozenset(_strip_suffixes(normalise(w)) for w in _ROOT_INITIAL_WORDS.split())

_STOP_WORDS_TEXT = """
    في من إلى الى على عن مع هذا هذه ذلك تلك هؤلاء التي الذي الذين اللذين اللتين اللواتي
    و أو او ثم قد لقد كما حيث بين عند كل أن إن أنه إنه أنها ان انه لا ما لم لن هو هي هم
    كان كانت يكون تكون وقد وكان وهو وهي وهذا وهذه ومن وفي وعلى به بها له لها فيه فيها منه
    منها عليه عليها إليه إليها اليه اليها عبر خلال حول لدى ضمن نحو غير بعض أي أيضا ايضا
    le la les de des du et en un une au aux pour par sur dans avec ou l d a à
"""
_STOP_WORDS = frozenset(normalise(w) for w in _STOP_WORDS_TEXT.split())


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The search term of one normalised word: تعاونيات, التعاونية, وللتعاونية → تعاوني.

    Latin words and numbers are returned as they are (already folded by `normalise`).
    """
    if not word or not ARABIC_LETTER.match(word[0]):
        return word
    while True:
        if _strip_suffixes(word) in _ROOT_INITIAL:
            break
        if word.startswith("ال") and len(word) >= 5:
            word = word[2:]
        elif word[0] in _PROCLITIC_LETTERS and len(word) >= 4:
            word = word[1:]
        else:
            break
    return _strip_suffixes(word)


def _is_stop(word: str) -> bool:
    if word in _STOP_WORDS:
        return True
    if len(word) == 1 and not word.isdigit():
        return True
    return word[:1] in ("و", "ف") and word[1:] in _STOP_WORDS


def search_terms(text: str) -> list[str]:
    """The search terms of a text, in order: what both engines index and what queries match."""
    return [stem(w) for w in _WORD.findall(fast_normalise(text)) if not _is_stop(w)]


def term_spans(text: str) -> list[tuple[str, int, int]]:
    """Each word's search term with its [start, end) span in `text` (stop words left out)."""
    folded, offsets = normalise_with_offsets(text)
    return [
        (stem(m.group()), offsets[m.start()], offsets[m.end() - 1] + 1)
        for m in _WORD.finditer(folded)
        if not _is_stop(m.group())
    ]


@dataclasses.dataclass(frozen=True)
class QueryUnit:
    """One thing a reader asked for: a word (one term) or a phrase (terms side by side)."""

    terms: tuple[str, ...]
    quoted: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.terms) > 1


@dataclasses.dataclass(frozen=True)
class Query:
    """A parsed query: every group must match (AND); a group matches when any of its units
    does (OR); no excluded unit may match."""

    groups: tuple[tuple[QueryUnit, ...], ...] = ()
    excluded: tuple[QueryUnit, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.groups or self.excluded)

    def terms(self) -> set[str]:
        return {t for group in self.groups for unit in group for t in unit.terms}


_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "″": '"'})
_QUERY_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_OR_WORDS = frozenset({"or", "او", "أو", "|"})


def parse_query(text: str) -> Query:
    """Web-search syntax: words (all must match), "quoted phrases", OR between two items,
    -word or -"phrase" to exclude. Unknown syntax is read as words, never as an error."""
    groups: list[list[QueryUnit]] = []
    excluded: list[QueryUnit] = []
    pending_or = False
    for match in _QUERY_TOKEN.finditer((text or "").translate(_QUOTES)):
        negate, quoted, word = match.group(1), match.group(2), match.group(3)
        if word is not None:
            if word.lower() in _OR_WORDS or normalise(word) in _OR_WORDS:
                pending_or = bool(groups)
                continue
            negate = "-" if word.startswith("-") and len(word) > 1 else ""
            source, is_quoted = word.lstrip("-") if negate else word, False
        else:
            source, is_quoted = quoted, True
        terms = tuple(search_terms(source))[: MAX_PHRASE_WORDS if is_quoted else None]
        if not terms:
            continue
        if is_quoted or len(terms) <= MAX_PHRASE_WORDS:
            units = [QueryUnit(terms, quoted=is_quoted)]
        else:
            units = [QueryUnit((t,)) for t in terms]
        if negate:
            excluded.extend(units)
            pending_or = False
            continue
        if pending_or and len(units) == 1:
            groups[-1].append(units[0])
        else:
            groups.extend([u] for u in units)
        pending_or = False
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """`normalise` of one character, cached: the hot path when extraction folds whole
    articles ('' for tatweel and diacritics)."""
    return _fold_char(ch)
