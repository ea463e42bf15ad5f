import codecs

import pytest

from events.importing.decode import decode_bytes
from events.importing.validate import ImportRefused

TEXT = (
    "احتضن مقر غرفة التجارة والصناعة والخدمات بوجدة يوم 23 شتنبر 2025 لقاءً جهوياً لدعم التعاونيات."
)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(TEXT.encode("utf-16-le"), id="utf-16-le"),
        pytest.param(TEXT.encode("utf-16-be"), id="utf-16-be"),
        pytest.param(TEXT.encode("cp1256"), id="windows-1256"),
    ],
)
def test_each_encoding_reads_back_the_same_text(data):
    assert decode_bytes(data) == TEXT


def test_windows_1256_file_written_to_disk_reads_right(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(TEXT.encode("cp1256"))
    assert decode_bytes(path.read_bytes()) == TEXT


@pytest.mark.parametrize(
    ("data", "code"),
    [
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary", id="png"
        ),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 40, "binary", id="zip"),
        pytest.param(
            TEXT.encode("utf-8")[:40] + b"\xff\xfe\xfa" + TEXT.encode("utf-8")[40:],
            "broken_encoding",
            id="utf-8-with-bad-bytes",
        ),
        pytest.param(
            codecs.BOM_UTF16_LE + b"\x00\xd8", "broken_encoding", id="utf-16-lone-surrogate"
        ),
    ],
)
def test_binary_and_broken_input_is_refused(data, code):
    with pytest.raises(ImportRefused) as refused:
        decode_bytes(data)
    assert refused.value.code == code
