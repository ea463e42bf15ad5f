"""Checks on what comes in, each refusing with a message an editor can act on."""

from __future__ import annotations

import logging
import re

from django.conf import settings
from django.db import DatabaseError
from django.template.defaultfilters import filesizeformat

from events import arabic

logger = logging.getLogger("events.importing")

_SCRIPT = re.compile(r"<\s*script\b|javascript\s*:", re.IGNORECASE)
# Control characters other than tab, newline and carriage return: text never has many.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ImportRefused(Exception):
    """An input that cannot become an article; `message` is Arabic, for the editor."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return self.message


def unexpected(name: str, error: Exception) -> ImportRefused:
    """The refusal of one input of a batch that failed in a way no check foresaw: logged with
    its traceback, and the batch goes on (database errors are not inputs' faults: they stop it)."""
    if isinstance(error, DatabaseError):
        raise error
    logger.error("import of %s failed", name, exc_info=error)
    return ImportRefused(
        f"تعذّرت قراءة «{name}» لخطأ غير متوقع: سُجّل الخطأ، والملفات الأخرى تُستورد.",
        code="unexpected",
    )


def too_large(limit: int | None = None) -> ImportRefused:
    limit = limit or settings.IMPORT_MAX_BYTES
    return ImportRefused(
        f"المحتوى أكبر من الحد المسموح به ({filesizeformat(limit)}).", code="too_large"
    )


def check_size(size: int) -> None:
    if size > settings.IMPORT_MAX_BYTES:
        raise too_large()


def check_paragraphs(count: int) -> None:
    """A press article has tens of paragraphs; tens of thousands are a way to stall a worker."""
    if count > settings.IMPORT_MAX_PARAGRAPHS:
        raise ImportRefused(
            f"المستند يحتوي على فقرات كثيرة جداً ({count}، والحد {settings.IMPORT_MAX_PARAGRAPHS}):"
            " ليس مقالاً صحفياً.",
            code="too_many_paragraphs",
        )


def check_not_binary(data: bytes) -> None:
    if b"\x00" in data:
        raise ImportRefused(
            "الملف ثنائي وليس نصاً (صورة أو برنامج أو ملف مضغوط؟). أرسل نص المقال.",
            code="binary",
        )


def check_text(text: str) -> str:
    """The text, stripped, once it is known to be a non-empty Arabic article without code."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    check_size(len(text.encode("utf-8")))
    if len(text) > settings.IMPORT_MAX_CHARS:
        raise ImportRefused(
            f"النص أطول من الحد المسموح به ({settings.IMPORT_MAX_CHARS} حرف): ليس مقالاً صحفياً.",
            code="too_long",
        )
    check_paragraphs(text.count("\n") + 1)
    if not text:
        raise ImportRefused("النص فارغ: لا شيء يُستورد.", code="empty")
    # PostgreSQL cannot store NUL in text: one is enough to refuse, not only many.
    if "\x00" in text:
        raise ImportRefused("المحتوى يبدو ملفاً ثنائياً وليس نصاً. أرسل نص المقال.", code="binary")
    if len(_CONTROL.findall(text)) > max(3, len(text) // 100):
        raise ImportRefused("المحتوى يبدو ملفاً ثنائياً وليس نصاً. أرسل نص المقال.", code="binary")
    if _SCRIPT.search(text):
        raise ImportRefused(
            "النص يحتوي على شيفرة برمجية (<script>): الصق نص المقال وحده.", code="script"
        )
    if not arabic.is_arabic(text):
        raise ImportRefused(
            "النص ليس بالعربية: البوابة تستورد المقالات العربية فقط.", code="not_arabic"
        )
    return text
