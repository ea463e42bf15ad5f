"""events.duplicates: an article's identity, and its near duplicates of one day and region."""

import datetime

import pytest

from events import duplicates
from events.models import Article, Chamber, Region
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db


# --- identity of an article -------------------------------------------------------------------


def test_content_hash_ignores_spelling_variants_and_whitespace():
    assert duplicates.content_hash("لقاءً  جهوياً\nبمدينة  وجدة") == duplicates.content_hash(
        "لقاء جهويا بمدينه وجده"
    )


def test_content_hash_tells_different_texts_apart():
    assert duplicates.content_hash("لقاء بوجدة") != duplicates.content_hash("لقاء بفاس")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param("أ ب ج د", "أ ب ج د", 1.0, id="same"),
        pytest.param("أ ب ج د", "أ ب ج هـ", 1 / 3, id="one-word-changed"),
        pytest.param("أ ب ج", "د هـ و", 0.0, id="disjoint"),
        pytest.param("", "أ ب ج", 0.0, id="empty"),
    ],
)
def test_jaccard_of_word_shingles(a, b, expected):
    assert duplicates.jaccard(duplicates.shingles(a), duplicates.shingles(b)) == pytest.approx(
        expected
    )


def _article_with_meeting(text, *, chamber="ccis-oriental", date=datetime.date(2025, 9, 23)):
    chamber = Chamber.objects.get(slug=chamber)
    article = Article.objects.create(
        raw_text=text, text=text, content_hash=f"{Article.objects.count():064d}", chamber=chamber
    )
    make_meeting(chamber=chamber, date=date, status="draft", article=article)
    return article


LONG = (
    "احتضن مقر غرفة التجارة والصناعة والخدمات لجهة الشرق بوجدة لقاء جهويا لدعم التعاونيات "
    "في إطار برنامج التنمية المحلية المندمجة بمشاركة أكثر من ثمانين تعاونية من أقاليم الجهة "
    "وممثلين عن وكالة جهة الشرق وبرنامج الأمم المتحدة الإنمائي ومكتب تنمية التعاون"
)


def test_near_duplicates_need_same_day_same_region_and_similar_text():
    first = _article_with_meeting(LONG)
    _article_with_meeting(LONG + " ", date=datetime.date(2025, 9, 24))  # another day
    _article_with_meeting(LONG + "  ", chamber="ccis-casablanca-settat")  # another region
    other_outlet = LONG.replace("لقاء جهويا", "لقاء جهويا هاما") + " وقد نوه الحاضرون بالمبادرة"
    found = duplicates.find_near_duplicates(
        other_outlet, date=datetime.date(2025, 9, 23), region=Region.objects.get(slug="oriental")
    )
    assert found == [first]
