"""The partner and meeting pages' parts written in Python rather than as template loops.

A page's lists of counts (a partner's regions, chambers and co-partners: up to seventy links)
and its chart were a third of a partner page's time on a cache miss in the template engine,
whose per-variable lookups cost more than the few strings they give; these give the same
bytes (tests/events/templatetags/test_pages.py)."""

from __future__ import annotations

from django import template
from django.utils.formats import localize
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from events.templatetags.multaqa import _escaped, _isolated, year_chart
from events.urlmaker import slug_url

register = template.Library()


@register.simple_tag
def count_links(rows, url_name: str) -> SafeString:
    """The <li>s of named counts ({slug, name, count}, selectors.named_counts), each a link to
    its page (`url_name`), or the one saying there is none."""
    if not rows:
        # As {% translate %} of a literal gives it: the catalogue's text, unescaped.
        return mark_safe(f"<li>{_('لا شيء بعد.')}</li>")
    page = (get_language() or "ar")[:2]
    url = slug_url(url_name)
    return mark_safe(
        "".join(
            f'<li><a href="{_escaped(url(row["slug"]))}">'
            f'{_isolated(row["name"], page)}</a> <span class="count">{localize(row["count"])}'
            "</span></li>"
            for row in rows
        )
    )


@register.simple_tag
def year_bars(rows) -> SafeString:
    """multaqa.year_chart's SVG (its bars, every year between the first and the last)."""
    chart = year_chart(rows)
    bars = chart["bars"]
    if not bars:
        return mark_safe("\n")
    title = _("اللقاءات حسب السنة")
    desc = "، ".join(f"{bar['year']}: {bar['count']}" for bar in bars)
    width, height, baseline, year_y = (chart[k] for k in ("width", "height", "baseline", "year_y"))
    shapes = "".join(
        f'<g><rect x="{bar["x"]}" y="{bar["y"]}" width="{bar["width"]}" height="{bar["height"]}"/>'
        f'<text x="{bar["middle"]}" y="{bar["label_y"]}" text-anchor="middle">{bar["count"]}</text>'
        f'<text x="{bar["middle"]}" y="{year_y}" text-anchor="middle">{bar["year"]}</text></g>\n  '
        for bar in bars
    )
    return mark_safe(
        f'<svg class="year-chart" viewBox="0 0 {width} {height}" role="img"'
        ' aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg"'
        ' direction="ltr">\n'
        f'  <title id="chart-title">{title}</title>\n'
        f'  <desc id="chart-desc">{desc}</desc>\n'
        f'  <line x1="0" x2="{width}" y1="{baseline}" y2="{baseline}" class="axis"/>\n'
        f"  {shapes}\n</svg>\n"
    )
