"""What the words around a date say about it: a deadline, an earlier meeting, a law, or a
sentence about the meeting itself."""

from __future__ import annotations

import re

from events.extraction.document import Document

_L = r"[^\W\d_]"  # a letter

# Whole words only: قبل is no part of المقبل (شهر مارس المقبل، انعقد يوم …).
DEADLINE = re.compile(
    r"(?<![^\W\d_])(?:(اخر|اقصي)\s+(اجل|موعد)|اجل\s+اقصاه|موعد\s+اقصاه|في\s+اجل|قبل"
    r"|الي\s+غايه|حتي|حدود|تنتهي|ينتهي|اجال|الاجل"
    r"|بحلول|(?:في\s+)?(?:ال)?افق)(?![^\W\d_])"
)
DEADLINE_AFTER = re.compile(r"^\s*,?\s*(ك|ك\s*)?(اخر|اقصي)\s+(اجل|موعد)")
EARLIER = re.compile(r"(الاول|السابق|السابقه|الماضيه|سبق|سابق)(\s+\S+){0,3}\s*$")
# اجتماع المكتب المنعقد يوم …: a meeting told as held, often the one the article is about as a
# speaker recalls it; the meeting's date when the text gives no other.
HELD = re.compile(r"(?<![^\W\d_])(?:المنعقد|المنعقده)(?:\s+\S+){0,3}\s*$")
# … unless the sentence tells what was said during it (ودعت الغرفة، خلال الجمعية العامة
# المنعقدة يوم 29 يونيو 2022، إلى …): the meeting of the news, dated where it is named.
DURING = re.compile(
    r"(?<![^\W\d_])خلال\s+(?:\S+\s+){1,4}(?:المنعقد|المنعقده)\s+(?:في|يوم|بتاريخ)\s*$"
)
# An agreement already signed, dated after its parties (الاتفاقية الموقعة بين الحكومة والغرف
# بتاريخ 2 أبريل 2014): that signing's date, not the meeting's.
SIGNED_BEFORE = re.compile(
    rf"(?<!{_L})(?:الموقعه|الموقع|المبرمه|المبرم)(?!{_L})(?:\s+\S+){{0,7}}\s+(?:بتاريخ|يوم)\s*$"
)
# An earlier meeting told in the pluperfect or as a previous one, anywhere before the date in
# its sentence (كانت الغرفة قد عقدت … يوم، سبق أن، في وقت سابق، خلال اجتماع سابق): not the
# meeting's date unless the text gives no other.
PLUPERFECT = re.compile(
    rf"(?<!{_L})(?:و|ف)?(?:كان|كانت|كانوا|كنا)\s+(?:\S+\s+){{0,5}}?قد\s+{_L}+"
    rf"|(?<!{_L})(?:و|ف|كما\s+)?سبق\s+(?:ل{_L}+\s+)?(?:ان|و)(?!{_L})"
    rf"|(?<!{_L})(?:في|ب)\s*وقت\s+سابق"
)
PREVIOUS = re.compile(
    rf"(?<!{_L})(?:ال)?(?:اجتماع|لقاء|دوره|ندوه|ورشه|جلسه|نسخه|مناسبه)"
    rf"\s+(?:ال)?(?:سابق|سابقه|ماضيه|فارطه|منصرمه)(?!{_L})"
)
# A new clause with its own verb: "سبق أن نظمت …، فيما نظمت يوم …".
NEW_CLAUSE = re.compile(r",\s*(?:فيما|بينما|في\s+حين|كما|و(?=\S{3,}))")
# A law, or an earlier decision or record dated (بناء على مقررات مكتب الغرفة بتاريخ …; not
# مقرر الغرفة, the chamber's rapporteur).
LAW = re.compile(
    r"ظهير|قانون|القانون|مرسوم|المرسوم|قرار|الصادر|المؤرخ|الجريده|دستور|نشر|تاسيس|تاسست|احدثت"
    r"|مقررات|محضر"
)
# Since a day (منذ سنة 2006) is a time gone by; since a day until another (انطلقت منذ يوم 22
# دجنبر إلى غاية 28 دجنبر) is the meeting's own span.
SINCE = re.compile(rf"(?<!{_L})منذ(?!{_L})")
UNTIL_NEXT = re.compile(rf"\s*(?:الي|حتي|لغايه)(?!{_L})")
MEETING = re.compile(
    r"نظم|انعقد|تنعقد|ينعقد|عقد|احتضن|تحتضن|استضاف|تستضيف|تراس|ترؤس|شهد|اشرف|اجتماع|لقاء|ندوه"
    r"|ورشه|يوما|الدوره|دوره|منتدي|ملتقي|معرض|جلسه|حفل|توقيع|زياره|افتتاح"
)

