import datetime

import pytest

from events.extraction.date_choice import choose_date
from events.extraction.dates import find_dates
from events.extraction.document import Document
from events.extraction.times import find_time

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


# A dispatch's dateline dates the dispatch: it is the reference date, not the meeting's date.
DATELINES = [
    (
        "map-yesterday",
        "الرباط - 14 مارس 2024 (ومع) - نظمت غرفة التجارة والصناعة والخدمات، أمس الأربعاء، "
        "لقاء تواصليا لفائدة المقاولين.",
        None,
        D(2024, 3, 13),
    ),
    (
        "numeric-today-weekday",
        "وجدة – 12/03/2024 (ومع) - احتضن مقر الغرفة، اليوم الثلاثاء، اجتماعا لمجلس الإدارة.",
        None,
        D(2024, 3, 12),
    ),
    (
        "colon-and-absolute-meeting-date",
        "أكادير: 5 يونيو 2024 - انعقد يوم الاثنين 3 يونيو 2024 لقاء جهوي حول التشغيل.",
        None,
        D(2024, 6, 3),
    ),
    (
        "last-saturday",
        "الرباط - 14 مارس 2024 (ومع) - نظمت الغرفة يوم السبت الماضي ورشة تكوينية.",
        None,
        D(2024, 3, 9),
    ),
    (
        "only-date-today",
        "الرباط - 14 مارس 2024 (ومع) - تحتضن الغرفة اليوم لقاء تواصليا حول برنامج فرصة.",
        None,
        D(2024, 3, 14),
    ),
    (
        "only-date-this-day",
        "الدار البيضاء، 5 يونيو 2024 (ومع) - عرف هذا اليوم الدراسي مشاركة واسعة للمهنيين.",
        None,
        D(2024, 6, 5),
    ),
    (
        "only-date-this-morning",
        "فاس - 2 أبريل 2024 (ومع) - انطلقت صباح اليوم بفاس أشغال المنتدى الجهوي للتعاونيات.",
        None,
        D(2024, 4, 2),
    ),
    (
        "only-date-no-meeting-day",
        "الرباط - 14 مارس 2024 (ومع) - نظمت الغرفة لقاء تواصليا حول برنامج فرصة.",
        None,
        None,
    ),
    (
        "after-the-headline",
        "لقاء تواصلي حول برنامج فرصة بوجدة\nوجدة – 12/03/2024 (ومع) - نظمت الغرفة أمس "
        "الاثنين لقاء تواصليا.",
        None,
        D(2024, 3, 11),
    ),
    (
        "given-reference-date-wins",
        "الرباط - 14 مارس 2024 (ومع) - نظمت الغرفة أمس الأربعاء لقاء.",
        D(2024, 3, 21),
        D(2024, 3, 20),
    ),
]


@pytest.mark.parametrize(
    "text,reference,expected", [c[1:] for c in DATELINES], ids=[c[0] for c in DATELINES]
)
def test_dateline_is_the_dispatch_date(text, reference, expected):
    date, _, _ = choose_date(find_dates(Document(text), reference))
    assert date.value == expected


def test_dateline_goes_to_other_dates():
    text = "الرباط - 14 مارس 2024 (ومع) - نظمت الغرفة أمس الأربعاء لقاء تواصليا."
    date, others, _ = choose_date(find_dates(Document(text), None))
    assert (date.value, [f.value for f in others]) == (D(2024, 3, 13), [D(2024, 3, 14)])


# A relative date in a sentence about the meeting beats the dates of other meetings.
RELATIVE = [
    (
        "yesterday-beats-earlier-meeting",
        "عقدت الغرفة أمس الأربعاء اجتماعا لتتبع توصيات اللقاء الذي نظم يوم الجمعة 1 مارس 2024 "
        "بالمقر.",
        D(2024, 3, 14),
        D(2024, 3, 13),
    ),
    (
        "today-thursday-beats-absolute",
        "تنظم الغرفة اليوم الخميس ندوة جهوية، وذلك بعد الورشة التي احتضنها المقر يوم الاثنين "
        "4 مارس 2024.",
        D(2024, 3, 14),
        D(2024, 3, 14),
    ),
    (
        "weekday-elapsed",
        "شهد مقر العمالة الخميس المنصرم لقاء حول الاقتصاد الاجتماعي. وحضر اجتماع 2 مارس 2024 "
        "ممثلو القطاعات.",
        D(2024, 3, 12),
        D(2024, 3, 7),
    ),
    (
        "next-monday",
        "ستنظم الغرفة يوم الاثنين المقبل منتدى للمقاولات الناشئة، بعد لقاء 5 مارس 2024.",
        D(2024, 3, 14),
        D(2024, 3, 18),
    ),
    (
        "day-of-the-current-month",
        "انعقد يوم 14 من الشهر الجاري اجتماع المكتب، تفعيلا لمقررات دورة 3 يناير 2024.",
        D(2024, 3, 20),
        D(2024, 3, 14),
    ),
    (
        "day-of-the-previous-month",
        "احتضنت القاعة يوم 28 من الشهر الماضي ورشة حول التصدير.",
        D(2024, 3, 20),
        D(2024, 2, 28),
    ),
    (
        "bare-weekday-past",
        "احتضن مقر الغرفة يوم الخميس لقاء تواصليا حول التصدير.",
        D(2024, 3, 16),
        D(2024, 3, 14),
    ),
    (
        "bare-weekday-announced",
        "ستنظم الغرفة يوم الخميس لقاء تواصليا حول التصدير.",
        D(2024, 3, 12),
        D(2024, 3, 14),
    ),
]


