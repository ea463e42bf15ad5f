"""The number of participants: a count of people or bodies next to a word of attendance
(بمشاركة أكثر من 80 تعاونية، لفائدة 250 تعاونية، حضره 120 مشاركا، حضور حوالي 60 من ممثلي …).

Every count is a candidate, scored: a strong word of attendance just before it, a counted noun
after it, a sentence about the meeting raise it; a programme's total (منذ انطلاقه، على الصعيد
الوطني، في المجموع) lowers it."""

from __future__ import annotations

from events.arabic import words
from events.extraction.document import Document
from events.extraction.number_words import STARTS, parse_number_words
from events.extraction.result import Found

_TRIGGERS = frozenset(
    words(
        "مشاركة بمشاركة وبمشاركة حضور بحضور حضره حضرها حضر لفائدة استفاد استفادت يستفيد "
        "شارك شاركت يشارك شارك فيه جمع جمعت ضم بلغ وصل عدد جانب"
    )
)
# Words after which any noun counts people: لفائدة 40 نساجة، بحضور 34 عضوا.
_STRONG = frozenset(
    words(
        "لفائدة بمشاركة مشاركة بحضور حضور حضر حضره حضرها حضرت حضرته حضرتها حضروا شارك شاركت "
        "شاركن جانب استفاد استفادت جمع جمعت ضم"
    )
)
# Words between the trigger and the number: أزيد من، أكثر من، حوالي، نحو، ما يناهز …
_MODIFIERS = frozenset(
    words(
        "أزيد أكثر من حوالي نحو ما يناهز يقارب قرابة زهاء ما يفوق يزيد عن على الأقل إلى "
        "لا يقل تقل في حدود"
    )
)
# Approximators: a count of people is an estimate (ما يزيد عن مائتي شاب، زهاء 150 امرأة،
# قرابة، ما يفوق، ما لا يقل عن، في حدود). With a counted noun after it, in a sentence about
# the meeting, it is an attendance.
_APPROXIMATORS = frozenset(words("يناهز يقارب قرابة زهاء يفوق يزيد يقل تقل حدود"))
_PEOPLE = frozenset(
    words(
        "مشارك مشاركا مشاركة مشاركين مشاركات شخص شخصا أشخاص مستفيد مستفيدا مستفيدة مستفيدين "
        "مستفيدات حاضر حاضرا"
    )
)
_COUNTED = _PEOPLE | frozenset(
    words(
        "عارض عارضا عارضة عارضين ممثل ممثلا ممثلي ممثلين مقاول مقاولا مقاولة مقاولات مقاولين "
        "تعاونية تعاونيات جمعية جمعيات مهني مهنيا مهنية مهنيين حرفي حرفيا حرفية حرفيات حرفيين "
        "صانع صانعا صانعة صانعات صناع فلاح فلاحا فلاحة فلاحين طالب طالبا طالبة طلبة طلاب امرأة "
        "نساء سيدة شاب شابا شابة شباب منتسب منتسبا ضيف ضيفا فاعل فاعلا فاعلة فاعلين خبير خبيرا "
        "خبراء حامل حاملي مستثمر مستثمرا مستثمرين منتخب منتخبا منتخبين إطار إطارا أطر رئيس "
        "رئيسا عضو عضوا عضوة أعضاء نساجة نساجات مربي مربيا كسابا بحار بحارا باحث باحثا باحثين "
        "مهندس مهندسا تلميذ تلميذا بحارة صياد صيادا صيادين تاجر تاجرا تجار كساب كسابة "
        "مربيا موظف موظفا موظفين منخرط منخرطا منخرطين شابات مقاولة مقاولات نساجا"
    )
)
# Nouns that count things, not people, whatever the trigger: 100 ألف درهم، 12 في المائة.
_UNITS = frozenset(
    words(
        "درهم دراهم مليون ملايين مليار ألف آلاف في بالمائة المائة سنة سنوات عاما أعوام شهر "
        "أشهر شهرا يوم يوما أيام ساعة ساعات دقيقة هكتار هكتارات كلم كيلومتر طن أطنان متر "
        "مشروع مشروعا مشاريع نقطة نقاط قارب قاربا قوارب بالمئة المئة أورو يورو دولار"
    )
)
# Counters around a social-media post (إعجاب، تعليق، مشاركة): "12 مشاركة" there is shares.
_COUNTERS = frozenset(words("إعجاب إعجابات تعليق تعليقات مشاهدة مشاهدات"))
# A capacity, not an attendance: عدد المقاعد محدود، في حدود 100 مقعد.
_SEATS = frozenset(words("مقعد مقعدا مقاعد المقاعد"))
_CAPACITY = _SEATS | frozenset(words("محدود محدودة يتجاوز تتجاوز أقصى"))
_PLURAL_ENDINGS = ("ين", "ات", "ه", "اء")  # الفلاحين، الحرفيات، البحارة، الشركاء
_TOTALS = tuple(
    " ".join(words(p))
    for p in (
        "منذ انطلاق",
        "منذ إطلاق",
        "على الصعيد الوطني",
        "على المستوى الوطني",
        "في المجموع",
        "ما مجموعه",
        "إجمالي",
        "سنويا",
        "يستهدف",
        "تستهدف",
        "سيستفيد",
        "ستستفيد",
        "إلى حدود",
        "حتى الآن",
    )
)
_MEETING = tuple(
    " ".join(words(p))
    for p in (
        "اللقاء",
        "الاجتماع",
        "اليوم",
        "الورشة",
        "الندوة",
        "الدورة",
        "الملتقى",
        "المنتدى",
        "الجلسة",
        "حضر",
        "حضور",
        "شارك",
    )
)


