import pytest

from events.extraction.document import Document
from events.extraction.kinds import choose_kind, find_kinds

CASES = [
    ("accusative", "عقد اجتماعا تنسيقيا بمقر الغرفة", "اجتماع تنسيقي"),
    ("misspelt", "ترأس اجتماعا تنسيقسا بمقر", "اجتماع تنسيقي"),
    ("tanwin", "تستضيف لقاءً جهوياً مهماً", "لقاء جهوي"),
    ("two-qualifiers", "انعقد لقاء تواصلي وتكويني لفائدة", "لقاء تواصلي وتكويني"),
    ("indefinite-wins", "محاور اللقاء الموسع. عقد المكتب اجتماعا موسعا", "اجتماع موسع"),
    ("session", "انعقدت أشغال الدورة العادية للغرفة", "الدورة العادية"),
    ("study-day", "نظمت يوما دراسيا حول", "يوم دراسي"),
    ("work-session", "عقدت جلسة عمل مع", "جلسة عمل"),
    ("workshop", "احتضنت ورشة عمل حول", "ورشة عمل"),
    ("seminar", "نظمت الغرفة ندوة حول", "ندوة"),
    ("forum", "منتدى جهويا للمقاولات", "منتدى جهوي للمقاولات"),
    ("not-a-weekday", "يوم الجمعة", None),
    ("idiom", "وفي معرض حديثه أكد", None),
    ("guidance-day", "نظمت المديرية يوما إرشاديا لفائدة مربي الماشية", "يوم إرشادي"),
    ("awareness-days", "تنظم الجمعية أياما تحسيسية حول", "أيام تحسيسية"),
    ("possessive-session", "عقد المجلس دورته العادية لشهر ماي", "الدورة العادية لشهر ماي"),
    ("possessive-meeting", "خلال اجتماعها التنسيقي الأخير", "اجتماع تنسيقي"),
    (
        "edition-of-a-forum",
        "تنظم الغرفة المنتدى الوطني الثالث ثم الملتقى الدولي الثاني",
        "المنتدى الوطني الثالث",
    ),  # noqa: E501
    ("filler-not-qualifier", "عقد لقاء تواصلي حوالي ساعتين", "لقاء تواصلي"),
    ("feminine-shown", "احتضنت الجامعة مائدة مستديرة حول التشغيل", "مائدة مستديرة"),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_kind(text, expected):
    doc = Document(text)
    assert choose_kind(doc, find_kinds(doc), 0).value == expected


def test_place_after_the_noun_is_not_a_qualifier():
    doc = Document("نظمت الغرفة لقاء بالمحمدية يوم الخميس")
    assert choose_kind(doc, find_kinds(doc), 0).value == "لقاء"


def test_complement_after_the_noun_is_not_a_qualifier():
    doc = Document("نظمت الغرفة ورشة للتعريف بالبرنامج")
    assert choose_kind(doc, find_kinds(doc), 0).value == "ورشة"
