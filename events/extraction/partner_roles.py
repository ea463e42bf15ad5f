"""The role a named body plays in the meeting, told by the words before it in its sentence,
and which roles make a partner.

Real press names far more bodies than take part. The nearest cue before a mention tells its
role: listed after بحضور or حضره it attends; after بشراكة مع، وقع … مع، من تنظيم it takes part;
after رئيس or مدير it is there through its head; after ممثل through a delegate; after حول it
is the subject; after تحت إشراف it supervises; inside what a speaker said (أكد أن، مفيدا) or
as the organiser of another, planned event (التي ستنظمها) it is told of in passing.

The annotated real sets keep a body that co-organises, signs, initiates or is met; a
regional council whenever present; a body attending through its head (رئيس المجلس الإقليمي،
المديرة الجهوية للمكتب الوطني …) unless it is an administration (a ministry, a directorate, a
prefecture) or the article names its co-organisers, whose list then says who took part."""

from __future__ import annotations

from events.extraction.document import Document
from events.extraction.organisation_words import RELATIVES, VISITS
from events.extraction.partner_context import DECONCENTRATED, SERVICES, STATES
from events.extraction.partner_role_words import (
    AGENT_NOUNS,
    ATTENDANCE,
    BENEFITING,
    CO_ORGANISING,
    COOPERATION,
    DISPUTES,
    FUTURE_ORGANISING,
    HEAD_TITLES,
    LAUNCHING,
    LIST_REPRESENTATIVES,
    MAKING,
    MEMBERS,
    OFFICIALS,
    ORGANISING,
    ORGANISING_FORMS,
    OWNED,
    PARTNER_NOUNS,
    PATRONAGE,
    PRESENTING,
    REPRESENTATIVES,
    SPEECH_WORDS,
    TOPIC_WORDS,
    WEAK_COOPERATION,
)

ORGANISER = "organiser"  # co-organises the meeting: بشراكة مع، بتنسيق مع، من تنظيم
CUE = "cue"  # signs, is met, is named a partner: اتفاقية مع، وقع مع، بين، الشركاء
COUNCIL = "council"  # the regional council, kept when present
HEAD = "head"  # attends through its head: رئيس المجلس الإقليمي لـ…
REPRESENTED = "represented"  # attends through a delegate: ممثل عن، ممثلي …
ATTENDING = "attending"  # present, no party: a member of it, an official presenting
PRESENT = "present"  # listed as present: بحضور المكتب الوطني …
PARTICIPATING = "participating"  # takes part in the event: بمشاركة … (not مع مشاركة السيد …)
PATRON = "patron"  # تحت إشراف، برعاية
TOPIC = "topic"  # the subject: يوم دراسي حول المؤسسات …
SPEECH = "speech"  # in what a speaker said: أكد أن …، مفيدا بعقده اجتماعا مع …
OTHER_EVENT = "other-event"  # organises another, planned event: التي ستنظمها …
BENEFICIARY = "beneficiary"  # supported by the chamber: طلب دعم تعاونية …
PLAIN = "plain"  # no cue

_WINDOW = 40
_TOPIC_WINDOW = 25  # حول governs its phrase, not the rest of a long sentence


def _bare(word: str) -> str:
    return word[1:] if word[:1] == "و" and len(word) > 3 else word


