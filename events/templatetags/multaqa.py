"""Template helpers for the public pages: Moroccan dates, language links, small charts."""

from __future__ import annotations

from django import template
from django.urls import translate_url
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from events import categories, dates

register = template.Library()


@register.filter
def moroccan_date(value) -> str:
    """'3 شتنبر 2025' (or the French form); 'تاريخ غير محدد' when the article gives none."""
    if value is None:
        return _("تاريخ غير محدد")
    return dates.format_date(value, get_language() or "ar")


@register.filter
def meeting_days(meeting) -> str:
    """A meeting's date, or its range of days when it lasts several ('من 22 إلى 31 يوليوز')."""
    if meeting.date is None:
        return _("تاريخ غير محدد")
    return dates.format_range(meeting.date, meeting.date_end, get_language() or "ar")


@register.filter
def category_label(slug) -> str:
    """A category's label in the active language (events.categories)."""
    return categories.label(slug or "")


@register.filter
def clock(value) -> str:
    return dates.format_time(value)


@register.simple_tag(takes_context=True)
def language_url(context, language: str, absolute: bool = False) -> str:
    """This very page (path and query) in another language."""
    request = context["request"]
    url = translate_url(request.get_full_path(), language)
    return request.build_absolute_uri(url) if absolute else url


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    return context["request"].build_absolute_uri(path)


CHART_WIDTH = 320
CHART_HEIGHT = 140
CHART_BASELINE = 118


@register.inclusion_tag("events/_year_chart.html")
def year_chart(rows) -> dict:
    """Bars of meetings per year, every year between the first and the last one shown."""
    counts = {row["year"]: row["n"] for row in rows if row["year"] is not None}
    if not counts:
        return {"bars": []}
    years = list(range(min(counts), max(counts) + 1))
    highest = max(counts.values())
    slot = CHART_WIDTH / len(years)
    bar = max(4.0, slot * 0.6)
    bars = []
    for i, year in enumerate(years):
        n = counts.get(year, 0)
        height = round((CHART_BASELINE - 24) * n / highest, 1)
        x = round(i * slot + (slot - bar) / 2, 1)
        bars.append(
            {
                "year": year,
                "count": n,
                "x": x,
                "middle": round(x + bar / 2, 1),
                "y": round(CHART_BASELINE - height, 1),
                "width": round(bar, 1),
                "height": height,
                "label_y": round(CHART_BASELINE - height - 4, 1),
            }
        )
    return {
        "bars": bars,
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "baseline": CHART_BASELINE,
        "year_y": CHART_HEIGHT - 4,
    }


@register.simple_tag
def facet_options(values) -> str:
    """The <option>s of a facet's select (events.filters.FacetValue), "label (count)" each.

    Written here rather than as a template loop: a list page has seven facets of up to forty
    values, over a thousand variables, which the template engine renders at about a third of
    the page's time when nothing is cached.
    """
    selected = mark_safe(" selected")
    return format_html_join(
        "",
        '<option value="{}"{}>{} ({})</option>',
        ((v.value, selected if v.selected else "", v.label, v.count) for v in values),
    )