# The day something closes: أسدل الستار يوم …، اختتمت يوم …، حفل الاختتام يوم …
CLOSING = re.compile(
    rf"(?<!{_L})(?:و|ف)?(?:[يتس]*سدل|اسدل|اسدلت|اختتم|اختتمت|[يت]ختتم|ست[يت]?ختتم|سي?ختتم|اختتام"
    rf"|الاختتام|ختام|الختام)(?!{_L})"
)


def context(doc: Document, nstart: int, nend: int) -> tuple[str, str, str]:
    norm = doc.norm
    sentence_start = max(norm.rfind(".", 0, nstart), norm.rfind("\n", 0, nstart)) + 1
    before = norm[max(sentence_start, nstart - 90) : nstart]
    after = norm[nend : nend + 40]
    sentence_end = min(
        x for x in (norm.find(".", nend), norm.find("\n", nend), len(norm)) if x >= 0
    )
    sentence = norm[sentence_start:sentence_end]
    return before, after, sentence


# A period's first day (ابتداء من 3 يونيو): a meeting's when its sentence tells one (معرض …
# ابتداء من), else a period of something else (قبول الطلبات ابتداء من).
FROM_DAY = re.compile(r"(?<![^\W\d_])(?:ابتداء|انطلاقا|اعتبارا)\s+من\s*(?:يوم\s+)?$")


def classify(before: str, after: str, sentence: str) -> tuple[bool, float]:
    near = before[-45:]
    if DEADLINE.search(near) or DEADLINE_AFTER.search(after) or LAW.search(before[-35:]):
        return True, 0.0
    if SINCE.search(before[-35:]) and not UNTIL_NEXT.match(after):
        return True, 0.0
    if FROM_DAY.search(near):
        return (False, 1.0) if MEETING.search(sentence) else (True, 0.0)
    if EARLIER.search(before[-40:]) or SIGNED_BEFORE.search(before):
        return True, 0.0
    score = 1.0
    if MEETING.search(sentence):
        score += 1.0
    if re.search(r"(يوم|بتاريخ)\s*$", before):
        score += 0.5
    return False, score


def is_earlier(before: str) -> bool:
    """An earlier meeting: a pluperfect (كانت … قد عقدت، سبق أن) before the date in its
    sentence, or a previous one (في وقت سابق، الاجتماع السابق) in its clause."""
    if HELD.search(before[-40:]):
        return not DURING.search(before[-60:])
    start = max((m.end() for m in NEW_CLAUSE.finditer(before)), default=0)
    if PLUPERFECT.search(before, start):
        return True
    clause = before[before.rfind(",") + 1 :]
    return bool(PREVIOUS.search(clause))


# Another event the meeting looks ahead to, in a relative clause of its own: "عقدت الغرفة
# اجتماعا تحضيرا للمناظرة الوطنية، التي ستنظمها الوزارة يوم 31 مارس" dates the forum.
_LATER_CLAUSE = re.compile(
    rf"(?:(?<!{_L})(?:التي|الذي|اللتين|الذين)\s+(?:و|ف)?س(?:ي|ت|ن){_L}+"
    rf"|(?<!{_L})(?:المزمع|المرتقب|المقرر)\s+(?:ان\s+)?{_L}+)(?:\s+\S+){{0,7}}\s*$"
)
PAST_MEETING = re.compile(
    rf"(?<!{_L})(?:و|ف)?(?:عقدت|عقد|نظمت|نظم|انعقدت|انعقد|احتضنت|احتضن|شهدت|شهد|تراست|تراس"
    rf"|افتتحت|افتتح|اختتمت|اختتم|اشرفت|اشرف|انطلقت|انطلق)(?!{_L})"
)


def later_event(doc: Document, nstart: int) -> bool:
    """A date in a relative clause about a later event (التي ستنظمها …، المزمع تنظيمه في …)
    after a meeting told in the past, in the same sentence or an earlier one (شهدت الملحقة
    انعقاد ورشة. تأتي الورشة تحضيرا لليوم الوطني، المزمع تنظيمه يوم …): the later event's."""
    norm = doc.norm
    sentence_start = max(norm.rfind(".", 0, nstart), norm.rfind("\n", 0, nstart)) + 1
    before = norm[sentence_start:nstart]
    clause = _LATER_CLAUSE.search(before[-90:])
    if clause is None:
        return False
    told = norm[: sentence_start + len(before) - len(before[-90:]) + clause.start()]
    return bool(PAST_MEETING.search(told))
