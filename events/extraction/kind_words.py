"""The words kinds of meeting are made of: meeting nouns, the qualifiers that make them a
kind, the forms to show, and the parts of a session's or a signing's name."""

from __future__ import annotations

# Meeting nouns (normalised base form → the form to show). Plural forms are left out on
# purpose: "الدورات التكوينية" lists a chamber's activities, it is not the meeting.
NOUNS = {
    "اجتماع": "اجتماع",
    "لقاء": "لقاء",
    "ندوه": "ندوة",
    "ورشه": "ورشة",
    "منتدي": "منتدى",
    "ملتقي": "ملتقى",
    "معرض": "معرض",
    "مناظره": "مناظرة",
    "مؤتمر": "مؤتمر",
    "موتمر": "مؤتمر",
    "دوره": "دورة",
    "جلسه": "جلسة",
    "يوم": "يوم",
    "ايام": "أيام",
    "قافله": "قافلة",
    "حفل": "حفل",
    "مائده": "مائدة",
    "مايده": "مائدة",
    "صالون": "صالون",
    "مهرجان": "مهرجان",
}
# Nouns that are a kind only with a qualifier (يوم دراسي, جلسة عمل; not يوم الجمعة).
# What a ceremony does, right after حفل (normalised): حفل لتوزيع الشواهد، حفل تكريم.
CEREMONY_ACTS = frozenset(("توزيع", "تكريم", "تسليم", "تتويج", "اختتام", "افتتاح", "دعم"))
# وشهد الحفل توقيع …: the verb and the meeting that saw a signing (normalised).
WITNESSING = frozenset(("شهد", "شهدت", "عرف", "عرفت", "تميز", "تميزت"))
WITNESSES = frozenset(("الحفل", "اللقاء", "الاجتماع", "المعرض", "الملتقي", "المنتدي", "الندوه"))
NEED_QUALIFIER = frozenset(("يوم", "ايام", "دوره", "جلسه", "مائده", "حفل"))
# Qualifiers that are not nisba adjectives, and constructs (جلسة عمل، ورشة عمل).
QUALIFIERS = {
    w: w
    for w in (
        "موسع",
        "مفتوح",
        "مصغر",
        "مشترك",
        "عاديه",
        "استثنائيه",
        "عمل",
        "مستديره",
        "تكوينيه",
        "دراسي",
        "تواصلي",
        "تنسيقي",
        "تشاوري",
        "تحسيسي",
        "اخباري",
        "اعلامي",
        "تكويني",
        "جهوي",
        "وطني",
        "دولي",
        "تفاعلي",
        "تاطيري",
        "تعريفي",
        "تقييمي",
        "تشاركي",
        "ثنائي",
        "علمي",
        "صحفي",
        "توجيهي",
        "تحضيري",
        "افتراضي",
        "رقمي",
        "اقليمي",
        "محلي",
        "موضوعاتي",
        "تواصليه",
        "تكوينيه",
        "ارشادي",
        "توعوي",
        "تقني",
        "ميداني",
        "تدريبي",
        "تحفيزي",
        "عادي",
        "استثنائي",
        "تشاوريه",
    )
}
# The qualifiers that make يوم / أيام a meeting (يوم دراسي، أيام تحسيسية; not يوم الجمعة).
DAY_QUALIFIERS = frozenset(
    (
        "دراسي",
        "تواصلي",
        "تحسيسي",
        "اعلامي",
        "اخباري",
        "تكويني",
        "مفتوح",
        "وطني",
        "جهوي",
        "اقليمي",
        "تعريفي",
        "ارشادي",
        "توعوي",
        "تشاوري",
        "تاطيري",
        "تقني",
        "تفاعلي",
        "تشاركي",
        "تدريبي",
        "تحفيزي",
        "ميداني",
        "علمي",
        "توجيهي",
        "تقييمي",
    )
)
DISPLAY = {
    "موسع": "موسع",
    "مفتوح": "مفتوح",
    "مصغر": "مصغر",
    "مشترك": "مشترك",
    "عمل": "عمل",
    "اخباري": "إخباري",
    "اعلامي": "إعلامي",
    "اقليمي": "إقليمي",
    "افتراضي": "افتراضي",
    "ارشادي": "إرشادي",
    "استثنائي": "استثنائي",
}
# Words ending in ي that are not qualifiers of a meeting.
NOT_QUALIFIERS = frozenset(
    (
        "الذي",
        "التي",
        "في",
        "الي",
        "علي",
        "حتي",
        "لدي",
        "الاتي",
        "اتي",
        "مهم",
        "هام",
        # ordinals and filler after the noun: الملتقى الجهوي الثاني، الاجتماع الحالي
        "ثاني",
        "ثانيه",
        "اولي",
        "حوالي",
        "حالي",
        "حاليه",
        "ماضي",
        "جاري",
        "تالي",
        "والي",
        "ذي",
        "سنوي",
        # يومي 22 و23 نونبر: "on the days", not an adjective
        "يومي",
    )
)
# Possessive endings on a meeting noun: دورتها، اجتماعه، لقائهم.
POSSESSIVES = ("تهما", "تهم", "تها", "ته", "هما", "هم", "ها", "ه")
# The session of a chamber's assembly keeps its article: الدورة العادية.
DEFINITE_KINDS = {("دوره", "عاديه"): "الدورة العادية", ("دوره", "استثنائيه"): "الدورة الاستثنائية"}


# A session's ordinal and its assembly belong to its name: الدورة العادية الثانية للجمعية
# العامة, الدورة الثالثة, دورة فبراير.
ORDINALS = {
    "الاولي": "الأولى",
    "الثانيه": "الثانية",
    "الثالثه": "الثالثة",
    "الرابعه": "الرابعة",
    "الخامسه": "الخامسة",
}
ORDINALS_M = {"الاول": "الأول", "الثاني": "الثاني", "الثالث": "الثالث", "الرابع": "الرابع"}
ASSEMBLY = ("للجمعيه", "العامه")
# The chamber's assembly by its possessive (جمعيتها العامة), normalised.
OWN_ASSEMBLY = frozenset(("جمعيتها", "جمعيته"))
# What a signing is of: توقيع اتفاقية شراكة، توقيع مذكرة تفاهم.
SIGNED = frozenset(["اتفاقيه", "اتفاقيات", "مذكره", "اتفاق", "عقد", "بروتوكول"])
# Words that set a signing beside the meeting it happens at (normalised).
SIDELINES = frozenset(["بالمناسبه", "وبالمناسبه", "هامش", "بهامش"])
SIGNED_OF = frozenset(["شراكه", "اطار", "تعاون", "تفاهم", "الشراكه", "التعاون"])
SHOWN_SIGNED = {
    "اتفاقيه": "اتفاقية",
    "مذكره": "مذكرة",
    "شراكه": "شراكة",
    "اطار": "إطار",
    "الشراكه": "الشراكة",
}
# A general assembly (جمعها العام العادي): the noun is جمع only before العام.
ASSEMBLY_KINDS = {"العادي": "العادي", "الاستثنائي": "الاستثنائي"}
