"""Word documents (.docx) as editors receive them from chambers' press officers."""

from __future__ import annotations

import io
import zipfile

import docx

from events.importing.validate import ImportRefused


def read_docx(data: bytes) -> tuple[str, str]:
    """(text, title): paragraphs and table cells in order; the title is the core property
    or the first Heading paragraph when there is one."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ImportRefused(
            "ملف Word تالف أو ليس بصيغة ‎.docx (الصيغة القديمة ‎.doc غير مدعومة).", code="bad_docx"
        ) from error
    lines: list[str] = []
    title = (document.core_properties.title or "").strip()
    for paragraph in document.paragraphs:
        line = paragraph.text.strip()
        if not line:
            continue
        if (
            not title
            and paragraph.style is not None
            and paragraph.style.name in ("Title", "Heading 1")
        ):
            title = line
        lines.append(line)
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text.strip() for cell in row.cells if cell.text.strip()]
            if cells:
                lines.append(" ".join(cells))
    return "\n".join(lines), title
