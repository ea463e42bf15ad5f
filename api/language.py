"""The language of an API answer: the request's Accept-Language, Arabic by default.

The API lives outside the site's /fr/ prefix (one address per resource, whatever the reader's
language), so it is the standard header that chooses. Only messages depend on it: every
object carries both its Arabic and its French names.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

SUPPORTED = {code for code, _name in settings.LANGUAGES}


def request_language(request: HttpRequest) -> str:
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for tag, _quality in parse_accept_lang_header(header[:200]):
        base = tag.split("-")[0].lower()
        if base in SUPPORTED:
            return base
    return settings.LANGUAGE_CODE


def activate_for(request: HttpRequest) -> str:
    language = request_language(request)
    translation.activate(language)
    request.LANGUAGE_CODE = language
    return language