def role_of(doc: Document, first: int, last: int, regions: frozenset[int] = frozenset()) -> str:
    """The role of the body named at tokens first..last; `regions` are the tokens where a
    region's name begins (مجلس الشرق is the regional council)."""
    tokens = doc.tokens
    heads = set(tokens[first].variants[:3])
    second = set(tokens[first + 1].variants[:3]) if first < last else set()
    if heads & {"جهه", "الجهه"} and first > 0 and _bare(tokens[first - 1].norm) in OFFICIALS:
        return PATRON  # والي جهة سوس ماسة: the wali's territory, not the regional council
    if (
        first > 0
        and _bare(tokens[first - 1].norm) in MEMBERS
        and not tokens[first - 1].brk
        and not heads & {"لجنه", "اللجنه"}  # أعضاء اللجنة المختلطة: the committee is there
    ):
        return ATTENDING  # عضو مجلس جهة الشرق: a councillor present, not the council
    if heads & {"جهه", "الجهه"} or (
        heads & {"مجلس", "المجلس"} and (second & {"جهه", "الجهه", "لجهه"} or first + 1 in regions)
    ):
        return COUNCIL
    if first == 0:
        return PLAIN
    before = _bare(tokens[first - 1].norm)
    if before in ("دعم",) and not tokens[first - 1].brk:
        return BENEFICIARY  # طلب دعم تعاونية …: the chamber supports it
    if before in OWNED and not tokens[first - 1].brk:
        return TOPIC  # برامج وزارة الفلاحة: what the body owns is spoken of, not the body
    if _communique(doc, first):
        return SPEECH  # أفاد بلاغ للوكالة …: who tells the news, not who takes part
    if (
        before == "عمل"
        and first > 1
        and _bare(tokens[first - 2].norm).removeprefix("ب") in OWNED
        and not tokens[first - 2].brk
    ):
        return TOPIC  # ببرنامج عمل مؤسسة دار الصانع: the body's plan of action
    if before.lstrip("بل") in MAKING and (
        not tokens[first - 1].brk
        or doc.norm[tokens[first - 1].nend : tokens[first].nstart].strip() in ("(", "«", "“")
    ):
        # أوصى المشاركون بتعميم شبكة الإنذار، تروم إحداث (جمعية وادنون مبادرة): the thing to
        # be made, no party
        return TOPIC
    via, start = None, first
    if before in REPRESENTATIVES and not tokens[first - 1].brk:
        if first > 1 and PRESENTING.intersection(tokens[first - 2].variants):
            return ATTENDING  # تلتها كلمة ممثل المديرية: an official presenting
        via = REPRESENTED
    elif (
        not tokens[first - 1].brk
        and (
            before in HEAD_TITLES
            or before.startswith("ال")
            and before.endswith("عام")
            # النائب الأول لرئيس المجلس الإقليمي: the body, through its head's deputy
            or before[:1] == "ل"
            and before[1:] in HEAD_TITLES
        )
    ):
        via = HEAD
    if via is not None:
        # past the title (المدير الجهوي ل…، ممثل عن): the cue before the person decides
        start = first - 1
        while (
            start > 0
            and not tokens[start - 1].brk
            and (_bare(tokens[start - 1].norm) in HEAD_TITLES | REPRESENTATIVES)
        ):
            start -= 1
    role = _cue_before(doc, start, first)
    if via is None:
        # تطرق المندوب إلى أولوية الحكومة ووزارة …: a body the speaker spoke of
        return _in_speech(doc, first) or role if role == PLAIN else role
    if role in (CUE, ORGANISER, SPEECH, TOPIC, PATRON, OTHER_EVENT, PARTICIPATING):
        return role  # بين رئيس مجلس عمالة سلا و…: a party, through its head
    return via


_COMMUNIQUES = frozenset(("بلاغ", "بيان", "لبلاغ", "لبيان", "بلاغا", "بيانا", "بلاغه"))


def _communique(doc: Document, first: int) -> bool:
    """بلاغ للمديرية …، بيان صادر عن الوكالة …: the body that wrote the communiqué."""
    tokens = doc.tokens
    words = [_bare(t.norm) for t in tokens[max(0, first - 3) : first]]
    if tokens[first - 1].brk:
        return False
    if words and words[-1] in _COMMUNIQUES:
        return True
    return (
        len(words) >= 3
        and words[-1] == "عن"
        and words[-2] in ("صادر", "الصادر")
        and words[-3] in _COMMUNIQUES
    )


