"""events.templatetags.pages: the same bytes as the template loops they replace."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.utils import translation

LOOP = (
    '{% load i18n multaqa %}{% for r in rows %}<li><a href="{% url url_name r.slug %}">'
    '{{ r.name|bidi }}</a> <span class="count">{{ r.count }}</span></li>{% empty %}<li>'
    '{% translate "لا شيء بعد." %}</li>{% endfor %}'
)
ROWS = [
    {"slug": "souss-massa", "name": "سوس ماسة", "count": 1234},
    {"slug": "cri-rabat", "name": "CRI Rabat & <Salé>", "count": 7},
    {"slug": "ccis-oriental", "name": 'غرفة "الشرق"', "count": 0},
]


@pytest.mark.parametrize("language", ["ar", "fr"])
@pytest.mark.parametrize("rows", [ROWS, []])
def test_count_links_are_the_loops_bytes(language, rows):
    with translation.override(language):
        context = {"rows": rows, "url_name": "events:partner"}
        loop = Template(LOOP).render(Context(context))
        tag = Template("{% load pages %}{% count_links rows url_name %}").render(Context(context))
    assert tag == loop
    assert ("&amp; &lt;Salé&gt;" in tag) == bool(rows)


@pytest.mark.parametrize(
    "rows",
    [
        [{"year": 2019, "n": 3}, {"year": 2022, "n": 40}, {"year": None, "n": 2}],
        [{"year": 2024, "n": 1}],
        [],
    ],
)
def test_year_bars_are_the_charts_bytes(rows):
    with translation.override("fr"):
        chart = Template("{% load multaqa %}{% year_chart rows %}").render(Context({"rows": rows}))
        bars = Template("{% load pages %}{% year_bars rows %}").render(Context({"rows": rows}))
    assert bars == chart
    assert ("<rect" in bars) == bool(rows)
