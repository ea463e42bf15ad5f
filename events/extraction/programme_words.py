"""The words programme names are made of: heads that introduce a name, words that say a
phrase is no name, and words a name ends before."""

from __future__ import annotations

# Head word → whether the head belongs to the name (برنامج التنمية الجهوية) or only
# announces it (مشروع حاضنة المقاولات → حاضنة المقاولات).
HEADS = {
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
    # as the press misspells it: الاستراتجية الوطنية لقطاع الصناعة التقليدية
    "استراتجيه": True,
    "الاستراتجيه": True,
    # a national undertaking: ورش الحماية الاجتماعية
    "ورش": True,
    "الورش": True,
    # a fund: صندوق التنمية الفلاحية
    "صندوق": True,
    "الصندوق": True,
}
# What a fund is for, after صندوق: a programme's fund, not a body (صندوق الإيداع والتدبير).
FUND_PURPOSES = frozenset(
    ["التنميه", "تنميه", "دعم", "لدعم", "الدعم", "التاهيل", "تاهيل", "التكافل", "التضامن"]
)
# Plural heads: a name only with its period (الخطط الاستراتيجية للفترة 2022-2027); without
# one, البرامج التنموية is no name.
PLURAL_HEADS = frozenset(["الخطط", "المخططات", "البرامج", "الاستراتيجيات", "برامج", "مخططات"])
# A generation of programmes: الجيل الجديد من برامج التنمية الترابية.
GENERATION = ("الجيل", "الجديد", "من")
# Words a name ends before: the year it is for (برنامج عمل الغرفة لسنة 2022), a place
# spoken of in general (مشروع غرس الزيتون بالمنطقة).
NAME_ENDS = frozenset(
    [
        *("لسنه", "برسم", "سنه", "لعام", "عام"),
        *("بالمنطقه", "بالجهه", "بالاقليم", "بالمدينه", "بالعماله", "بالجماعه", "بالمغرب"),
    ]
)
# Heads a quoted name may follow: برنامج "فرصة"، مبادرة «من أجلك»، مشروع "التمكين …".
QUOTED_HEADS = frozenset(
    (
        *HEADS,
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
OPEN_QUOTES = "\"«“„'"
CLOSE_QUOTES = "\"»”'"
# نظام is a programme's head only for a scheme of support (نظام الدعم الخاص بالمقاولات …).
SCHEMES = frozenset(("الدعم", "دعم", "التحفيز", "التحفيزات", "المنح", "الضمان", "المساعده"))
NAMING = frozenset(("اسم", "تسميه", "المسمي", "المسماه", "المعروف", "شعار"))
NOT_NAMES = frozenset(
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
SCOPE = frozenset(
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
TRAILING = frozenset(
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
# The series a meeting is held within: في إطار الدورة الثالثة للأسبوع الوطني للصناعة التقليدية.
EDITIONS = frozenset(["الدوره", "النسخه"])
ORDINALS = frozenset(
    [
        *("الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه"),
        *("السادسه", "السابعه", "الثامنه", "التاسعه", "العاشره"),
    ]
)
SERIES = frozenset(
    ["الاسبوع", "المعرض", "المنتدي", "الملتقي", "المهرجان", "الايام", "الصالون", "المناظره"]
)