@pytest.mark.parametrize(
    "text,reference,expected", [c[1:] for c in RELATIVE], ids=[c[0] for c in RELATIVE]
)
def test_relative_meeting_date_wins(text, reference, expected):
    date, _, _ = choose_date(find_dates(Document(text), reference))
    assert date.value == expected


# Earlier meetings (pluperfect, سبق أن، في وقت سابق، اجتماع سابق) are other dates.
EARLIER = [
    (
        "pluperfect-after",
        "نظمت الغرفة يوم 14 يناير 2025 لقاء تواصليا. وكانت الغرفة قد عقدت لقاء مماثلا يوم "
        "26 دجنبر 2024 بالناظور.",
        D(2025, 1, 14),
        D(2024, 12, 26),
    ),
    (
        "pluperfect-before",
        "وكانت الغرفة قد عقدت يوم 26 دجنبر 2024 لقاء مماثلا. واحتضن مقر الغرفة يوم 14 يناير "
        "2025 لقاء تواصليا.",
        D(2025, 1, 14),
        D(2024, 12, 26),
    ),
    (
        "already-held-then-new-clause",
        "سبق للغرفة أن نظمت يوم 10 فبراير 2024 ورشة مماثلة، فيما نظمت يوم 14 مارس 2024 لقاء "
        "تواصليا.",
        D(2024, 3, 14),
        D(2024, 2, 10),
    ),
    (
        "earlier-on",
        "في وقت سابق، يوم الجمعة 9 فبراير 2024، عقد المكتب اجتماعا. ونظمت الغرفة يوم 14 مارس "
        "2024 يوما دراسيا.",
        D(2024, 3, 14),
        D(2024, 2, 9),
    ),
    (
        "previous-meeting",
        "خلال اجتماع سابق عقد يوم 12 فبراير 2024 تقرر ذلك. وانعقد يوم الخميس 14 مارس 2024 "
        "اجتماع المكتب.",
        D(2024, 3, 14),
        D(2024, 2, 12),
    ),
    (
        "previous-session",
        "وصادق المجلس على محضر الدورة السابقة المنعقدة في 3 أكتوبر 2023. وانعقدت الدورة يوم "
        "5 فبراير 2024.",
        D(2024, 2, 5),
        D(2023, 10, 3),
    ),
]


@pytest.mark.parametrize(
    "text,expected,other", [c[1:] for c in EARLIER], ids=[c[0] for c in EARLIER]
)
def test_earlier_meeting_is_another_date(text, expected, other):
    date, others, _ = choose_date(find_dates(Document(text), None))
    assert (date.value, [f.value for f in others]) == (expected, [other])


def test_pluperfect_meeting_is_the_date_when_alone():
    text = "وكانت الغرفة قد عقدت يوم 26 دجنبر 2024 لقاء تواصليا بالناظور."
    date, _, _ = choose_date(find_dates(Document(text), None))
    assert date.value == D(2024, 12, 26)


# An announced meeting keeps its date; a horizon (في أفق) is no date.
FUTURE = [
    (
        "expected-to-host",
        "ومن المنتظر أن تحتضن مدينة وجدة يوم 20 أبريل 2024 الملتقى الجهوي للمقاولة.",
        D(2024, 4, 20),
    ),
    (
        "will-organise",
        "ستنظم الغرفة يوم الخميس 18 أبريل 2024 لقاء تواصليا لفائدة الحرفيين.",
        D(2024, 4, 18),
    ),
    ("horizon-year", "سيتم تنزيل البرنامج في أفق 2030 لفائدة المقاولات الصغرى.", None),
    (
        "horizon-date-is-other",
        "نظم يوم 3 ماي 2024 لقاء. وسيتم إطلاق المنصة في أفق 30 يونيو 2024.",
        D(2024, 5, 3),
    ),
    (
        "corresponding-is-not-horizon",
        "انعقد يوم 12 شعبان 1445 الموافق 22 فبراير 2024 لقاء جهوي.",
        D(2024, 2, 22),
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FUTURE], ids=[c[0] for c in FUTURE])
def test_announced_meeting_date(text, expected):
    date, _, _ = choose_date(find_dates(Document(text), None))
    assert date.value == expected


def test_dateline_alone_warns():
    text = "الرباط - 14 مارس 2024 (ومع) - نظمت الغرفة لقاء تواصليا حول برنامج فرصة."
    date, _, warnings = choose_date(find_dates(Document(text), None))
    assert (date.value, warnings) == (
        None,
        ["only the dispatch's dateline gives a date (2024-03-14)"],
    )
