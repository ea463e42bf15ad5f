"""The article body without the page around it, and its headline when it has one.

Works line by line: news sites put their furniture (sections, counters, bylines, image names,
comment forms, share buttons) on lines of their own around the article's paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from events.arabic import normalise
from events.extraction.datelines import is_dated_line, is_reporter_line

# Phrases that only page furniture contains (normalised, matched inside short lines).
_FURNITURE_PHRASES = tuple(
    normalise(p)
    for p in (
        "اترك رد",
        "اترك تعليقا",
        "اترك تعليق",
        "أضف تعليق",
        "أضف تعليقاً",
        "لن يتم نشر عنوان بريدك",
        "الحقول الإلزامية",
        "الحقول المطلوبة",
        "مقالات مشابهة",
        "مقالات ذات صلة",
        "أخبار ذات صلة",
        "اقرأ أيضا",
        "إقرأ أيضا",
        "اقرأ المزيد",
        "إقرأ المزيد",
        "شارك المقال",
        "شارك هذا",
        "شارك على",
        "مشاركة المقال",
        "نسخ الرابط",
        "تابعونا على",
        "المقال السابق",
        "المقال التالي",
        "الخبر السابق",
        "الخبر التالي",
        "جميع الحقوق محفوظة",
        "كل الحقوق محفوظة",
        "حفظ اسمي",
        "النشرة البريدية",
        "اشترك في",
        "الوسوم",
        "كلمات مفتاحية",
        "التعليقات مغلقة",
        "لا توجد تعليقات",
        "back to top",
        "leave a reply",
        "read more",
        "powered by",
        "share this",
        "facebook",
        "twitter",
        "whatsapp",
        "telegram",
        "linkedin",
        "pinterest",
    )
)
# Ta marbuta only ends a word: a conjunction right after it opens the next word, glued on by a
# copy (جماعة الحسيمةوبتنسيق مع). Not before an article: glued region names
# (تطوانوطنجةوالحسيمة) are read whole by the gazetteer.
_GLUED_AFTER_TA = re.compile("ة(?=و[\u0621-\u0626\u0628-\u064a])")
# Whole lines that are furniture whatever their length.
_FURNITURE_LINES = (
    re.compile(r"^[\d\s.,:/|-]+$"),  # counters: "0 425", "12 | 3"
    re.compile(r"^[\w-]*\d{5,}[\w-]*$"),  # image names: 550563856-1254548683367874-…-n
    re.compile(r"\.(jpe?g|png|gif|webp|bmp)\b"),
    re.compile(r"^(img|dsc|image|photo|whatsapp image|screenshot)[\w\s-]*$"),
    re.compile(r"^(منذ|قبل)\s+\d+\s+(دقيقه|دقائق|ساعه|ساعات|يوم|ايام|اسبوع|اسابيع)"),
    re.compile(r"^(منذ|قبل)\s+(دقيقه|دقيقتين|ساعه|ساعتين|يوم|يومين|اسبوع|اسبوعين)(?!\w)"),
    # A post's counters: "25 إعجاب 4 تعليقات 12 مشاركة", "1,2k likes".
    re.compile(
        r"^(?:[\d.,]+\s*k?\s*(?:اعجاب|اعجابات|تعليق|تعليقات|مشاركه|مشاركات|مشاهده|مشاهدات"
        r"|likes?|comments?|shares?|views?)\s*[·•|,]?\s*)+$"
    ),
    # A post's own timestamp: "١٦ يونيو ٢٠٢٤ · 🌍", "16 juin 2024 à 10:30 ·".
    re.compile(
        r"^[^.!?]{0,60}\d[^.!?]{0,40}\s[·•]\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\s*)*$"
    ),
    re.compile(r"^[^.!?]{0,60}\d[^.!?]{0,40}\s*[\U0001F30D-\U0001F30F]\s*$"),
    re.compile(r"^(الرئيسيه|الصفحه الرئيسيه)(\s*[>»/|].*)?$"),
)
# Short lines that are bylines, counters or meta lines: "كتبه: … | 29 أغسطس 2024 | 1.245 مشاهدة".
_BYLINE_LINES = (
    re.compile(r"^(كتبه|كتبته|بقلم|حرر|حرره|حررته|تحرير|اعداد|اعدته|اعده)(\s*[:|-]|\s)"),
    re.compile(r"[\d.,]+\s*(مشاهده|مشاهدات|قراءه|قراءات|تعليق|تعليقات)(?!\w)"),
    re.compile(r"\|.*\|"),
)
_STAMP_WORDS = 12
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?؟:]\s*$")
# A headline's own stops: "… تعقد جمعيتها العامة ." or "… في نسخته الثانية .." (a space before
# the dot, or two dots), not a sentence's.
_HEADLINE_DOTS = re.compile(r"(?:\s\.|\.\.)\s*$")
# A reporter's line: a name, a slash or dash, and the desk (أبو إياد / مكتب مراكش، جديد انفو -
# تنغير / متابعة، هشام العصادي – مراسلون 24).
_DESK_WORDS = frozenset(["مكتب", "متابعه", "مراسل", "مراسله", "مراسلون", "موفد", "تصوير"])
_DESK_MARK = re.compile(r"\s[/–—-]\s|\s/|/\s")
_BULLET = re.compile(r"^\s*[•▪●*-]")
# A social-media post's timestamp line, with its "·" or its globe: the line above it is the
# page's name, not a headline.
_POST_STAMP = re.compile(r"[·•]|[\U0001F30D-\U0001F30F]")


@dataclass(frozen=True)
class Cleaned:
    body: str
    title: str | None  # the headline, when the article has one; it is the body's first line
    # Short lines around the headline that hold a figure (a page's date stamp, "30 ديسمبر
    # 2016 آخر تحديث"): dropped from the body, kept for the year they give.
    stamps: tuple[str, ...] = ()


def _is_furniture(line: str, folded: str, n_words: int) -> bool:
    if any(p.search(folded) for p in _FURNITURE_LINES):
        return True
    if n_words <= 20 and any(p.search(folded) for p in _BYLINE_LINES):
        return True
    return n_words <= 14 and any(phrase in folded for phrase in _FURNITURE_PHRASES)


# A site's label above the article: the chamber's name, a dash and its town ("غرفة الصيد
# البحري المتوسطية – طنجة"), not a headline (place_context.chamber_label reads it for the city).
_CHAMBER_LABEL = re.compile(r"^(?:ال)?غرف[هة]\s.*\s?[-–—]\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*$")


def _is_desk(line: str) -> bool:
    words = normalise(line).split()
    if len(words) <= 9 and _CHAMBER_LABEL.match(normalise(line)):
        return True
    return len(words) <= 7 and bool(_DESK_MARK.search(line)) and bool(_DESK_WORDS & set(words))


def clean(raw: str) -> Cleaned:
    lines: list[tuple[str, int]] = []
    # A dispatch's dateline on a line of its own ("الرباط - 14 مارس 2024 (ومع)") is part of
    # the body (it dates the dispatch), never the headline; nor is a town and its reporter.
    datelines: set[int] = set()
    reporters: set[int] = set()
    furniture: list[tuple[int, str]] = []  # (lines kept before it, line) for the stamps
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.strip().strip("\u200f\u200e\ufeff").strip()
        line = _GLUED_AFTER_TA.sub("ة ", line)
        if not line:
            continue
        folded = normalise(line)
        n_words = len(folded.split())
        if _is_furniture(line, folded, n_words):
            furniture.append((len(lines), line))
            if (
                len(lines) == 1
                and lines[0][1] <= 12
                and _POST_STAMP.search(folded)
                and not _SENTENCE_END.search(lines[0][0])
            ):
                lines.pop()  # the page's name above the post's timestamp
            continue
        if n_words <= 10 and is_dated_line(folded):
            datelines.add(len(lines))
        elif n_words <= 7 and is_reporter_line(folded):
            reporters.add(len(lines))
        lines.append((line, n_words))
    if not lines:
        return Cleaned("", None)

    def is_paragraph(line: str, n: int) -> bool:
        if n < 25 and _HEADLINE_DOTS.search(line):
            return False
        return n >= 25 or (n >= 10 and bool(_SENTENCE_END.search(line)))

    paragraphs = [i for i, (line, n) in enumerate(lines) if is_paragraph(line, n)]
    if not paragraphs:
        return Cleaned("\n".join(line for line, _ in lines), None)
    first, last = paragraphs[0], paragraphs[-1]

    # Before the first paragraph: a headline, and sections, bylines or dates around it.
    title = None
    head = [
        (line, n)
        for i, (line, n) in enumerate(lines[:first])
        if 4 <= n <= 40
        and (not _SENTENCE_END.search(line) or _HEADLINE_DOTS.search(line))
        and i not in datelines
        and i not in reporters
        and not _is_desk(line)
    ]
    if len(head) > 1 and not all(_BULLET.match(line) for line, _ in head):
        head = [item for item in head if not _BULLET.match(item[0])]  # a bulleted sub-heading
    if head:
        title = max(head, key=lambda item: item[1])[0]
    # A dateline line just above the first paragraph stays in the body, dating the dispatch.
    dateline = [lines[first - 1][0]] if first - 1 in datelines | reporters else []
    # A dated line the body does not keep (تاريخ النشر : 12/11/2016 above the headline) is
    # the page's stamp.
    stamps = tuple(
        line
        for i, (line, n) in enumerate(lines[:first])
        if n <= _STAMP_WORDS
        and line != title
        and (i not in datelines or not dateline)
        and _DIGIT.search(line)
    ) + tuple(line for at, line in furniture if at <= first and _DIGIT.search(line))
    # After the last paragraph: bylines, tags and short labels, unless they end a sentence.
    tail = [line for line, n in lines[last + 1 :] if n > 4 or _SENTENCE_END.search(line)]
    kept = (
        ([title] if title else []) + dateline + [line for line, _ in lines[first : last + 1]] + tail
    )
    return Cleaned("\n".join(kept), title, stamps)