def _cue_before(doc: Document, start: int, first: int) -> str:
    """The role the nearest cue before token `start` in its sentence gives."""
    tokens = doc.tokens
    sentence = doc.sentence_of(first)
    agent = False  # past من طرف: the body is who did what the verb before says
    for k in range(start - 1, max(-1, start - _WINDOW), -1):
        if doc.sentence_of(k) != sentence:
            break
        found = tokens[k].variants[:3]
        if k > 0 and tokens[k].norm in AGENT_NOUNS and tokens[k - 1].norm == "من":
            agent = True
        norm = _bare(tokens[k].norm)
        if norm in LIST_REPRESENTATIVES:
            # بمشاركة ممثلي التعاضدية … ومجموعة …: the list takes part through them
            outer = _cue_before(doc, k, first)
            return PARTICIPATING if outer == PARTICIPATING else REPRESENTED
        if norm in BENEFITING:
            return BENEFICIARY  # استفاد من هذه الآليات … تعاونية …: given to, not taking part
        if FUTURE_ORGANISING.intersection(found):
            if k > 0 and tokens[k - 1].norm in RELATIVES:
                return OTHER_EVENT
            return CUE
        organising = CO_ORGANISING.intersection(found) or any(
            ORGANISING_FORMS.match(v) for v in found
        )
        if organising and not any(v.startswith(("وقع", "توقيع")) for v in found):
            return ORGANISER
        if _strong(tokens[k]) or PARTNER_NOUNS.intersection(found):
            return CUE
        if WEAK_COOPERATION.intersection(found):
            if any(_bare(t.norm) in DISPUTES for t in tokens[max(0, k - 3) : k]):
                return TOPIC  # تباين الأفكار بين جماعة … والوكالة …: the parties to a dispute
            if k + 1 < start and tokens[k + 1].norm.lstrip("و") in STATES:
                return TOPIC  # إغلاق الحدود مع الجزائر … والبنك الدولي: the states' business
            if k > 0 and CO_ORGANISING.intersection(tokens[k - 1].variants[:3]):
                return ORGANISER  # تنظمه الغرفة بشراكة مع …
            if k + 1 < start and ATTENDANCE.intersection(tokens[k + 1].variants[:3]):
                return ATTENDING  # مع مشاركة السيد …، مع حضور ممثل …: present, no party
            return _in_speech(doc, k) or CUE
        if norm == "بمشاركه" and not (k > 0 and tokens[k - 1].norm == "مع"):
            return PARTICIPATING
        if norm in LAUNCHING:
            # أعطى انطلاقتها الكاتب العام للولاية ورئيس المجلس الإقليمي: those who open the
            # event take part in it (an administration opening it is still none)
            return PARTICIPATING
        if (
            norm in SERVICES
            and k + 2 < start
            and tokens[k + 1].norm in DECONCENTRATED
            and tokens[k + 2].norm in _EMBODIED
        ):
            return ATTENDING  # المصالح الخارجية ممثلة في المكتب …: the state's services
        if ATTENDANCE.intersection(found):
            # مع مشاركة جمعية …: beside the meeting, as مع مشاركة السيد … above
            return ATTENDING if k > 0 and tokens[k - 1].norm == "مع" else PRESENT
        if PATRONAGE.intersection(found):
            if agent:
                continue  # نظم تحت إشراف الوزارة، من طرف المديرية: the directorate organised
            return PATRON
        if TOPIC_WORDS.intersection(found) and start - k <= _TOPIC_WINDOW:
            return TOPIC
        if norm in ("ان", "بان", "بانه", "انه") and _speech_before(doc, k):
            return SPEECH
    return PLAIN


# The state's services in the regions, named as a whole before the list of them (ممثلة في …).
_EMBODIED = frozenset(("ممثله", "ممثلين", "ممثلا"))


def _strong(token) -> bool:
    """A cue of co-organising or signing: بشراكة، اتفاقية، نظمها، وقعت، بمبادرة."""
    found = token.variants[:3]
    return bool(
        COOPERATION.intersection(found)
        or ORGANISING.intersection(found)
        or any(ORGANISING_FORMS.match(v) for v in found)
    )


def _speech_before(doc: Document, k: int) -> bool:
    """Whether a speaker's verb comes in the few words before token k."""
    return any(SPEECH_WORDS.intersection(t.variants[:3]) for t in doc.tokens[max(0, k - 4) : k])


