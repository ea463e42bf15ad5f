"""The words partner_roles reads a body's role by: the cues before a mention (co-organising,
signing, attending, patronage, a speaker's verbs, a dispute), the titles of a body's head and
delegates, and the administrations that attend without taking part. Normalised
(events.arabic.normalise)."""

from __future__ import annotations

import re

COOPERATION = frozenset(
    [
        "بشراكه",
        "شراكه",
        "بتنسيق",
        "تنسيق",
        "بتعاون",
        "تعاون",
        "اتفاقيه",
        "اتفاقيات",
        "اتفاقيتي",
        "تفاهم",
    ]
)
WEAK_COOPERATION = frozenset(["مع", "بين"])
# Co-organising the meeting itself, as opposed to an agreement signed at it.
CO_ORGANISING = frozenset(["بشراكه", "بتنسيق", "بتعاون"])
PARTNER_NOUNS = frozenset(["الشركاء", "شركاء", "الشريك", "شريك", "الشريكه", "شركايها"])
ORGANISING = frozenset(["بمبادره", "مبادره", "جمع", "جمعت", "بدعم"])
# The verb and noun of organising and signing in all their persons: نظمها، تنظمه، ينظمان،
# تنظيم، وقعت، توقيعها (the future ones, ستنظمها, are told apart below).
ORGANISING_FORMS = re.compile(
    r"^(?:[تي]?نظم(?:ت|تا|ان|ا|وا)?|تنظيم|وقع(?:ت|تا|ا|وا)?|توقيع)(?:ه|ها|هما|هم|ته|تها)?$"
)
ATTENDANCE = frozenset(
    [
        "حضور",
        "بحضور",
        "وبحضور",
        "حضره",
        "حضرها",
        "حضر",
        "حضرته",
        "وحضر",
        "وحضره",
        "شارك",
        "وشارك",
        "شاركت",
        "بمشاركه",
        "مشاركه",
        "ومشاركه",
        "عرض",
        "عروض",
    ]
)
# Who benefits from what the meeting gives: استفاد من الآليات، المستفيدة من الدعم.
BENEFITING = frozenset(
    ["استفاد", "استفادت", "يستفيد", "تستفيد", "ستستفيد", "سيستفيد", "المستفيده", "المستفيدين"]
)
# Nouns whose owner, in construct after them, is spoken of: برامج وزارة الفلاحة.
OWNED = frozenset(
    ["برامج", "برنامج", "مشاريع", "تدابير", "مجهودات", "جهود", "استراتيجيه", "سياسه", "قرار"]
    + ["قرارات", "توجهات", "مخطط", "اجراءات", "منجزات", "حصيله", "تقرير", "ميزانيه"]
    # لملف المركز الدولي للمؤتمرات الذي تعتزم الغرفة إنشاءه: the file of a project
    + ["ملف", "لملف", "بملف", "ملفات"]
)
# Verbal nouns of building or fitting out a thing (بناء، تشييد، إنجاز، تهيئة، تجهيز): a place or
# a name after them is the project's, not the meeting's.
BUILDING = frozenset(
    ["تشييد", "اقامه", "احداث", "بناء", "اقتناء", "انجاز", "تهييه", "تجهيز", "تاهيل"]
)
# Verbal nouns of making or spreading a thing: what follows is made, not a party.
MAKING = BUILDING | frozenset(
    ["تعميم", "انشاء", "تاسيس", "خلق", "توسيع", "هيكله", "اعاده", "تفعيل"]
)
PATRONAGE = frozenset(["اشراف", "باشراف", "رعايه", "برعايه"])
# Nouns of a dispute before بين: who disagrees is spoken of, not taking part.
DISPUTES = frozenset(
    ["تباين", "خلاف", "الخلاف", "خلافات", "الخلافات", "نزاع", "النزاع", "صراع", "الصراع"]
    + ["اختلاف", "الاختلاف", "تضارب", "توتر", "التوتر"]
)
# The opening of an event by who takes part in it: أعطى انطلاقتها، افتتحه.
LAUNCHING = frozenset(["انطلاقه", "انطلاقتها", "انطلاقته", "افتتحه", "افتتحها"])
# من طرف، من قبل: the agent of a passive verb (نظم من طرف …).
AGENT_NOUNS = frozenset(["طرف", "قبل", "لدن"])
TOPIC_WORDS = frozenset(["حول", "موضوع"])
# Verbs and participles that open what a speaker said; أن after them, the content.
SPEECH_WORDS = frozenset(
    [
        "اكد",
        "ابرز",
        "اوضح",
        "اشار",
        "قال",
        "ذكر",
        "اضاف",
        "شدد",
        "دعا",
        "طالب",
        "اعتبر",
        "مفيدا",
        "مشيرا",
        "مضيفا",
        "مبرزا",
        "موكدا",
        "معتبرا",
        "داعيا",
        "طرحت",
        "طرح",
        "تطرق",
        "تطرقت",
        "التاكيد",
        # praise of a body's efforts: نوه بالمجهودات المبذولة من طرف المديرية …
        "نوه",
        "نوهت",
        "ثمن",
        "ثمنت",
        "مثمنا",
        "اشاد",
        "اشادت",
        "منوها",
        "مشيدا",
        "تصريح",
        "تصريحه",
    ]
)
# A planned event's organiser: التي ستنظمها وزارة …
FUTURE_ORGANISING = frozenset(
    ["ستنظمها", "سينظمها", "ستنظمه", "سينظمه", "ستنظم", "سينظم", "ستحتضنها", "سيحتضنها"]
)
REPRESENTATIVES = frozenset(["ممثل", "ممثله", "ممثلي", "ممثلين", "ممثلو", "ممثلون", "عن"])
# Plural titles govern the whole list after them: ممثلي وكالتي …، والوكالة …، والقرض …
LIST_REPRESENTATIVES = frozenset(["ممثلي", "ممثلين", "ممثلو", "ممثلون"])
HEAD_TITLES = frozenset(
    [
        "رييس",
        "رييسه",
        "مدير",
        "المدير",
        "مديره",
        "المديره",
        "العام",
        "العامه",
        "الجهوي",
        "الجهويه",
        "الاقليمي",
        "الاقليميه",
        "مندوب",
        "المندوب",
        "منسق",
        "المنسق",
        "كاتب",
        "الكاتب",
    ]
)
PRESENTING = frozenset(["كلمه", "اكد", "ابرز", "قدم", "قدمه", "تدخل", "عرض", "اوضح", "استعرض"])
# A body the state administers, not one that takes part by being there: a ministry and its
# services, a prefecture, a wilaya.
ADMINISTRATIONS = frozenset(
    [
        "وزاره",
        "الوزاره",
        "مديريه",
        "المديريه",
        "مندوبيه",
        "المندوبيه",
        "مصلحه",
        "المصلحه",
        "عماله",
        "ولايه",
        "باشويه",
        "قياده",
        "عمالات",
        "قسم",  # قسم العمل الاجتماعي بعمالة …: a prefecture's division
        "القسم",
    ]
)
MINISTER_WORDS = frozenset(["وزير", "وزيره", "الوزير"])
MEMBERS = frozenset(["عضو", "عضوه", "اعضاء", "لاعضاء", "باعضاء"])
OFFICIALS = frozenset(["والي", "الوالي", "عامل", "العامل", "ولايه", "لولايه"])
