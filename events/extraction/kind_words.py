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
    "ورشات": "ورشات",  # نظمت الغرفة ورشات تشاورية: the plural told as one meeting
    "لقاءات": "لقاءات",
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
    "حمله": "حملة",  # حملة تحسيسية: an awareness campaign
    "زياره": "زيارة",  # قام الوفد بزيارة للغرفة: a visit
    "ابواب": "أبواب",  # أبواب مفتوحة: open days
    "برنامج": "برنامج",  # برنامج تكويني: a training course (TRAINING_PROGRAMMES)
    "استقبال": "استقبال",  # شاركت الغرفة في استقبال وفد …: a reception (not RECEIVING_PLACES)
}
# Whom a reception receives (استقبال وفد …، استقبال المسؤولة عن …): without one of them after
# it, استقبال is a place's (مركز استقبال) or a task's (استقبال وتوجيه الزوار), not a meeting.
RECEIVED = frozenset(
    ("وفد", "الوفد", "وفود", "المسوول", "المسووله", "رييس", "رييسه", "السيد", "السيده")
    + ("سفير", "سفيره", "ممثلي", "اعضاء", "وزير", "وزيره", "نظيره", "نظيرتها")
)
# A programme is a meeting only as a training course: برنامج تكويني، البرنامج التدريبي.
TRAINING_PROGRAMMES = frozenset(("تكويني", "تدريبي"))
# … or by its purpose after an indefinite programme: برنامج للتكوين (normalised, as shown).
TRAINING_FOR = frozenset(("للتكوين", "للتدريب"))
# A fair's stands, before its name: زيارته لأروقة المعرض (normalised).
STANDS = frozenset(
    ("اروقه", "لاروقه", "باروقه", "رواق", "لرواق", "برواق", "جناح", "لجناح", "بجناح", "فضاء")
)
# The verbs of visiting (يزور رواق الجهة، زار وفد الغرفة …), normalised.
VISIT_VERBS = frozenset(("زار", "زارت", "يزور", "تزور", "وزار", "وزارت", "سيزور", "ستزور"))
# The verbs a reception is told with (استقبل رئيس الغرفة بمكتبه القنصل العام).
RECEIVING_VERBS = frozenset(("استقبل", "استقبلت", "واستقبل", "واستقبلت", "يستقبل", "تستقبل"))
# The verbs a celebration is held with (احتفلت الغرفة بمرور سبعة عقود على تأسيسها).
CELEBRATING = frozenset(("احتفلت", "احتفل", "تحتفل", "يحتفل", "واحتفلت", "واحتفل"))
# The verbs a visit is paid with (قام الوفد … بزيارة), normalised.
PAYING = frozenset(("قام", "قامت", "يقوم", "تقوم", "سيقوم", "ستقوم", "بتنظيم"))
# Nouns that are a kind only with a qualifier (يوم دراسي, جلسة عمل; not يوم الجمعة).
# What a ceremony does, right after حفل (normalised): حفل لتوزيع الشواهد، حفل تكريم.
CEREMONY_ACTS = frozenset(("توزيع", "تكريم", "تسليم", "تتويج", "اختتام", "افتتاح", "دعم"))
# وشهد الحفل توقيع …: the verb and the meeting that saw a signing (normalised).
WITNESSING = frozenset(("شهد", "شهدت", "عرف", "عرفت", "تميز", "تميزت"))
WITNESSES = frozenset(("الحفل", "اللقاء", "الاجتماع", "المعرض", "الملتقي", "المنتدي", "الندوه"))
NEED_QUALIFIER = frozenset(("يوم", "ايام", "دوره", "جلسه", "مائده", "حفل", "حمله", "ابواب"))
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
        "تسويقي",
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
SIGNED = frozenset(["اتفاقيه", "اتفاقيات", "اتفاقيتي", "مذكره", "اتفاق", "عقد", "بروتوكول"])
# The verbs of signing an agreement, a few words before it (normalised).
SIGNING_VERBS = frozenset(
    ("وقع", "وقعت", "ووقع", "ووقعت", "ابرم", "ابرمت", "وابرم", "وابرمت", "توقع", "يوقع")
)
# Words that set a signing beside the meeting it happens at (normalised).
SIDELINES = frozenset(["بالمناسبه", "وبالمناسبه", "هامش", "بهامش"])
SIGNED_OF = frozenset(["شراكه", "اطار", "تعاون", "تفاهم", "الشراكه", "التعاون"])
SHOWN_SIGNED = {
    "اتفاقيه": "اتفاقية",
    "مذكره": "مذكرة",
    "شراكه": "شراكة",
    "اطار": "إطار",
    "الشراكه": "الشراكة",
    "اتفاقيات": "اتفاقيات",
    "اتفاقيتي": "اتفاقيتي",
    # a second noun joined on: اتفاقية تعاون وشراكة
    "وشراكه": "وشراكة",
    "والشراكه": "والشراكة",
    "واطار": "وإطار",
}
# A general assembly (جمعها العام العادي): the noun is جمع only before العام.
ASSEMBLY_KINDS = {"العادي": "العادي", "الاستثنائي": "الاستثنائي"}
# The chamber's assembly (الجمعية العامة) and what makes it the meeting: its qualifier
# (الجمعية العامة العادية) or its chamber (الجمعية العامة لغرفة …).
ASSEMBLY_QUALIFIERS = {"العاديه": "العادية", "الاستثناييه": "الاستثنائية"}
ASSEMBLY_OWNERS = frozenset(("لغرفه", "للغرفه"))

