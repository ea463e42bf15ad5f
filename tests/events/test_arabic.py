"""The search analysis in events.arabic: the same term for every way the press writes a word."""

from __future__ import annotations

import pytest

from events.arabic import (
    Query,
    QueryUnit,
    fast_normalise,
    fold_char,
    normalise,
    normalise_with_offsets,
    parse_query,
    search_terms,
    stem,
)


@pytest.mark.parametrize(
    ("words", "term"),
    [
        (["تعاونيات", "التعاونية", "تعاونية", "التعاوني", "للتعاونيات", "والتعاونية"], "تعاوني"),
        (["المقاولاتية", "المقاولاتـية", "المقاولاتــية", "مقاولاتية"], "مقاولاتي"),
        (["المقاولات", "المقاولة", "مقاولة", "بالمقاولات"], "مقاول"),
        (["الاستثمار", "الإستثمار", "للاستثمار", "والاستثمار", "استثمار"], "استثمار"),
        (["بالحسيمة", "الحسيمة", "الحسيمه", "وبالحسيمة"], "حسيم"),
        (["لإنعاش", "إنعاش", "بإنعاش", "الإنعاش"], "انعاش"),
        (["والتضامني", "التضامني", "تضامني"], "تضامني"),
        (["وكالة", "الوكالة", "بالوكالة", "ووكالة", "وكالات"], "وكال"),
        (["برنامج", "البرنامج", "لبرنامج", "وبرنامج"], "برنامج"),
        (["لقاء", "اللقاء", "للقاء", "لقاءات", "لقاءً"], "لقاء"),
        (["الشرق", "للشرق", "بالشرق", "والشرق"], "شرق"),
        (["فاس", "بفاس", "وفاس"], "فاس"),
        (["تواصليا", "تواصلي", "التواصلي", "تواصلية"], "تواصلي"),
        (["المهنيين", "المهنيون", "مهنية", "المهني"], "مهني"),
        (["المستقبلية", "مستقبلي"], "مستقبلي"),
    ],
    ids=[
        "cooperative",
        "entrepreneurial-tatweel",
        "enterprises",
        "investment-hamza",
        "hoceima-clitics",
        "promotion-li",
        "solidarity-wa-al",
        "agency-root-waw",
        "programme-root-ba",
        "meeting-root-lam",
        "orient",
        "fes-short-name",
        "accusative-alef",
        "masculine-plurals",
        "nisba",
    ],
)
def test_forms_of_a_word_share_one_term(words, term):
    assert [search_terms(w) for w in words] == [[term]] * len(words)


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("DELIO", ["delio"]),
        ("Delio delio DELIO", ["delio", "delio", "delio"]),
        ("Écosystème Entrepreneurial", ["ecosysteme", "entrepreneurial"]),
        ("L'Oriental", ["oriental"]),
        ("٢٠٢٤ ۲۰۲۴ 2024", ["2024", "2024", "2024"]),
        ("التَّعَاوُنِيَّة", ["تعاوني"]),
        ("في إطار برنامج التنمية", ["اطار", "برنامج", "تنمي"]),
        ("مراكش-آسفي، الرباط.", ["مراكش", "اسفي", "رباط"]),
        ("في من على", []),
        ("", []),
    ],
    ids=[
        "latin-case",
        "latin-repeated",
        "latin-accents",
        "french-elision",
        "digits",
        "diacritics",
        "stop-words",
        "punctuation",
        "only-stop-words",
        "empty",
    ],
)
def test_search_terms(text, terms):
    assert search_terms(text) == terms


@pytest.mark.parametrize(
    "text",
    [
        "المقاولاتـية وبالحسيمة، غداً ٢٠٢٤",
        "Écosystème Entrepreneurial Local — ÉCOLE ß œ",
        "ﻻ ﷲ ی ک ٱ ؤ ئ ء ـ ً ٌ ٍ َ ُ ِ ّ ْ ٰ",
        "Ελληνικά Русский 中文 ١٢٣",
    ],
    ids=["arabic", "latin", "presentation-forms", "other-scripts"],
)
def test_normalise_folds_each_character_and_keeps_offsets(text):
    one_by_one = "".join(fold_char(ch) for ch in text)
    assert normalise(text) == fast_normalise(text) == one_by_one
    folded, offsets = normalise_with_offsets(text)
    assert folded == one_by_one
    assert len(offsets) == len(folded)
    assert all(fold_char(text[i]) for i in offsets)
    assert offsets == sorted(offsets)


def test_stem_leaves_latin_and_numbers():
    assert stem("enabel") == "enabel"
    assert stem("2024") == "2024"


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("التعاونية", Query(((QueryUnit(("تعاوني",)),),))),
        (
            "DELIO Enabel",
            Query(((QueryUnit(("delio",)),), (QueryUnit(("enabel",)),))),
        ),
        (
            '"وكالة التعاون البلجيكي"',
            Query(((QueryUnit(("وكال", "تعاون", "بلجيكي"), quoted=True),),)),
        ),
        (
            "«مركز الاستثمار»",
            Query(((QueryUnit(("مركز", "استثمار"), quoted=True),),)),
        ),
        (
            "DELIO OR ديليو الشرق",
            Query(((QueryUnit(("delio",)), QueryUnit(("ديليو",))), (QueryUnit(("شرق",)),))),
        ),
        ("DELIO أو Enabel", Query(((QueryUnit(("delio",)), QueryUnit(("enabel",))),))),
        (
            'تعاونية -DELIO -"وكالة الشرق"',
            Query(
                ((QueryUnit(("تعاوني",)),),),
                (QueryUnit(("delio",)), QueryUnit(("وكال", "شرق"), quoted=True)),
            ),
        ),
        ("مراكش-آسفي", Query(((QueryUnit(("مراكش", "اسفي")),),))),
        ("OR DELIO OR", Query(((QueryUnit(("delio",)),),))),
        ('"DELIO', Query(((QueryUnit(("delio",), quoted=True),),))),
        ("في - \" ' ( ) * :", Query()),
    ],
    ids=[
        "word",
        "and",
        "phrase",
        "guillemets",
        "or",
        "or-arabic",
        "minus",
        "hyphenated-word-is-a-phrase",
        "dangling-or",
        "unclosed-quote",
        "nothing-searchable",
    ],
)
def test_parse_query(text, query):
    assert parse_query(text) == query


def test_word_spans_point_into_the_text_as_written():
    from events.arabic import word_spans

    text = "وبالحسيمةِ، غداً"
    assert [(w, text[s:e]) for w, s, e in word_spans(text)] == [
        ("وبالحسيمه", "وبالحسيمة"),
        ("غدا", "غدا"),
    ]


@pytest.mark.parametrize(
    "ch,expected",
    [("أ", "ا"), ("ـ", ""), ("٣", "3"), ("É", "e"), ("ة", "ه")],
    ids=["hamza", "tatweel", "indic-digit", "latin-accent", "taa-marbuta"],
)
def test_fold_char_is_normalise_of_one_character(ch, expected):
    from events.arabic import fold_char, normalise

    assert (fold_char(ch), normalise(ch)) == (expected, expected)
