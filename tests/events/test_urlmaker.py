"""events.urlmaker: the addresses reverse() gives, from one reverse() per pattern."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from events.models import meeting_url as reversed_each_time
from events.urlmaker import meeting_url, slug_url

SLUGS = ["souss-massa", "cri_rabat", "غرفة-الشرق", "é-2024", "9"]


@pytest.mark.parametrize("language", ["ar", "fr"])
@pytest.mark.parametrize("name", ["events:partner", "events:region", "events:programme"])
def test_slug_urls_are_reverses(language, name):
    with translation.override(language):
        url = slug_url(name)
        for slug in SLUGS if name != "events:region" else SLUGS[:2]:
            assert url(slug) == reverse(name, kwargs={"slug": slug})


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_meeting_urls_are_reverses(language):
    with translation.override(language):
        url = meeting_url()
        for pk in (1, 42, 918273645):
            for slug in [*SLUGS, ""]:
                assert url(pk, slug) == reversed_each_time(pk, slug)