# Events that carry a name after their noun (المعرض الجهوي للصناعة التقليدية), normalised.
NAMED_EVENTS = frozenset(
    ("معرض", "منتدي", "ملتقي", "مناظره", "مهرجان", "صالون", "قافله", "مؤتمر", "موتمر")
)
# An event's edition after its adjectives: المناظرة الجهوية الأولى، المنتدى الوطني الثالث.
EDITION_ORDINALS = frozenset(
    (
        "الاول",
        "الاولي",
        "الثاني",
        "الثانيه",
        "الثالث",
        "الثالثه",
        "الرابع",
        "الرابعه",
        "الخامس",
        "الخامسه",
        "السادس",
        "السادسه",
        "السابع",
        "السابعه",
        "الثامن",
        "الثامنه",
        "التاسع",
        "التاسعه",
        "العاشر",
        "العاشره",
    )
)
# Words after an event's noun that do not carry its name on: a time, a place, the chamber,
# a beneficiary, the participle that opens a clause (المعرض … المنظم من طرف).
NOT_COMPLEMENTS = frozenset(
    (
        "لفايده",
        "لسنه",
        "لشهر",
        "لعام",
        "لموسم",
        "لدوره",
        "للدوره",
        "لنسخه",
        "للنسخه",
        "للغرفه",
        "لغرفه",
        "للجمعيه",
        "لجهه",
        "للجهه",
        "لمدينه",
        "للمدينه",
        "لاقليم",
        "للاقليم",
        "لعماله",
        "للنهوض",
        "للاحتفاء",
        "للاحتفال",
        "لدعم",
        "لمناقشه",
        "لتدارس",
        "الغرفه",
        "الجهه",
        "المدينه",
        "الاقليم",
        "اليوم",
        "السنه",
        "المنظم",
        "المنظمه",
        "المقام",
        "المقامه",
        "المنعقد",
        "المنعقده",
        "الحالي",
        "الحاليه",
        "الجاري",
        "الجاريه",
        "المقبل",
        "المقبله",
        "الماضي",
        "الماضيه",
        "الاخير",
        "الاخيره",
    )
)


# How a normalised qualifier is shown: its table form, or its feminine ending restored.
def show(base: str) -> str:
    if base in DISPLAY:
        return DISPLAY[base]
    if base.endswith("ه"):
        return base[:-1] + "ة"  # the normalised ه of a feminine ending: مستديره → مستديرة
    return base


def with_article(q: str) -> str:
    """A qualifier with the article, after the conjunction when joined: والمحلية."""
    if q.startswith("و") and q[1:] in QUALIFIERS:
        return "وال" + show(q[1:])
    return "ال" + show(q)


def show_joined(q: str) -> str:
    return "و" + show(q[1:]) if q.startswith("و") and q[1:] in QUALIFIERS else show(q)


# A meeting told as held: the verbs before it (انعقدت الدورة العادية، عقدت الغرفة دورتها) and
# the participles after it (الدورة … المنعقدة بمدينة العرائش); and an event said to come
# (الملتقى المزمع تنظيمه بالحسيمة).
HELD_VERBS = frozenset(
    ("انعقدت", "انعقد", "عقدت", "عقد", "تعقد", "يعقد", "تنعقد", "ينعقد", "احتضنت", "احتضن")
)
HELD_PARTICIPLES = frozenset(("المنعقده", "المنعقد", "انعقدت", "انعقد", "تنعقد", "ينعقد"))
TO_COME = frozenset(
    ("المزمع", "المرتقب", "المقرر", "المبرمج", "المزمعه", "المرتقبه", "المقرره", "المبرمجه")
)
