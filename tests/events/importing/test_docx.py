import docx
import pytest

from events.importing.read import read_bytes
from events.importing.validate import ImportRefused

HEADLINE = "لقاء تواصلي بآسفي حول الاستراتيجية الوطنية للمقاولات الصغيرة جدا"
PARAGRAPH = (
    "نظمت غرفة التجارة والصناعة والخدمات لجهة مراكش آسفي يوم الخميس 3 أكتوبر 2024 لقاءً تواصلياً."
)


def make_docx(path, *, heading=True):
    document = docx.Document()
    if heading:
        document.add_heading(HEADLINE, level=1)
    document.add_paragraph(PARAGRAPH)
    document.add_paragraph("")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "الشريك"
    table.rows[0].cells[1].text = "مركز الاستثمار بآسفي"
    document.save(path)
    return path.read_bytes()


def test_docx_gives_paragraphs_tables_and_its_heading_as_title(tmp_path):
    source = read_bytes(make_docx(tmp_path / "article.docx"), name="article.docx")
    assert source.title == HEADLINE
    assert source.text == f"{HEADLINE}\n{PARAGRAPH}\nالشريك مركز الاستثمار بآسفي"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"not a zip at all", id="text"),
        pytest.param(b"PK\x03\x04broken", id="broken-zip"),
    ],
)
def test_broken_docx_is_refused(data):
    with pytest.raises(ImportRefused) as refused:
        read_bytes(data, name="broken.docx")
    assert refused.value.code == "bad_docx"


def test_unknown_file_kind_is_refused():
    with pytest.raises(ImportRefused) as refused:
        read_bytes(b"%PDF-1.4", name="article.pdf")
    assert refused.value.code == "unsupported"
