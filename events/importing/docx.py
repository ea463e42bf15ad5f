"""Word documents (.docx) as editors receive them from chambers' press officers.

Read straight from the zip with a parser that refuses DTDs (no entity can expand), after the
inflated sizes the archive declares are checked: zipfile never inflates a member past its
declared size (a lie ends in a CRC error), so the check bounds the work. Style names are read
once from styles.xml into a map by id; a paragraph's style is then one lookup.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.conf import settings

from events.importing.validate import ImportRefused, check_paragraphs, too_large

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_TITLE_STYLES = ("title", "heading 1")
# Every error a damaged archive or part can raise while it is opened, inflated or parsed.
_BROKEN = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    NotImplementedError,
    RuntimeError,  # an encrypted member
    ParseError,
    DefusedXmlException,
)


def _bad(name: str) -> ImportRefused:
    return ImportRefused(
        f"الملف «{name}» تالف أو ليس بصيغة ‎.docx (الصيغة القديمة ‎.doc غير مدعومة).",
        code="bad_docx",
    )


def _check_inflated(archive: zipfile.ZipFile) -> None:
    """Refuses before any member is inflated when the parts would inflate past the limit."""
    total = sum(info.file_size for info in archive.infolist())
    if total > settings.IMPORT_MAX_INFLATED_BYTES:
        raise too_large()


def _xml(archive: zipfile.ZipFile, part: str) -> Element:
    return fromstring(archive.read(part), forbid_dtd=True)


def _main_part(archive: zipfile.ZipFile) -> str:
    types = _xml(archive, "[Content_Types].xml")
    for override in types.iter(f"{_CONTENT_TYPES}Override"):
        if override.get("ContentType") == _MAIN:
            return override.get("PartName", "").lstrip("/")
    raise KeyError("no main document part")


def _style_names(archive: zipfile.ZipFile, main: str) -> dict[str, str]:
    folder = main.rpartition("/")[0]
    part = f"{folder}/styles.xml" if folder else "styles.xml"
    if part not in archive.namelist():
        return {}
    names = {}
    for style in _xml(archive, part).iter(f"{W}style"):
        name = style.find(f"{W}name")
        if name is not None:
            names[style.get(f"{W}styleId", "")] = (name.get(f"{W}val") or "").lower()
    return names


def _core_title(archive: zipfile.ZipFile) -> str:
    if "docProps/core.xml" not in archive.namelist():
        return ""
    title = _xml(archive, "docProps/core.xml").find(_DC_TITLE)
    return (title.text or "").strip() if title is not None else ""


def _run_text(run: Element) -> str:
    parts = []
    for child in run:
        if child.tag == f"{W}t":
            parts.append(child.text or "")
        elif child.tag == f"{W}tab":
            parts.append("\t")
        elif child.tag == f"{W}cr" or (
            child.tag == f"{W}br" and child.get(f"{W}type") in (None, "textWrapping")
        ):
            parts.append("\n")
        elif child.tag == f"{W}noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _paragraph_text(paragraph: Element) -> str:
    parts = []
    for child in paragraph:
        if child.tag == f"{W}r":
            parts.append(_run_text(child))
        elif child.tag in (f"{W}hyperlink", f"{W}ins"):
            parts.extend(_run_text(run) for run in child.iter(f"{W}r"))
    return "".join(parts)


def _style_id(paragraph: Element) -> str:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    return style.get(f"{W}val", "") if style is not None else ""


def read_docx(data: bytes, *, name: str = "document.docx") -> tuple[str, str]:
    """(text, title): body paragraphs in order, then table rows; the title is the core
    property or the first Title / Heading 1 paragraph when there is one."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_inflated(archive)
            main = _main_part(archive)
            body = _xml(archive, main).find(f"{W}body")
            if body is None:
                raise KeyError("no body")
            check_paragraphs(sum(1 for _ in body.iter(f"{W}p")))
            styles = _style_names(archive, main)
            title = _core_title(archive)
    except ImportRefused:
        raise
    except _BROKEN as error:
        raise _bad(name) from error
    lines: list[str] = []
    for paragraph in body.iterfind(f"{W}p"):
        line = _paragraph_text(paragraph).strip()
        if not line:
            continue
        if not title and styles.get(_style_id(paragraph)) in _TITLE_STYLES:
            title = line
        lines.append(line)
    for table in body.iterfind(f"{W}tbl"):
        for row in table.iterfind(f"{W}tr"):
            cells = []
            for cell in row.iterfind(f"{W}tc"):
                text = "\n".join(_paragraph_text(p) for p in cell.iterfind(f"{W}p")).strip()
                if text:
                    cells.append(text)
            if cells:
                lines.append(" ".join(cells))
    return "\n".join(lines), title
