"""Hostile .docx files: each is refused with a clear message naming it, at bounded cost."""

import io
import struct
import zipfile

import docx
import pytest
from django.test import override_settings

from events.importing.read import read_bytes
from events.importing.validate import ImportRefused
from tests.events.importing.test_docx import HEADLINE, PARAGRAPH, make_docx

DOCUMENT = "word/document.xml"


def rewrite(data: bytes, part: str, content: bytes, *, stored=False) -> bytes:
    """The .docx `data` with `part` replaced by `content`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            body = content if info.filename == part else source.read(info)
            method = (
                zipfile.ZIP_STORED if stored and info.filename == part else zipfile.ZIP_DEFLATED
            )
            target.writestr(info.filename, body, compress_type=method)
    return out.getvalue()


def central_entry(data: bytes, part: str) -> int:
    """Offset of `part`'s entry in the central directory."""
    name = part.encode()
    at = data.find(b"PK\x01\x02")
    while at != -1:
        length = struct.unpack("<H", data[at + 28 : at + 30])[0]
        if data[at + 46 : at + 46 + length] == name:
            return at
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(part)


@pytest.fixture
def good(tmp_path):
    return make_docx(tmp_path / "good.docx")


def refusal(data, name="hostile.docx") -> ImportRefused:
    with pytest.raises(ImportRefused) as refused:
        read_bytes(data, name=name)
    return refused.value


def test_sixteen_thousand_paragraphs_are_refused_without_reading_styles(tmp_path):
    document = docx.Document()
    document.add_paragraph(PARAGRAPH)
    body = document.element.body
    template = body[0]
    for _ in range(16_000):
        body.append(template.__copy__())
    document.save(tmp_path / "many.docx")
    refused = refusal((tmp_path / "many.docx").read_bytes())
    assert refused.code == "too_many_paragraphs"


def test_many_headings_take_their_style_from_one_map(tmp_path):
    document = docx.Document()
    for _ in range(2000):
        document.add_paragraph("فقرة", style="Heading 2")
    document.add_heading(HEADLINE, level=1)
    document.add_paragraph(PARAGRAPH)
    document.save(tmp_path / "headings.docx")
    source = read_bytes((tmp_path / "headings.docx").read_bytes(), name="headings.docx")
    assert source.title == HEADLINE


@override_settings(IMPORT_MAX_INFLATED_BYTES=1024 * 1024)
def test_a_part_that_inflates_past_the_limit_is_refused_before_parsing(good):
    xml = zipfile.ZipFile(io.BytesIO(good)).read(DOCUMENT)
    bomb = rewrite(good, DOCUMENT, xml.replace(b"<w:body>", b"<w:body>" + b" " * 20_000_000))
    assert len(bomb) < 100_000
    assert refusal(bomb).code == "too_large"


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol4;</w:t></w:r></w:p></w:body></w:document>"""


@pytest.mark.parametrize(
    "part,content",
    [
        pytest.param(DOCUMENT, BILLION_LAUGHS, id="billion-laughs"),
        pytest.param(DOCUMENT, b"<w:document><w:body><w:p>", id="malformed-xml"),
        pytest.param("[Content_Types].xml", b"<Types><Default/></Types>", id="content-types"),
        pytest.param("[Content_Types].xml", b"not xml", id="content-types-garbage"),
        pytest.param("word/styles.xml", b"<w:styles", id="malformed-styles"),
    ],
)
def test_broken_parts_are_refused_naming_the_file(good, part, content):
    refused = refusal(rewrite(good, part, content), name="press.docx")
    assert refused.code == "bad_docx"
    assert "press.docx" in refused.message


def test_a_member_with_a_bad_crc_is_refused(good):
    xml = zipfile.ZipFile(io.BytesIO(good)).read(DOCUMENT)
    data = bytearray(rewrite(good, DOCUMENT, xml, stored=True))
    at = data.find(PARAGRAPH.encode()[:20])
    data[at] ^= 0x01  # one flipped bit in the stored text
    assert refusal(bytes(data)).code == "bad_docx"


@pytest.mark.parametrize("declared", [100, 3_000_000_000], ids=["smaller", "larger"])
def test_a_lying_central_directory_is_refused(good, declared):
    data = bytearray(good)
    at = central_entry(good, DOCUMENT)
    data[at + 24 : at + 28] = struct.pack("<I", declared)
    assert refusal(bytes(data)).code in ("bad_docx", "too_large")
