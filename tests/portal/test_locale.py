"""Every interface string of the public pages has a French label in locale/ (compiled)."""

import re
from pathlib import Path

import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_TEMPLATES = [
    *sorted((ROOT / "templates" / "events").glob("*.html")),
    ROOT / "templates" / "base.html",
    ROOT / "templates" / "404.html",
    ROOT / "templates" / "500.html",
    ROOT / "templates" / "_error_language_switch.html",
]
PUBLIC_MODULES = ["events/views.py", "events/filters.py", "events/feeds.py", "events/exports.py"]

TRANSLATE = re.compile(r"""{%\s*translate\s+(["'])(.+?)\1""")
BLOCK = re.compile(r"{%\s*blocktranslate\b[^%]*%}(.*?){%\s*endblocktranslate\s*%}", re.S)
DEFAULT = re.compile(r"""_\((["'])(.+?)\1\)""")
GETTEXT = re.compile(r"""\b_\(\s*(["'])(.+?)\1""")


def _template_strings() -> set[str]:
    found = set()
    for path in PUBLIC_TEMPLATES:
        source = path.read_text(encoding="utf-8")
        found |= {m.group(2) for m in TRANSLATE.finditer(source)}
        found |= {m.group(2) for m in DEFAULT.finditer(source)}
        for m in BLOCK.finditer(source):
            found.add(re.sub(r"{{\s*(\w+)\s*}}", r"%(\1)s", m.group(1)))
    return found


def _module_strings() -> set[str]:
    found = set()
    for name in PUBLIC_MODULES:
        source = (ROOT / name).read_text(encoding="utf-8")
        found |= {m.group(2) for m in GETTEXT.finditer(source)}
    return found


ARABIC = re.compile(r"[\u0600-\u06ff]")
STRINGS = sorted(s for s in _template_strings() | _module_strings() if ARABIC.search(s))


def test_the_scan_finds_the_interface_strings():
    assert "تصفية النتائج" in STRINGS
    assert "عدد اللقاءات: %(n)s" in STRINGS
    assert len(STRINGS) > 60


@pytest.mark.parametrize("msgid", STRINGS)
def test_every_interface_string_has_a_french_label(msgid):
    with translation.override("fr"):
        french = translation.gettext(msgid)
    assert french != msgid, f"no French label for {msgid!r}"
    assert not ARABIC.search(french), f"the French label of {msgid!r} is Arabic: {french!r}"
