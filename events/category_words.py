"""The words meeting categories are read from (events.categories): head nouns, their
qualifiers, and the words of the text fallbacks. Written as Arabic is spelled, compared in
normalised form (events.arabic.normalise)."""

from __future__ import annotations

from events.arabic import normalise

# Every word below is in its normalised (events.arabic) form, without article or clitic, and
# a qualifier in its masculine form (تكوينية → تكويني).

# Head nouns → the category they give when their qualifiers say nothing more; None: a noun
# that needs a qualifier or the article's text to say which (a دورة is a chamber's session or a
# training course).
_HEADS = {
    "دوره": "general-assembly",
    "جمع": "general-assembly",
    "جمعيه": "general-assembly",
    "اجتماع": "coordination-meeting",
    "اجتماعات": "coordination-meeting",
    "لقاء": "coordination-meeting",
    "لقاءات": "coordination-meeting",
    "جلسه": "coordination-meeting",
    "مجلس": "board-meeting",
    "مكتب": "board-meeting",
    "لجنه": "board-meeting",
    "يوم": None,
    "ايام": "forum",
    "حمله": "information-day",
    "ابواب": "information-day",  # أبواب مفتوحة
    "ندوه": "study-day",
    "مائده": "study-day",
    "محاضره": "study-day",
    "ورشه": "training",
    "ورشات": "training",
    "تكوين": "training",
    "مخيم": "training",
    "اكاديميه": "training",
    "برنامج": None,
    "منتدي": "forum",
    "مؤتمر": "forum",
    "موتمر": "forum",
    "ملتقي": "forum",
    "مناظره": "forum",
    "قمه": "forum",
    "معرض": "fair",
    "صالون": "fair",
    "سوق": "fair",
    "اسبوع": "fair",
    "مهرجان": "fair",
    "توقيع": "agreement-signing",
    "اتفاقيه": "agreement-signing",
    "مذكره": "agreement-signing",
    "زياره": "visit",
    "زار": "visit",
    "زارت": "visit",
    "وفد": "visit",
    "استقبال": "visit",
    "بعثه": "visit",
    "قافله": "caravan",
    "حفل": "ceremony",
    "تكريم": "ceremony",
    "تسليم": "ceremony",
    "افتتاح": "ceremony",
    "تدشين": "ceremony",
    # a day celebrated: تخليدا لليوم العالمي للتاجر، احتفاء بالصناع
    "تخليد": "ceremony",
    "تخليدا": "ceremony",
    "احتفال": "ceremony",
    "احتفاء": "ceremony",
    "مسابقه": "other",
    "جائزه": "other",
    "طلب": "other",
}
# The heads whose default needs confirming: alone, they say little.
_VAGUE = frozenset(("دوره", "اجتماع", "لقاء", "لقاءات", "اجتماعات", "جلسه", "يوم", "برنامج"))

