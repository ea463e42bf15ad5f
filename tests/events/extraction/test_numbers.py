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
