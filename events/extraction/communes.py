"""Towns the gazetteer lacks, where the text says the meeting is: a commune before its
province or owning the venue's building, a commune named in the venue by its province, a town
abroad before its country, a town written after مدينة / جماعة, a commune named after its market
day."""

from __future__ import annotations

import re

from events.extraction.document import Document
from events.extraction.partner_abroad import COUNTRIES, FOREIGN_CITIES
from events.extraction.place_context import planned
from events.extraction.places import PROVINCE_CUES, PlaceMention
from events.extraction.result import Found
from events.extraction.venues import HOSTS, VENUE_HEADS

# A town the gazetteer does not know, said to be the place (بمدينة القاهرة، بجماعة سيدي وساي),
# its seat (بمقر بلدية جزولة), or a fishing village visited (بزيارة لقرية الصيد إمسوان).
_WRITTEN_TOWN = re.compile(
    r"(?<![^\W\d_])(?:(?:ب|في\s+)(?:مقر\s+)?(?:مدينه|جماعه|بلديه)|[بل]قريه(?:\s+الصيد)?)"
    r"\s*[\"“”«]?\s*"
    r"(?P<name>[^\W\d_]{2,}(?:\s+[^\W\d_]{2,})?)"
)
# A town abroad named before its country, where the meeting is held: ينظم بكونيل بإسبانيا.
_TOWN_ABROAD = re.compile(
    r"(?<![^\W\d_])(?:[تي]?نظم|نظمت|المنظم|المنظمه|[تي]?نعقد|انعقدت|المنعقد|المنعقده|[تي]قام"
    r"|المقام|المقامه|عقد|عقدت|[تي]عقد)\s+"
    r"ب(?P<name>[^\W\d_]{3,})\s+ب(?:ال)?(?P<country>[^\W\d_]{3,})(?![^\W\d_])"
)
# A known city abroad right after the verb that holds or signs, its day between (وقعت الغرفة،
# اليوم الأربعاء بالرياض، اتفاقيتي تعاون): held there, though its country goes unsaid.
_HELD_IN_CITY = re.compile(
    r"(?<![^\W\d_])(?:[تي]?نظم|نظمت|[تي]?نعقد|انعقدت|عقد|عقدت|[تي]عقد|وقع|وقعت|[تي]وقع)"
    r"(?:\s+[^\s.]+){0,14}?\s+ب(?P<name>[^\W\d_]{3,})(?![^\W\d_])"
)
# A rural commune named after its weekly market (حد كورت، سبت جزولة، خميس الزمامرة), where
# the gazetteer lacks it: not الى حد كبير، على حد قوله، بلغت حد التوتر.
_SOUK_TOWN = re.compile(
    r"(?<![^\W\d_])(?<!الي )(?<!علي )(?<!في )ب?(?P<name>(?:حد(?!\s+ال)|سبت|ثلاثاء|اربعاء|خميس)"
    # وضع حد لهذا الاحتكار، حد لهذه الظاهرة: "an end to", no souk
    r"\s+(?!كبير|سواء|قول|ذات|ما\b|بعيد|ادني|اقصي|تعبير|له|لل|لكل|لما|نهايي)[^\W\d_]{3,})"
    r"(?![^\W\d_])"
)
_TOWN_STOPS = frozenset(
    ["في", "من", "علي", "الي", "مع", "يوم", "وذلك", "التي", "الذي", "حيث", "التابعه", "التابع"]
    # بمدينة قونيا الواقعة جنوب غرب تركيا: where the town lies, not its name
    + ["الواقعه", "الواقع", "المتواجده", "المتواجد", "جنوب", "شمال", "شرق", "غرب", "وسط"]
)


_COMMUNE_CUES = frozenset(["بجماعه", "بالجماعه", "ببلديه", "بمدينه"])


def commune_before(doc: Document, m: PlaceMention) -> tuple[int, int] | None:
    """The tokens of a town the gazetteer does not know, written just before its province:
    بجماعة فم الواد بإقليم العيون → (فم, الواد)."""
    if m.cue not in PROVINCE_CUES or "ب" not in m.prefix:
        return None
    tokens = doc.tokens
    cue_at = m.first - 1
    for k in range(cue_at - 2, max(-1, cue_at - 5), -1):
        if tokens[k].brk:
            return None
        hosted = tokens[k].norm == "جماعه" and k > 0 and tokens[k - 1].norm in HOSTS
        if tokens[k].norm in _COMMUNE_CUES or hosted:  # (تحتضن جماعة القصر الصغير بإقليم …)
            words = tokens[k + 1 : cue_at]
            if any(t.brk or t.digit or t.latin for t in words):
                return None
            return (k + 1, cue_at - 1)
    return None


