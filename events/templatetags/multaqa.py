"""Template helpers for the public pages: Moroccan dates, language links, small charts."""

from __future__ import annotations

import html
import re

from django import template
from django.urls import translate_url
from django.utils.html import conditional_escape, format_html, format_html_join, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from events import categories, dates, french
from events.i18n import localised
from events.rows import ListRow
from events.urlmaker import meeting_url

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
    # Asked twice per language by the base template (a link and an alternate): each a
    # resolve() and a reverse() of the page's path.
    known = request.__dict__.setdefault("_language_urls", {})
    url = known.get(language)
    if url is None:
        url = known[language] = translate_url(request.get_full_path(), language)
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
    """The <option>s of a facet's select (events.facets.FacetValue), "label (count)" each.

    Written here rather than as a template loop: a list page has seven facets of up to forty
    values, over a thousand variables, which the template engine renders at about a third of
    the page's time when nothing is cached; and with f-strings rather than format_html, whose
    lazy-string checks cost more than the escaping (280 options a page).
    """
    return mark_safe(
        "".join(
            f'<option value="{_escaped(v.value)}"{" selected" if v.selected else ""}>'
            f"{_escaped(v.label)} ({_escaped(v.count)})</option>"
            for v in values
        )
    )


# The first strong character decides a text's direction, as dir="auto" does.
_STRONG = re.compile(
    r"([\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc])|[A-Za-z\u00c0-\u024f]"
)


def script_language(text: str) -> str | None:
    """ "ar" for a text that begins in Arabic script, "fr" for one that begins in Latin, None
    for one without letters (numbers, punctuation)."""
    text = str(text or "")
    # strip_tags parses HTML: most names and titles have no tag to strip.
    found = _STRONG.search(strip_tags(text) if "<" in text else text)
    if found is None:
        return None
    return "ar" if found.group(1) else "fr"


def _foreign(text) -> str | None:
    """The language of `text` when it is not the page's, else None."""
    language = script_language(text)
    page = (get_language() or "ar")[:2]
    return language if language and language != page else None


@register.filter
def bidi(value) -> SafeString:
    """A name, escaped, isolated in a span with its own language and direction when it is not
    in the page's script: an Arabic title in a French sentence keeps its punctuation on its
    own side, and a reader's voice reads it in Arabic."""
    language = _foreign(value)
    if language is None:
        return conditional_escape(value or "")
    return format_html('<span lang="{}" dir="auto">{}</span>', language, value)


@register.simple_tag
def lang_attrs(value) -> SafeString:
    """` lang=".." dir="auto"` for an element holding `value` when it is not in the page's
    script (nothing otherwise)."""
    language = _foreign(value)
    if language is None:
        return mark_safe("")
    return format_html(' lang="{}" dir="auto"', language)


_BREAKS = re.compile(r"\s*\n\s*")


@register.filter
def paragraphs(value) -> SafeString:
    """Article text as paragraphs: the press separates them by a line break or a blank line,
    and both become a <p> of its own (escaped)."""
    parts = [part for part in _BREAKS.split(str(value or "").strip()) if part]
    return format_html_join("\n", "<p>{}</p>", ((part,) for part in parts))


@register.filter
def of_region(region) -> str:
    """The region after "of" in the page's language: "de l'Oriental", "de la région
    Souss-Massa" in French; "جهة سوس ماسة" in Arabic."""
    if (get_language() or "ar").startswith("fr"):
        return french.of_region(region.name_fr or region.name_ar)
    return f"جهة {region.name_ar}"


@register.simple_tag
def sep() -> str:
    """The separator of a list of names: the Arabic comma in Arabic, the Latin one in French."""
    return ", " if (get_language() or "ar").startswith("fr") else "، "


@register.simple_tag(takes_context=True)
def editor_inbox(context) -> dict:
    """The admin index's inbox for the logged-in editor (events.inbox)."""
    from events.inbox import editor_inbox as inbox

    return inbox(context["request"].user)


def _escaped(value) -> str:
    # Django's escape without its lazy-string wrapper, which cost more than the escaping here.
    return value if hasattr(value, "__html__") else html.escape(str(value))


def _isolated(text: str, page: str) -> str:
    """`bidi` for a page in language `page`, known already."""
    language = script_language(text)
    if language is None or language == page:
        return _escaped(text or "")
    return f'<span lang="{language}" dir="auto">{_escaped(text)}</span>'


def _lang(text: str, page: str) -> str:
    """`lang_attrs` for a page in language `page`."""
    language = script_language(text)
    return f' lang="{language}" dir="auto"' if language and language != page else ""


def _row(row: ListRow, page: str, labels: dict, url) -> str:
    """One meeting's <li> of a list: what templates/events/_meeting_row.html wrote."""
    french = page == "fr"
    when = f' datetime="{row.date.isoformat()}"' if row.date else ""
    if row.category != "other":
        category = f' <span class="category">{_escaped(categories.label(row.category))}</span>'
    else:
        category = ""
    title = row.marked_title or row.title
    excerpt = row.excerpt
    if excerpt:
        excerpt = f'<p class="excerpt"{_lang(excerpt, page)}>{_escaped(excerpt)}</p>'
    places = [
        _isolated(localised(*place, french=french), page)
        for place in (row.city, row.region)
        if place
    ]
    where = labels["sep"].join(places) if places else labels["nowhere"]
    partners = [_isolated(localised(*names, french=french), page) for names in row.partners]
    if partners:
        partners = (
            f'<div class="partners"><dt>{labels["partners"]}</dt>'
            f"<dd>{labels['sep'].join(partners)}</dd></div>"
        )
    return (
        '<li class="meeting-row">\n'
        f'  <p class="when-what"><time class="when"{when}>{_escaped(meeting_days(row))}'
        f"</time>{category}</p>\n"
        f'  <a class="meeting-title" href="{_escaped(url(row.pk, row.slug))}"'
        f"{_lang(row.title, page)}>{_escaped(title)}</a>\n"
        f"  {excerpt or ''}\n"
        '  <dl class="glance">\n'
        f'    <div class="where"><dt>{labels["where"]}</dt><dd>{where}</dd></div>\n'
        f'    <div class="chamber"><dt>{labels["chamber"]}</dt><dd>'
        f"{_isolated(localised(*row.chamber, french=french), page)}"
        "</dd></div>\n"
        f"    {partners or ''}\n"
        "  </dl>\n"
        "</li>\n"
    )


@register.simple_tag
def meeting_rows(meetings) -> SafeString:
    """The <li>s of a list of meetings (each a link, its dates, place, chamber and partners):
    rows (events.rows) or meetings read with their relations.

    Written here rather than as a template included per row: a list page's twenty rows were
    about half of a cache miss's rendering; this renders them in a fraction of the time
    (docs/performance.md). Every text is escaped, as the template engine does."""
    page = (get_language() or "ar")[:2]
    labels = {
        name: _escaped(text)
        for name, text in (
            ("where", _("المكان")),
            ("nowhere", _("غير محدد")),
            ("chamber", _("الغرفة")),
            ("partners", _("الشركاء")),
            ("sep", sep()),
        )
    }
    rows = (m if isinstance(m, ListRow) else ListRow.of(m) for m in meetings)
    url = meeting_url()
    return mark_safe("".join(_row(row, page, labels, url) for row in rows))
