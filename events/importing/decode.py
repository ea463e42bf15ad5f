"""Bytes to text for the encodings Moroccan sites and editors' machines actually produce."""

from __future__ import annotations

import codecs
import re

from events.importing.validate import ImportRefused, check_not_binary

# A UTF-8 Arabic letter is a lead byte D8–DB followed by a continuation byte.
_UTF8_ARABIC = re.compile(rb"[\xd8-\xdb][\x80-\xbf]")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or '-be' when the bytes look like UTF-16 text, else None.

    Arabic and ASCII in UTF-16 have a high byte of 0x06 or 0x00, so one of the two byte
    positions is almost always one of those: a test no UTF-8 or Windows-1256 text passes.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]

    def share(half: bytes) -> float:
        return sum(1 for b in half if b in (0x00, 0x06)) / len(half)

    if share(odd) >= 0.9 and share(even) < 0.5:
        return "utf-16-le"
    if share(even) >= 0.9 and share(odd) < 0.5:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> str:
    """The text in `data`: UTF-8 (with or without BOM), UTF-16 LE/BE (with or without BOM)
    or Windows-1256. Refuses binary data and UTF-8 with broken bytes."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        if data.startswith(codecs.BOM_UTF16_LE):
            return data[2:].decode("utf-16-le")
        if data.startswith(codecs.BOM_UTF16_BE):
            return data[2:].decode("utf-16-be")
        encoding = _utf16_without_bom(data)
        if encoding:
            return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise _broken() from error
    check_not_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        # Mostly valid UTF-8 Arabic with some bad bytes is a damaged file, not Windows-1256:
        # reading it as 1256 would store mojibake that looks Arabic.
        if len(_UTF8_ARABIC.findall(data)) * 2 >= len(data) * 0.2:
            raise _broken() from error
    return data.decode("cp1256", errors="strict")


def _broken() -> ImportRefused:
    return ImportRefused(
        "ترميز الملف معطوب: بعض الحروف لا تُقرأ. احفظ الملف بترميز UTF-8 وأعد المحاولة.",
        code="broken_encoding",
    )
