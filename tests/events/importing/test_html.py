import datetime
from pathlib import Path

import pytest

from events.importing.html import read_html
from events.importing.read import read_bytes, read_text
from events.importing.validate import ImportRefused

PAGE = Path(__file__).resolve().parents[2] / "fixtures_import" / "article_oriental.html"
HEADLINE = "غرفة التجارة والصناعة والخدمات للشرق تستضيف لقاءً جهوياً لدعم التعاونيات"


def test_saved_page_gives_main_text_headline_date_and_outlet():
    page = read_html(PAGE.read_text(encoding="utf-8"))
    assert page.title == HEADLINE
    assert page.published_on == datetime.date(2025, 9, 24)
    assert page.outlet == "الشرق اليوم"
    assert page.text.startswith(HEADLINE + "\n")
    assert "أكثر من 80 تعاونية" in page.text


@pytest.mark.parametrize(
    "furniture",
    ["alert(", "window.tracker", "إعلان مزعج", "مقالات مشابهة", "جميع الحقوق محفوظة", "color: red"],
)
def test_scripts_styles_and_page_furniture_are_left_out(furniture):
    assert furniture not in read_html(PAGE.read_text(encoding="utf-8")).text


def test_html_file_in_windows_1256_is_read_through_its_bytes():
    html = PAGE.read_text(encoding="utf-8").replace('<meta charset="utf-8">', "")
    source = read_bytes(html.encode("cp1256", errors="ignore"), name="page.html")
    assert source.title == HEADLINE
    assert "وجدة" in source.text


def test_pasted_html_is_read_as_a_page_not_refused_for_its_script():
    source = read_text(PAGE.read_text(encoding="utf-8"))
    assert source.title == HEADLINE
    assert "<script" not in source.text


def test_page_that_is_only_scripts_is_refused():
    html = (
        "<html><head><script>var a = 'نص عربي في شيفرة';</script></head>"
        "<body><script>go()</script></body></html>"
    )
    with pytest.raises(ImportRefused) as refused:
        read_bytes(html.encode(), name="empty.html")
    assert refused.value.code == "empty"


def test_a_page_of_tens_of_thousands_of_elements_is_refused_before_extraction():
    page = "<html><body>" + "<p>نص المقال في فقرة قصيرة</p>" * 40000 + "</body></html>"
    with pytest.raises(ImportRefused) as refused:
        read_bytes(page.encode(), name="big.html")
    assert refused.value.code == "too_many_elements"