def _in_speech(doc: Document, k: int) -> str | None:
    """SPEECH when token k sits in what a speaker said: a speaker's verb earlier in its
    sentence (أكد أحمد …، مفيدا بعقده اجتماعا مع …)."""
    tokens = doc.tokens
    sentence = doc.sentence_of(k)
    for j in range(k - 1, max(-1, k - _WINDOW), -1):
        if doc.sentence_of(j) != sentence:
            return None
        if _strong(tokens[j]):
            return None  # أكد أن الغرفة وقعت اتفاقية مع …: the signing is told, and real
        if SPEECH_WORDS.intersection(tokens[j].variants[:3]):
            return SPEECH
        if ATTENDANCE.intersection(tokens[j].variants[:3]):
            return None
    return None


# A national initiative (المبادرة الوطنية للتنمية البشرية) funds as a programme does; it takes
# part only when it co-organises, signs, supports or funds the meeting or the chamber's project.
INITIATIVE_HEADS = frozenset(["مبادره", "المبادره"])
_FUNDING = frozenset(["بتمويل", "تمويل", "بدعم", "بمساهمه"])


def initiative_takes_part(doc: Document, first: int, last: int) -> bool:
    """Whether an initiative named at first..last is a partner (ANNOTATION.md: «بشراكة مع
    المبادرة», «بتمويل من المبادرة») rather than a programme (في إطار المبادرة، استفادت من دعم
    المبادرة، ذكرى انطلاق المبادرة)."""
    tokens = doc.tokens
    if first >= 2 and (tokens[first - 2].norm.lstrip("و"), tokens[first - 1].norm) == (
        "في",
        "اطار",
    ):
        return False  # مشاريع ممولة في إطار المبادرة: the frame, whatever cue came before
    funded = (
        first >= 2
        and tokens[first - 1].norm == "من"
        and not tokens[first - 2].brk
        and bool(_FUNDING.intersection(tokens[first - 2].variants[:3]))
    )
    return funded or role_of(doc, first, last) in (ORGANISER, CUE)


def organises_later(doc: Document, last: int, head: str) -> bool:
    """Whether the body named before `last` is later the subject of organising by its head
    alone (ذكر بلاغ للمديرية الجهوية … أن المعرض الذي تنظمه المديرية …): the same body."""
    definite = head if head.startswith("ال") else "ال" + head
    tokens = doc.tokens
    for j in range(last + 1, len(tokens) - 1):
        if tokens[j].norm != definite or tokens[j + 1].norm.startswith("ال"):
            continue
        if ORGANISING_FORMS.match(tokens[j - 1].norm) and not tokens[j - 1].brk:
            return True
    return False


def visited(doc: Document, first: int) -> bool:
    """قام وفد … بزيارة لغرفة …: the body a visit is paid to, the visit's counterparty."""
    k = first - 1
    if k >= 0 and doc.tokens[k].norm in ("عمل", "رسميه", "ميدانيه") and not doc.tokens[k].brk:
        k -= 1  # بزيارة عمل لغرفة …
    return k >= 0 and not doc.tokens[k].brk and doc.tokens[k].norm.lstrip("و") in VISITS


def cooperation_in_sentence(doc: Document, first: int) -> bool:
    sentence = doc.sentence_of(first)
    for k in range(first - 1, max(-1, first - _WINDOW), -1):
        if doc.sentence_of(k) != sentence:
            return False
        if COOPERATION.intersection(doc.tokens[k].variants[:3]):
            return True
    return False


def keep(roles: list[tuple[str, bool, bool]]) -> list[bool]:
    """Which mentions are partners, from their (role, administration, minister) triples:
    the roles of the whole article together, since a list of co-organisers decides who took
    part and the bodies merely there beside them are not partners."""
    organisers = any(role == ORGANISER for role, _admin, _minister in roles)
    out = []
    for role, admin, minister in roles:
        if role in (ORGANISER, CUE, COUNCIL, PLAIN):
            out.append(True)
        elif minister:
            out.append(role in (HEAD, ATTENDING, PRESENT, REPRESENTED, PARTICIPATING))
        elif role == PARTICIPATING:
            out.append(not admin)  # بمشاركة جمعية …: a body taking part, beside co-organisers
        elif role in (HEAD, REPRESENTED, PRESENT):
            out.append(not admin and not organisers)
        else:
            out.append(False)
    return out
