import datetime

import pytest

from events.extraction.dates import choose_date, find_dates, find_time
from events.extraction.document import Document

D = datetime.date
CASES = [
    ("moroccan", "نظم يوم الجمعة 02 فبراير 2024 لقاء", None, D(2024, 2, 2)),
    ("middle-east", "انعقد الاجتماع في 5 أغسطس 2023", None, D(2023, 8, 5)),
    ("maghreb", "يوم 8 جوان 2024 بمقر الغرفة", None, D(2024, 6, 8)),
    ("levant", "نظمت يوم 14 تشرين الأول 2022 ندوة", None, D(2022, 10, 14)),
    ("arabic-indic", "يوم ١٢ نيسان ٢٠٢٣", None, D(2023, 4, 12)),
    ("persian", "يوم ۱۴ آذار ۲۰۲۴", None, D(2024, 3, 14)),
    ("glued-year", "انعقد لقاء يوم 3 أبريل2019", None, D(2019, 4, 3)),
    ("numeric", "انعقد الاجتماع بتاريخ 15/03/2024", None, D(2024, 3, 15)),
    ("yesterday", "انعقد أمس الثلاثاء لقاء", D(2025, 9, 24), D(2025, 9, 23)),
    ("current-month", "يوم 23 شتنبر الجاري", D(2025, 9, 25), D(2025, 9, 23)),
    ("no-year-with-reference", "يوم الخميس 14 مارس بالجديدة", D(2024, 3, 20), D(2024, 3, 14)),
    ("relative-without-reference", "انعقد أمس الثلاثاء لقاء", None, None),
    ("no-year-without-reference", "انعقد يوم 14 مارس لقاء", None, None),
    ("only-a-year", "حصيلة برنامج عمل الغرفة برسم سنة 2023", None, None),
    ("plan-period", "مخططها الاستراتيجي 2021-2027", None, None),
    ("image-name", "IMG-20260207-WA0012.jpg", None, None),
    ("double-month-slash", "انعقدت الندوة يوم 9 حزيران/يونيو 2023 بالقاعة", None, D(2023, 6, 9)),
    ("double-month-brackets", "نظم اللقاء في 2 تموز (يوليو) 2022 بمقر", None, D(2022, 7, 2)),
    (
        "double-month-reversed",
        "احتضنت القاعة يوم 21 نوفمبر/تشرين الثاني 2021 لقاء",
        None,
        D(2021, 11, 21),
    ),  # noqa: E501
    ("first-of-month", "انعقد يوم فاتح أكتوبر 2024 اجتماع", None, D(2024, 10, 1)),
    ("the-first-of", "نظمت الغرفة يوم الفاتح من دجنبر 2023 لقاء", None, D(2023, 12, 1)),
    ("dashes", "عقد المجلس اجتماعه يوم 07-11-2024 بالمقر", None, D(2024, 11, 7)),
    ("this-morning", "احتضن مقر العمالة صباح اليوم لقاء", D(2024, 2, 8), D(2024, 2, 8)),
    ("hijri-ignored", "يوم 12 شعبان 1445 الموافق 22 فبراير 2024 انعقد لقاء", None, D(2024, 2, 22)),
]


@pytest.mark.parametrize(
    "text,reference,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_meeting_date(text, reference, expected):
    date, _, _ = choose_date(find_dates(Document(text), reference))
    assert date.value == expected


OTHER = [
    (
        "deadline",
        "يوم الثلاثاء 23 شتنبر 2025 لقاء، مع تحديد 30 شتنبر 2025 كآخر أجل",
        D(2025, 9, 30),
    ),
    (
        "earlier-meeting",
        "يوم الجمعة 02 فبراير 2024 اجتماعا، تفعيلا لمخرجات الاجتماع الأول بطنجة بتاريخ 6 دجنبر 2023",  # noqa: E501
        D(2023, 12, 6),
    ),
    (
        "before-deadline",
        "نظم لقاء يوم 14 مارس 2024، وعلى التعاونيات الإيداع قبل 30 أبريل 2024",
        D(2024, 4, 30),
    ),
]


@pytest.mark.parametrize("text,other", [c[1:] for c in OTHER], ids=[c[0] for c in OTHER])
def test_other_dates_are_not_the_meeting(text, other):
    date, others, _ = choose_date(find_dates(Document(text), None))
    assert ([f.value for f in others], date.value != other) == ([other], True)


def test_weekday_mismatch_warns():
    _, _, warnings = choose_date(find_dates(Document("يوم السبت 02 فبراير 2024"), None))
    assert warnings == ["weekday mismatch: the text says السبت but 2024-02-02 is a الجمعة"]


def test_span_points_at_the_date():
    text = "ترأس يوم الجمعة 02 فبراير 2024 اجتماعا"
    date, _, _ = choose_date(find_dates(Document(text), None))
    assert text[slice(*date.span)] == "02 فبراير 2024"


TIMES = [
    ("words", "انطلق في الحادية عشرة صباحاً", datetime.time(11, 0)),
    ("h-format", "على الساعة 15h30", datetime.time(15, 30)),
    ("colon", "على الساعة 10:00 صباحا", datetime.time(10, 0)),
    ("afternoon", "على الساعة الثالثة بعد الزوال", datetime.time(15, 0)),
    ("half", "على الساعة العاشرة والنصف صباحا", datetime.time(10, 30)),
    ("none", "في الدورة الثانية للمجلس", None),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in TIMES], ids=[c[0] for c in TIMES])