def building_communes(doc: Document, mentions: list[PlaceMention]):
    """A commune the gazetteer lacks, named as the owner of the building the meeting is in
    (بالمركب السوسيو اقتصادي لجماعة سيدي وساي، بمقر جماعة تافوغالت): its tokens."""
    tokens = doc.tokens
    known = {m.first for m in mentions}
    for i, token in enumerate(tokens):
        if token.norm not in ("لجماعه", "جماعه") or token.brk or i + 1 in known:
            continue
        building = False
        for k in range(i - 1, max(-1, i - 4), -1):
            word = tokens[k].norm
            if word[:1] == "ب" and (word[1:] in VENUE_HEADS or word[3:] in VENUE_HEADS):
                building = True
                break
            if tokens[k].brk:
                break
        if not building:
            continue
        last = i
        while last + 1 < len(tokens) and last - i < 3:
            nxt = tokens[last + 1]
            if nxt.digit or nxt.latin or nxt.norm in _TOWN_STOPS or nxt.norm[:1] in "بل":
                break
            last += 1
            if nxt.brk:
                break
        if last > i:
            yield (i + 1, last)


def commune_of_province(
    doc: Document, venue: tuple[int, int] | None, mentions: list[PlaceMention]
) -> str | None:
    """A commune named after its province, written in the venue (بالصخور الرحامنة) and as a
    commune elsewhere in the text (جماعة صخور الرحامنة): that commune."""
    if venue is None:
        return None
    tokens = doc.tokens
    for m in mentions:
        if not (venue[0] < m.first <= venue[1]) or m.cue:
            continue
        before = tokens[m.first - 1].norm
        names = [t.norm for t in tokens[m.first : m.last + 1]]
        for k in range(len(tokens) - len(names) - 1):
            if "جماعه" in tokens[k].variants[:3] and not tokens[k].brk:
                word = tokens[k + 1].norm
                if (
                    before in ("ب" + word, "بال" + word)
                    and [t.norm for t in tokens[k + 2 : k + 2 + len(names)]] == names
                ):
                    return doc.text(k + 1, k + 1 + len(names))
    return None


# A meeting held over the wire: عبر تقنية التواصل عن بعد، بتقنية التناظر المرئي، اجتماع عن بعد.
_REMOTE = re.compile(
    r"(?<![^\W\d_])(?:عبر|بواسطه|باعتماد|باستعمال|ب)\s*تقنيه\s+(?:ال)?(?:تواصل|اتصال|تناظر|مناظره)"
    r"\s+(?:عن\s+بعد|المرئي|المرييه)"
    r"|(?<![^\W\d_])(?:اجتماع|لقاء|دوره|الاجتماع|اللقاء|الدوره)\s+(?:عن\s+بعد|افتراضي|افتراضيه)"
)


def held_remotely(doc: Document) -> bool:
    """The meeting was held over the wire: no town hosted it (unless its venue is named)."""
    return bool(_REMOTE.search(doc.norm))


def held_abroad(doc: Document) -> Found[str | None] | None:
    """ينظم بكونيل بإسبانيا: the meeting is held in a town abroad, whatever towns at home the
    text names."""
    for match in _TOWN_ABROAD.finditer(doc.norm):
        country = match["country"]
        if country in COUNTRIES or "ال" + country in COUNTRIES:
            span = doc.nspan_to_body(match.start("name"), match.end("name"))
            return Found(doc.body[slice(*span)], span, 0.5)
    for match in _HELD_IN_CITY.finditer(doc.norm):
        if match["name"] in FOREIGN_CITIES:
            span = doc.nspan_to_body(match.start("name"), match.end("name"))
            return Found(doc.body[slice(*span)], span, 0.5)
    return None


def written_town(doc: Document) -> Found[str | None]:
    """The town the text says the meeting is in when the gazetteer does not know it: a town
    abroad (بمدينة القاهرة) or a rural commune (بجماعة سيدي وساي)."""
    for match in _WRITTEN_TOWN.finditer(doc.norm):
        words = match["name"].split()
        if words[0] in _TOWN_STOPS:
            continue
        if len(words) > 1 and words[1][:1] == "ب":
            if _abroad(words[1][1:]):
                continue  # بمدينة الرياض بالمملكة العربية السعودية: told of, not held there
            words = words[:1]
        if len(words) > 1 and (words[1] in _TOWN_STOPS or words[1][1:] in _TOWN_STOPS):
            words = words[:1]  # جزولة والذي يدخل …: the sentence goes on
        first = doc.token_at(doc.offsets[match.start("name")])
        if first >= len(doc.tokens) or planned(doc, first):
            continue
        last = min(first + len(words) - 1, len(doc.tokens) - 1)
        if doc.tokens[first].brk:
            last = first
        return Found(doc.text(first, last), doc.span(first, last), 0.4)
    for match in _SOUK_TOWN.finditer(doc.norm):
        span = doc.nspan_to_body(match.start("name"), match.end("name"))
        return Found(doc.body[slice(*span)], span, 0.4)
    return Found(None, None, 0.0)


_STATE_WORDS = frozenset(("المملكه", "جمهوريه", "الجمهوريه", "دوله", "الامارات"))


def _abroad(word: str) -> bool:
    """A country's name, or a state's (المملكة العربية السعودية، جمهورية مصر)."""
    return word in COUNTRIES or "ال" + word in COUNTRIES or word in _STATE_WORDS
