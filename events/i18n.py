"""Which of a thing's two names a reader sees: the one rule every page, feed and export uses."""

from __future__ import annotations

from django.utils.translation import get_language


def is_french(language: str | None = None) -> bool:
    """Whether `language` (the active one when None) is French; Arabic is the default."""
    return (language or get_language() or "ar").startswith("fr")


def localised(name_ar: str | None, name_fr: str | None, *, french: bool | None = None) -> str:
    """The French name in French when there is one, else the Arabic name ('' for none).

    `french` is `is_french()` unless given: a loop over many rows asks once.
    """
    if (is_french() if french is None else french) and name_fr:
        return name_fr
    return name_ar or ""