def test_time(text, expected):
    assert find_time(Document(text)).value == expected


NEW_DATES = [
    ("ordinal-first-of", "نظمت الغرفة في الأول من آذار 2024 لقاء تواصليا", D(2024, 3, 1)),
    ("ordinal-fifteenth-of", "انعقد يوم الخامس عشر من شهر مارس 2024 اجتماع", D(2024, 3, 15)),
    ("ordinal-twenty-second", "نظم في الثاني والعشرين من يونيو 2023 لقاء", D(2023, 6, 22)),
    ("range-from-to", "تنظم الغرفة من 5 إلى 9 جوان 2024 معرضا جهويا", D(2024, 6, 5)),
    ("range-between-and", "ينظم ما بين 5 و9 يونيو 2024 معرض للصناعة التقليدية", D(2024, 6, 5)),
    ("range-across-months", "ينظم من 28 ماي إلى 2 يونيو 2024 معرض", D(2024, 5, 28)),
    ("ordinal-without-min-is-not-a-day", "انعقدت الدورة الثانية مارس 2024", None),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NEW_DATES], ids=[c[0] for c in NEW_DATES])
def test_ordinal_days_and_ranges(text, expected):
    date, _, _ = choose_date(find_dates(Document(text), None))
    assert date.value == expected


RANGES = [
    ("range-last-day-is-other", "تنظم الغرفة من 5 إلى 9 جوان 2024 معرضا", [D(2024, 6, 9)]),
    ("range-and-last-day-is-other", "ما بين 5 و9 يونيو 2024", [D(2024, 6, 9)]),
    ("range-across-months-end", "من 28 ماي إلى 2 يونيو 2024", [D(2024, 6, 2)]),
    ("either-day-is-not-a-range", "يوم 5 أو 6 يونيو 2024", []),
]


@pytest.mark.parametrize("text,others", [c[1:] for c in RANGES], ids=[c[0] for c in RANGES])
def test_range_end_goes_to_other_dates(text, others):
    _, found, _ = choose_date(find_dates(Document(text), None))
    assert [f.value for f in found] == others


NEW_TIMES = [
    ("afternoon-without-cue", "انطلق اللقاء في الثالثة بعد الزوال", datetime.time(15, 0)),
    ("from-ten-morning", "ابتداء من الساعة العاشرة صباحا", datetime.time(10, 0)),
    ("minutes-in-words", "على الساعة 10 و30 دقيقة", datetime.time(10, 30)),
    ("hour-word-and-minutes", "على الساعة التاسعة و45 دقيقة صباحا", datetime.time(9, 45)),
    ("noon", "انطلقت الأشغال في حدود منتصف النهار", datetime.time(12, 0)),
    ("late-afternoon", "على الساعة الرابعة عصرا", datetime.time(16, 0)),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NEW_TIMES], ids=[c[0] for c in NEW_TIMES])
def test_time_more_forms(text, expected):
    assert find_time(Document(text)).value == expected


def test_time_without_date_needs_a_meeting_sentence():
    meeting = Document("انطلق اللقاء على الساعة العاشرة صباحا بمقر الغرفة.")
    other = Document("تفتح المكاتب أبوابها على الساعة الثامنة صباحا.")
    assert find_time(meeting, meeting_only=True).value == datetime.time(10, 0)
    assert find_time(other, meeting_only=True).value is None