def find_participants(doc: Document, excluded: list[tuple[int, int]]) -> Found[int | None]:
    tokens = doc.tokens
    norms = [t.norm for t in tokens]
    best: tuple[float, int, int, int] | None = None  # score, -index, value, noun index
    covered = -1  # the last token of a number written in words
    for i, token in enumerate(tokens):
        if token.digit:
            value, end = int(token.norm), i
        elif token.norm in STARTS and i > covered:
            parsed = parse_number_words(norms, i)
            if parsed is None:
                continue
            value, end = parsed
            covered = end
            if any(tokens[m].brk for m in range(i, end)):
                continue
        else:
            continue
        if tokens[end].brk or end + 1 >= len(tokens):
            continue
        if any(a <= token.start < b for a, b in excluded):
            continue
        if value < 2 or value > 100000:
            continue
        n = end + 1
        partitive = False
        if tokens[n].norm == "من" and not tokens[n].brk and n + 1 < len(tokens):
            n += 1  # 60 من ممثلي التعاونيات، نحو 70 من البحارة
            partitive = True
        noun = tokens[n]
        readings = set(noun.variants)
        if readings & _UNITS or noun.digit or noun.latin:
            continue
        if _furniture_counter(tokens, i, n) or _capacity(tokens, i, readings):
            continue
        counted = bool(readings & _COUNTED) or (
            # نحو 70 من البحارة: a number, من, a definite plural of people.
            partitive
            and noun.definite
            and noun.norm.endswith(_PLURAL_ENDINGS)
            and len(noun.variants[-1]) >= 4
        )
        # The words before the number, across modifiers (حضور حوالي 60، أزيد من 40).
        k = i - 1
        while k >= 0 and k > i - 5 and tokens[k].norm in _MODIFIERS and not tokens[k].brk:
            k -= 1
        approx = any(tokens[m].norm in _APPROXIMATORS for m in range(k + 1, i))
        strong = k >= 0 and not tokens[k].brk and bool(set(tokens[k].variants[:3]) & _STRONG)
        if not strong and k >= 1 and not tokens[k - 1].brk:
            # بحضور هذا اللقاء 40، وحضر اللقاء 85: the trigger one word further back.
            strong = bool(set(tokens[k - 1].variants[:3]) & _STRONG) and not tokens[k].digit
        before = {v for t in tokens[max(0, i - 6) : i] for v in t.variants[:2]}
        triggered = bool(before & _TRIGGERS)
        people = bool(readings & _PEOPLE)
        context = ""
        if approx and counted and not (people or strong or triggered):
            context = _sentence_window(doc, i)
            if not any(p in context for p in _MEETING) or any(p in context for p in _TOTALS):
                continue
        elif not (people or strong or counted and triggered):
            continue
        score = 1.0 + (1.0 if people else 0.0) + (0.5 if counted else 0.0)
        score += 1.0 if strong else 0.5 if triggered or approx and counted else 0.0
        context = context or _sentence_window(doc, i)
        if any(p in context for p in _TOTALS):
            score -= 2.0
        if any(p in context for p in _MEETING):
            score += 1.0
        candidate = (score, -i, value, n)
        if best is None or candidate > best:
            best = candidate
    if best is None:
        return Found(None, None, 0.0)
    score, index, value, n = best
    confidence = 0.8 if score >= 3.5 else 0.7 if score >= 2.5 else 0.5
    return Found(value, (tokens[-index].start, tokens[n].end), confidence)


def _furniture_counter(tokens, i: int, n: int) -> bool:
    """ "١٢ مشاركة" among a post's like, comment and share counters: page furniture."""
    return any(set(t.variants[:2]) & _COUNTERS for t in tokens[max(0, i - 4) : n + 5])


def _capacity(tokens, i: int, readings: set[str]) -> bool:
    """A seat limit (عدد المقاعد محدود في 100 مشارك، في حدود 100 مقعد), not attendance."""
    if readings & _SEATS:
        return True
    before = {v for t in tokens[max(0, i - 6) : i] for v in t.variants[:2]}
    return bool(before & _CAPACITY)


def _sentence_window(doc: Document, i: int) -> str:
    """The normalised text around token i, inside its sentence (15 words before, 8 after)."""
    tokens = doc.tokens
    sentence = doc.sentence_of(i)
    a = i
    while a > 0 and a > i - 15 and doc.sentence_of(a - 1) == sentence:
        a -= 1
    b = i
    while b + 1 < len(tokens) and b < i + 8 and doc.sentence_of(b + 1) == sentence:
        b += 1
    return doc.norm[tokens[a].nstart : tokens[b].nend]
