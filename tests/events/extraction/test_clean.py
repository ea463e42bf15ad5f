from pathlib import Path

import pytest

from events.extraction.clean import clean

SEEDS = Path(__file__).resolve().parents[3] / "fixtures" / "seeds"

FURNITURE = [
    ("counter", "001_6af0ee77e2af140b.txt", "0 425"),
    ("byline", "001_6af0ee77e2af140b.txt", "إبراهيم الصبار"),
    ("reply", "001_6af0ee77e2af140b.txt", "اترك رد"),
    ("email", "001_6af0ee77e2af140b.txt", "لن يتم نشر عنوان بريدك"),
    ("section", "002_acc5641cf57d7599.txt", "اقتصاد الشرق"),
    ("image", "002_acc5641cf57d7599.txt", "550563856-1254548683367874"),
    ("similar", "002_acc5641cf57d7599.txt", "مقالات مشابهة"),
    ("comment", "002_acc5641cf57d7599.txt", "أضف تعليقاً"),
    ("back-to-top", "002_acc5641cf57d7599.txt", "Back to top button"),
]


@pytest.mark.parametrize("file,text", [c[1:] for c in FURNITURE], ids=[c[0] for c in FURNITURE])
def test_furniture_is_removed(file, text):
    assert text not in clean((SEEDS / file).read_text(encoding="utf-8")).body


def test_headline_and_section_lines():
    cleaned = clean((SEEDS / "002_acc5641cf57d7599.txt").read_text(encoding="utf-8"))
    assert (cleaned.title, cleaned.body.split("\n")[0]) == (
        "غرفة التجارة والصناعة والخدمات للشرق تستضيف لقاءً جهوياً لدعم التعاونيات في إطار "
        "برنامج التنمية المحلية المندمجة",
    ) * 2


def test_no_headline_when_the_article_starts_with_its_text():
    cleaned = clean((SEEDS / "000_922bf012364e541c.txt").read_text(encoding="utf-8"))
    assert cleaned.title is None


def test_body_keeps_list_lines():
    cleaned = clean((SEEDS / "001_6af0ee77e2af140b.txt").read_text(encoding="utf-8"))
    assert "– الدورات التكوينية" in cleaned.body


BYLINES = [
    ("written-by", "كتبه: محمد العلوي | 3 مارس 2024 | 980 مشاهدة"),
    ("pen", "بقلم: سعاد الراضي"),
    ("views", "12 مارس 2024 - 3.410 مشاهدة"),
    ("pipes", "الرباط | 12 مارس 2024 | اقتصاد"),
]


@pytest.mark.parametrize("line", [c[1] for c in BYLINES], ids=[c[0] for c in BYLINES])
def test_byline_is_not_the_headline(line):
    paragraph = (
        "نظمت غرفة الصناعة التقليدية لجهة فاس مكناس يوم الثلاثاء لقاء تواصليا لفائدة "
        "الصناع التقليديين حول التغطية الصحية بمقر الغرفة بفاس."
    )
    cleaned = clean(f"فاس تحتضن لقاء حول التغطية الصحية للصناع\n{line}\n{paragraph}")
    assert (cleaned.title, line in cleaned.body) == (
        "فاس تحتضن لقاء حول التغطية الصحية للصناع",
        False,
    )


POST = (
    "غرفة الصناعة التقليدية لجهة سوس ماسة\n"
    "{line}\n"
    "نظمت غرفة الصناعة التقليدية لجهة سوس ماسة يوم الخميس لقاء تواصليا مع الحرفيين "
    "حول برامج الدعم المتاحة لفائدتهم بمقرها بأكادير.\n"
    "25 إعجاب 4 تعليقات ١٢ مشاركة"
)
POST_FURNITURE = [
    ("post-timestamp-globe", "١٦ يونيو ٢٠٢٤ · 🌍"),
    ("post-timestamp-dot", "16 juin 2024 à 10:30 ·"),
    ("post-relative-time", "منذ 3 ساعات"),
    ("post-relative-dual", "منذ يومين ·"),
]


@pytest.mark.parametrize("line", [c[1] for c in POST_FURNITURE], ids=[c[0] for c in POST_FURNITURE])
def test_post_timestamp_is_furniture(line):
    cleaned = clean(POST.format(line=line))
    assert line not in cleaned.body
    assert cleaned.title != line


def test_post_counters_are_furniture():
    cleaned = clean(POST.format(line="منذ 3 ساعات"))
    assert "مشاركة" not in cleaned.body.split("\n")[-1]


PAGE_NAMES = [
    ("globe", "١٦ يونيو ٢٠٢٤ · 🌍"),
    ("dot", "16 juin 2024 à 10:30 ·"),
    ("relative-dot", "منذ يومين ·"),
]


@pytest.mark.parametrize("line", [c[1] for c in PAGE_NAMES], ids=[c[0] for c in PAGE_NAMES])
def test_post_page_name_is_furniture(line):
    cleaned = clean(POST.format(line=line))
    assert cleaned.title is None
    assert not cleaned.body.startswith("غرفة الصناعة التقليدية لجهة سوس ماسة\n")


def test_dateline_line_stays_in_the_body():
    paragraph = (
        "نظمت غرفة الصناعة التقليدية لجهة فاس مكناس يوم الثلاثاء لقاء تواصليا لفائدة "
        "الصناع التقليديين حول التغطية الصحية بمقر الغرفة بفاس."
    )
    cleaned = clean(
        f"فاس تحتضن لقاء حول التغطية الصحية للصناع\nفاس - 14 مارس 2024 (ومع)\n{paragraph}"
    )
    assert (cleaned.title, cleaned.body.split("\n")[1]) == (
        "فاس تحتضن لقاء حول التغطية الصحية للصناع",
        "فاس - 14 مارس 2024 (ومع)",
    )
