import pytest
from django.test import override_settings

from events.importing.validate import ImportRefused, check_text

ARTICLE = "نظمت غرفة الصناعة التقليدية لجهة فاس مكناس لقاءً تواصلياً لفائدة التعاونيات."


def test_arabic_article_passes_stripped():
    assert check_text(f"\n  {ARTICLE}\r\n") == ARTICLE


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("", "empty", id="empty"),
        pytest.param("   \n\t ", "empty", id="whitespace"),
        pytest.param(
            "La chambre de commerce a organisé une rencontre à Oujda.", "not_arabic", id="french"
        ),
        pytest.param(ARTICLE + "<script>alert(1)</script>", "script", id="script-tag"),
        pytest.param(
            ARTICLE + ' <a href="javascript:alert(1)">x</a>', "script", id="javascript-url"
        ),
        pytest.param(
            ARTICLE + "\x01\x02\x03\x04\x05\x06\x07\x08", "binary", id="control-characters"
        ),
    ],
)
def test_bad_text_is_refused_with_an_arabic_message(text, code):
    with pytest.raises(ImportRefused) as refused:
        check_text(text)
    assert refused.value.code == code
    assert any("\u0621" <= ch <= "\u064a" for ch in refused.value.message)


@override_settings(IMPORT_MAX_BYTES=50)
def test_text_over_the_size_limit_is_refused():
    with pytest.raises(ImportRefused) as refused:
        check_text(ARTICLE)
    assert refused.value.code == "too_large"
