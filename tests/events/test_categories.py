"""The closed list of categories and the mapping of kind phrases onto it."""

import pytest
from django.utils import translation

from events import categories
from events.categories import Category, categorise

PHRASES = {
    # general-assembly
    "الدورة العادية": "general-assembly",
    "الدورة العادية للجمعية العامة": "general-assembly",
    "دورتها الاستثنائية": "general-assembly",
    "الجمع العام": "general-assembly",
    "اجتماع الجمعية العامة": "general-assembly",
    # board-meeting
    "اجتماع المكتب": "board-meeting",
    "مجلس الإدارة": "board-meeting",
    "المجلس الإداري": "board-meeting",
    "اجتماع لجنة المالية": "board-meeting",
    "اجتماع الرؤساء": "board-meeting",
    # coordination-meeting
    "اجتماع تنسيقي": "coordination-meeting",
    "اجتماعا تنسيقيا": "coordination-meeting",
    "لقاء تواصلي": "coordination-meeting",
    "لقائها التواصلي": "coordination-meeting",
    "لقاء تشاوري": "coordination-meeting",
    "جلسة عمل": "coordination-meeting",
    "لقاء": "coordination-meeting",
    # information-day
    "يوم إعلامي": "information-day",
    "يوما تحسيسيا": "information-day",
    "لقاء تواصلي مفتوح للعموم": "information-day",
    "حملة تحسيسية": "information-day",
    "لقاء إعلامي": "information-day",
    "ندوة صحفية": "information-day",
    # study-day
    "يوم دراسي": "study-day",
    "ندوة": "study-day",
    "مائدة مستديرة": "study-day",
    "محاضرة": "study-day",
    "لقاء علمي": "study-day",
    # training
    "دورة تكوينية": "training",
    "ورشة عمل": "training",
    "ورشة تكوينية": "training",
    "تكوين": "training",
    "برنامج تكويني": "training",
    "مخيم تدريبي": "training",
    # forum
    "منتدى": "forum",
    "مؤتمر": "forum",
    "ملتقى جهوي": "forum",
    "مناظرة": "forum",
    "قمة": "forum",
    "لقاء جهوي": "forum",
    "الأيام الجهوية للاستثمار": "forum",
    "منتدى دولي يومي": "forum",
    # fair
    "معرض": "fair",
    "صالون": "fair",
    "سوق تضامني": "fair",
    "أسبوع تجاري": "fair",
    "مهرجان": "fair",
    # agreement-signing
    "توقيع اتفاقية": "agreement-signing",
    "حفل توقيع اتفاقية شراكة": "agreement-signing",
    "مذكرة تفاهم": "agreement-signing",
    # visit
    "زيارة ميدانية": "visit",
    "استقبال وفد": "visit",
    "بعثة تجارية": "visit",
    # caravan
    "قافلة": "caravan",
    "القافلة الجهوية": "caravan",
    # ceremony
    "حفل": "ceremony",
    "حفل تكريم": "ceremony",
    "تدشين": "ceremony",
    "افتتاح رسمي": "ceremony",
    # other, and phrases that say nothing
    "مسابقة": "other",
    "بلاغ": "other",
    "": "other",
    "يوم": "other",
    "الجمعية المهنية": "other",
}


@pytest.mark.parametrize(("phrase", "slug"), PHRASES.items())
def test_phrase_maps_to_its_category(phrase, slug):
    assert categorise(phrase) == slug


def test_every_category_has_a_phrase():
    assert set(PHRASES.values()) == set(categories.SLUGS)


@pytest.mark.parametrize("junk", ["دورة والتي", "دورة تنموي", "منتدى دولي يومي", "لقاء في", "xyz"])
def test_junk_phrases_give_a_slug_of_the_list(junk):
    assert categorise(junk) in categories.SLUGS


def test_spelling_variants_fold():
    # Hamza, taa marbuta, tatweel and diacritics.
    assert categorise("دوره تكوينيه") == "training"
    assert categorise("يـوم دراسـي") == "study-day"
    assert categorise("لقاءً تواصلياً") == "coordination-meeting"
    assert categorise("موتمر") == "forum"


def test_vague_phrase_is_completed_by_the_text():
    text = "نظمت الغرفة يوم الثلاثاء دورة تكوينية لفائدة الحرفيين."
    assert categorise("دورة والتي", text) == "training"
    assert categorise("دورة", "صادقت الغرفة خلال دورتها العادية على الميزانية.") == (
        "general-assembly"
    )
    assert categorise("", "عقد مسؤولو الغرفة اجتماعا تنسيقيا مع الوكالة.") == (
        "coordination-meeting"
    )


def test_text_completes_only_with_the_phrase_noun():
    # A bare دورة is not turned into the forum the text also mentions.
    text = "شاركت الغرفة في منتدى جهوي، ثم عقدت دورتها الاستثنائية."
    assert categorise("دورة", text) == "general-assembly"


def test_text_without_a_meeting_keeps_the_phrase():
    assert categorise("دورة", "قال الرئيس إن الغرفة تعمل في معرض حديثه.") == "general-assembly"
    assert categorise("", "في معرض حديثه أشار إلى المشاريع.") == "other"


def test_extended_meeting_takes_its_body_from_the_text():
    text = "عقد المكتب اجتماعا موسعا بين أعضاء المكتب المسير ورؤساء اللجان الدائمة."
    assert categorise("اجتماع موسع", text) == "board-meeting"
    assert categorise("اجتماع موسع") == "coordination-meeting"


def test_decided_phrase_ignores_the_text():
    assert categorise("يوم دراسي", "عقدت الغرفة دورتها العادية") == "study-day"


def test_labels_in_both_languages():
    assert categories.label("training", "ar") == "دورة تكوينية أو ورشة"
    assert categories.label("training", "fr") == "Formation ou atelier"
    with translation.override("fr"):
        assert categories.label("fair") == "Salon ou exposition"
        assert dict(categories.choices())["other"] == "Autre"
    assert categories.label("unknown") == ""
    assert [slug for slug, _ in categories.choices()] == list(Category.values)
    assert Category.GENERAL_ASSEMBLY.label == "دورة الجمعية العامة"


def test_a_meeting_between_the_chamber_and_a_council_is_coordination():
    text = "انعقد بمقر الغرفة اجتماع بين رئيس مجلس عمالة سلا ورئيس الغرفة الفلاحية."
    assert categorise("اجتماع", text) == "coordination-meeting"
    assert categorise("اجتماع مجلس الإدارة") == "board-meeting"