# Qualifiers (and complements) that decide, by head; "*" for any head.
_QUALIFIED = {
    # حملة طبية لفائدة الصيادين: a caravan of care, not an awareness day
    "حمله": {"طبي": "caravan"},
    "دوره": {
        "تكويني": "training",
        "تدريبي": "training",
        "عادي": "general-assembly",
        "استثنائي": "general-assembly",
    },
    "يوم": {
        "اعلامي": "information-day",
        "تحسيسي": "information-day",
        "تواصلي": "information-day",
        "تعريفي": "information-day",
        "اخباري": "information-day",
        "مفتوح": "information-day",
        "توعوي": "information-day",
        "ارشادي": "information-day",
        "تفاعلي": "information-day",
        "تحفيزي": "information-day",
        "ميداني": "information-day",
        "توجيهي": "information-day",
        "دراسي": "study-day",
        "علمي": "study-day",
        "تقني": "study-day",
        "تقييمي": "study-day",
        "تشاوري": "coordination-meeting",
        "تكويني": "training",
        "تدريبي": "training",
        "تاطيري": "training",
        "جهوي": "forum",
        "وطني": "forum",
        "دولي": "forum",
    },
    "لقاء": {
        "تشاوري": "coordination-meeting",
        "تواصلي": "coordination-meeting",
        "تنسيقي": "coordination-meeting",
        "عمل": "coordination-meeting",
        "ثنائي": "coordination-meeting",
        "اعلامي": "information-day",
        "تحسيسي": "information-day",
        "تعريفي": "information-day",
        "اخباري": "information-day",
        "توعوي": "information-day",
        "تفاعلي": "information-day",
        "مفتوح": "information-day",
        "ارشادي": "information-day",
        "علمي": "study-day",
        "دراسي": "study-day",
        "تكويني": "training",
        "تدريبي": "training",
        "تاطيري": "training",
        "جهوي": "forum",
        "وطني": "forum",
        "دولي": "forum",
        "اقليمي": "forum",
    },
    "اجتماع": {
        "تنسيقي": "coordination-meeting",
        "تشاوري": "coordination-meeting",
        "عمل": "coordination-meeting",
        "ثنائي": "coordination-meeting",
        "مكتب": "board-meeting",
        "مجلس": "board-meeting",
        "لجنه": "board-meeting",
        "رؤساء": "board-meeting",
        "روساء": "board-meeting",
        "جمعيه": "general-assembly",
        "جمع": "general-assembly",
    },
    "جلسه": {
        "عمل": "coordination-meeting",
        "اخباري": "information-day",
        "اعلامي": "information-day",
        "تحسيسي": "information-day",
        "تكويني": "training",
        "عامه": "general-assembly",
    },
    "ندوه": {"صحفي": "information-day"},
    "برنامج": {
        "تكويني": "training",
        "تدريبي": "training",
        "تكوين": "training",
        "تدريب": "training",
    },
    "اجتماعات": {"مكتب": "board-meeting", "لجنه": "board-meeting"},
    # ورشات تشاورية: consultations held as workshops, not a training
    "ورشه": {"تشاوري": "coordination-meeting", "تنسيقي": "coordination-meeting"},
    "ورشات": {"تشاوري": "coordination-meeting", "تنسيقي": "coordination-meeting"},
}
_QUALIFIED["لقاءات"] = _QUALIFIED["لقاء"]
# أيام تكوينية، أيام دراسية: days are what one day of the same kind is (أيام alone, and أيام
# تسويقية, stay a forum's).
_QUALIFIED["ايام"] = {w: slug for w, slug in _QUALIFIED["يوم"].items() if slug != "forum"}
for _word, _slug in _QUALIFIED["لقاء"].items():
    if _slug != "forum":
        _QUALIFIED["اجتماع"].setdefault(_word, _slug)
_BODIES = frozenset(("مجلس",))
# An open day or meeting for the public is an information day, whatever else it says.
_PUBLIC = frozenset(("مفتوح", "عموم"))
# The heads the article's text is searched for: meeting nouns, not bodies (مجلس الجهة) or
# words an article uses for other things (برنامج, طلب, سوق).
_TEXT_HEADS = frozenset(
    (
        *("دوره", "جمع", "اجتماع", "لقاء", "جلسه", "يوم", "ايام", "ندوه", "مائده", "محاضره"),
        *("ورشه", "منتدي", "مؤتمر", "موتمر", "ملتقي", "مناظره", "معرض", "صالون", "قافله"),
        *("حفل", "حمله", "زياره", "مهرجان", "تخليد", "تخليدا", "احتفال", "احتفاء"),
        *("زار", "زارت"),
    )
)
# A signing is the meeting's subject wherever the phrase names it (حفل توقيع اتفاقية).
_SIGNING = frozenset(("توقيع", "اتفاقيه", "اتفاقيات", "اتفاقيتي"))


def _fold_keys() -> None:
    # The tables are written as Arabic is spelled; words are compared normalised (مؤتمر →
    # موتمر, مائدة → مايده).
    global _HEADS, _QUALIFIED, _VAGUE, _SIGNING, _PUBLIC, _TEXT_HEADS
    _HEADS = {normalise(k): v for k, v in _HEADS.items()}
    _QUALIFIED = {
        normalise(k): {normalise(q): v for q, v in table.items()} for k, table in _QUALIFIED.items()
    }
    _VAGUE, _SIGNING, _PUBLIC, _TEXT_HEADS = (
        frozenset(normalise(w) for w in group) for group in (_VAGUE, _SIGNING, _PUBLIC, _TEXT_HEADS)
    )


_fold_keys()
