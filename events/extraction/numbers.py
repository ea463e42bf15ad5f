"""The number of participants: a count of people or bodies next to a word of attendance
(بمشاركة أكثر من 80 تعاونية، لفائدة 250 تعاونية، حضره 120 مشاركا)."""

from __future__ import annotations

from events.arabic import words
from events.extraction.document import Document
from events.extraction.result import Found

_TRIGGERS = frozenset(
    words(
        "مشاركة بمشاركة وبمشاركة حضور بحضور حضره حضرها حضر لفائدة استفاد استفادت يستفيد "
        "شارك شاركت يشارك شارك فيه جمع جمعت ضم بلغ وصل عدد"
    )
)
_PEOPLE = frozenset(
    words(
        "مشارك مشاركا مشاركة مشاركين مشاركات شخص شخصا أشخاص مستفيد مستفيدا مستفيدة مستفيدين "
        "حاضر حاضرا"
    )
)
_COUNTED = _PEOPLE | frozenset(
    words(
        "عارض عارضا عارضة ممثل ممثلا مقاول مقاولا مقاولة مقاولات تعاونية تعاونيات جمعية جمعيات "
        "مهني مهنيا مهنية حرفي حرفيا صانع صانعا صانعة فلاح فلاحا طالب طالبا طالبة امرأة "
        "شاب شابا شابة منتسب منتسبا ضيف ضيفا فاعل فاعلا فاعلة خبير خبيرا مقاولة حامل "
        "مستثمر مستثمرا منتخب منتخبا إطار إطارا رئيس رئيسا"
    )
)


def find_participants(doc: Document, excluded: list[tuple[int, int]]) -> Found[int | None]:
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if not token.digit or token.brk or i + 1 >= len(tokens):
            continue
        if any(a <= token.start < b for a, b in excluded):
            continue
        value = int(token.norm)
        noun = tokens[i + 1].norm
        if noun not in _COUNTED and not (noun[:1] == "و" and noun[1:] in _COUNTED):
            continue
        if value < 2 or value > 100000:
            continue
        before = {v for t in tokens[max(0, i - 6) : i] for v in t.variants[:2]}
        if noun in _PEOPLE or before & _TRIGGERS:
            return Found(value, (token.start, tokens[i + 1].end), 0.8 if noun in _PEOPLE else 0.7)
    return Found(None, None, 0.0)
