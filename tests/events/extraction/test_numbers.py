import pytest

from events.extraction.document import Document
from events.extraction.numbers import find_participants

CASES = [
    ("people-noun", "وعرف اللقاء مشاركة 75 مشاركا من مختلف الأقاليم", 75),
    ("of-representatives", "بحضور ما يناهز 45 من ممثلي الجمعيات المهنية", 45),
    ("of-definite", "وحضر الورشة قرابة 30 من الفلاحين الشباب", 30),
    ("any-noun-after-strong", "نظمت الغرفة دورة تكوينية لفائدة 18 خياطة من الإقليم", 18),
    ("members", "بحضور 27 عضوا من أعضاء المجلس", 27),
    ("craftswomen", "وشاركت في المعرض 35 حرفية من مختلف الأقاليم", 35),
    ("alongside", "وحضر اللقاء ممثلو السلطات المحلية، إلى جانب 50 فلاحا من المنطقة", 50),
    (
        "programme-total-loses",
        "ويعد البرنامج الذي استفاد منه منذ انطلاقه أزيد من 12000 شاب على الصعيد الوطني "
        "من أبرز البرامج. وحضر هذا اللقاء أكثر من 65 شابا.",
        65,
    ),
    ("money-is-not-people", "بمشاركة 12 مليون درهم من طرف المجلس", None),
    ("percent-is-not-people", "حضور 40 في المائة من المنخرطين", None),
    ("boats-are-not-people", "ارتفع عدد القوارب ليبلغ 300 قارب منذ سنة 2019", None),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_participants(text, expected):
    assert find_participants(Document(text), []).value == expected


WORD_CASES = [
    ("words-hundred-and-fifty", "وعرف اللقاء حضور أزيد من مائة وخمسين مشاركا من الجهة", 150),
    ("words-forty-craftswomen", "ونظمت الغرفة دورة تكوينية لفائدة حوالي أربعين صانعة", 40),
    ("words-hundred-hamza-variant", "واستفادت من الورشة مئة صانعة تقليدية", 100),
    ("words-two-hundred-construct", "وحضر اللقاء أزيد من مائتي فلاح من الإقليم", 200),
    ("words-thirty-nominative", "وشارك في الدورة ثلاثون حرفيا", 30),
    ("words-tens-of-is-no-number", "وحضر اللقاء عشرات المهنيين والفلاحين", None),
    ("words-thousand", "وعرف المعرض مشاركة ألف عارض", 1000),
    ("words-twenty-five", "بحضور خمسة وعشرين عضوا من أعضاء الغرفة", 25),
    ("words-three-hundred-one-word", "لفائدة ثلاثمائة وعشرين تعاونية", 320),
    ("words-hundred-thousand-dirhams", "بمشاركة مائة ألف درهم من طرف المجلس", None),
    ("words-percent-is-not-people", "بحضور خمسين في المائة من المنخرطين", None),
]


@pytest.mark.parametrize(
    "text,expected", [c[1:] for c in WORD_CASES], ids=[c[0] for c in WORD_CASES]
)
def test_participants_in_words(text, expected):
    assert find_participants(Document(text), []).value == expected


NOISE_CASES = [
    (
        "share-counter-is-furniture",
        "نظمت الغرفة لقاء تواصليا بالمدينة\n25 إعجاب 4 تعليقات ١٢ مشاركة",
        None,
    ),
    ("seat-limit-is-capacity", "عدد المقاعد محدود في 100 مشارك، والتسجيل إلزامي", None),
    ("seats-noun-is-capacity", "وتتسع القاعة في حدود 100 مقعد للمشاركين", None),
    ("number-of-definite-plural", "وحضر اللقاء نحو 70 من البحارة والمهنيين", 70),
    ("number-of-fishermen-untriggered-words", "وحضر اللقاء حوالي سبعين من الصيادين", 70),
    (
        "attendance-wins-over-capacity",
        "عدد المقاعد محدود في 150 مشاركا. وقد حضر اللقاء 90 مشاركا",
        90,
    ),
]


@pytest.mark.parametrize(
    "text,expected", [c[1:] for c in NOISE_CASES], ids=[c[0] for c in NOISE_CASES]
)
def test_participants_noise(text, expected):
    assert find_participants(Document(text), []).value == expected


APPROXIMATE = [
    ("more-than-in-words", "استقطب اللقاء ما يزيد عن مائتي شاب من الإقليم", 200),
    ("about-women", "وتوافدت على الورشة زهاء 150 امرأة من التعاونيات", 150),
    ("more-than-ala", "استفاد من التكوين ما يزيد على 80 حرفيا", 80),
    ("no-less-than", "بحضور ما لا يقل عن 300 مشارك", 300),
    ("within", "عرف اللقاء في حدود 70 فلاحا", 70),
    ("nearly", "وتابع الندوة قرابة 90 مقاولا", 90),
    ("exceeding", "وعرف الملتقى ما يفوق 60 تعاونية", 60),
    ("attended-feminine-verb", "حضرت الورشة زهاء مئة وخمسين امرأة", 150),
    (
        "approximate-outside-the-meeting",
        "وواكبت الوكالة خلال السنة الماضية زهاء 1800 باحث عن الشغل",
        None,
    ),
]


@pytest.mark.parametrize(
    "text,expected", [c[1:] for c in APPROXIMATE], ids=[c[0] for c in APPROXIMATE]
)
def test_participants_with_approximators(text, expected):
    assert find_participants(Document(text), []).value == expected
