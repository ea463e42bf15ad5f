"""Public pages. Thin: parse the request, call the FilterSet or a queryset, render."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from events import cache, exports, search, selectors
from events.clean_urls import without_noise
from events.filters import (
    LIST_PARAMS,
    SORT_CHOICES,
    MeetingFilter,
    meeting_filter,
)
from events.map import shaded_regions
from events.models import Chamber, Meeting, Partner, Programme, Region
from events.rows import list_rows

PAGE_SIZE = 20
HOME_SIZE = 6


def _published():
    return Meeting.objects.published()


def _paginate(request, queryset, count: int | None = None):
    paginator = Paginator(queryset, PAGE_SIZE)
    if count is not None:
        # Known already (cached with the facets): the paginator need not count again.
        paginator.count = count
    requested = request.GET.get("page")
    page = paginator.get_page(requested)
    if requested and str(page.number) != requested.strip():
        messages.warning(request, _("الصفحة المطلوبة غير موجودة؛ هذه أقرب صفحة إليها."))
    return page


def _region_url(slug: str) -> str:
    return reverse("events:meeting_list") + f"?region={slug}"


@require_safe
@cache.page_cached("home")
def home(request):
    published = _published()
    counts = cache.cached("home", (), selectors.home_counts)
    regions = list(Region.objects.order_by("code"))
    context = {
        "upcoming": published.upcoming().with_related()[:HOME_SIZE],
        "latest": published.order_by("-published_at", "-id").with_related()[:HOME_SIZE],
        "map_regions": shaded_regions(regions, counts["regions"], _region_url),
        "map": _map_outline(),
        "total": sum(counts["regions"].values()),
        "chambers": counts["chambers"],
        "partners": counts["partners"],
        "programmes": counts["programmes"],
    }
    return render(request, "events/home.html", context)


def _map_outline():
    from events.map import outlines

    return {"view_box": outlines()["viewBox"]}


def _counts(filterset: MeetingFilter, with_facets: bool = True) -> tuple[int, bool, dict, bool]:
    """The total and (unless not wanted) the facets of a filter combination, and whether they
    are of its newest meetings only: computed once per meetings version."""

    def compute():
        total, capped = selectors.list_total(filterset)
        if not with_facets:
            return total, capped, {}, False
        facets = filterset.facets(total=total)
        return total, capped, facets, filterset.facets_sampled

    # The entry's shape is in its kind: a deploy that changes it reads no older entry.
    kind = "facets.3" if with_facets else "total.3"
    return cache.cached(kind, filterset.cache_parts(), compute)


def _list_context(
    request,
    filterset: MeetingFilter,
    with_facets: bool = True,
    total: int | None = None,
    by_ids: bool = False,
) -> dict:
    """What a list of meetings shows: its total, a page of rows, the filters in use and, on the
    list page (not the owner pages, which show their own counts), the facets. `total`: the
    filters' total when the caller knows it (without facets); `by_ids`: the page's ids read
    first, then its rows."""
    filterset.rank_in_window = True
    if total is None or with_facets:
        total, capped, facets, sampled = _counts(filterset, with_facets)
    else:
        capped, facets, sampled = False, {}, False
    rows = min(total, filterset.window) if filterset.sort_key == "relevance" else total
    if filterset.has_query:
        # A search's passages are cut from the meetings' texts: models.
        page = _paginate(request, filterset.qs.with_related(), count=rows)
        page.object_list = _with_excerpts(page.object_list, filterset.form.cleaned_data["q"])
    elif not by_ids:
        page = _paginate(request, filterset.qs, count=rows)
        page.object_list = list_rows(page.object_list)
    else:
        # The page's ids walked in an index alone (a partner's newest meetings are one in
        # forty: 900 index entries, not 900 rows), inside the query of those twenty rows.
        page = _paginate(request, filterset.qs.values("pk"), count=rows)
        page.object_list = list_rows(
            Meeting.objects.filter(pk__in=page.object_list).order_by(*filterset.qs.query.order_by)
        )
    query = {k: v for k in LIST_PARAMS if (v := filterset.data.get(k))}
    list_url = reverse("events:meeting_list")
    active = [
        (name, label, shown, list_url + _encode({k: v for k, v in query.items() if k != name}))
        for name, label, shown in filterset.active_filters()
    ]
    return {
        "filter": filterset,
        "page_obj": page,
        "meetings": page.object_list,
        "total": (_("أكثر من %(n)s") % {"n": f"{total:,}".replace(",", " ")}) if capped else total,
        "facets": [(name, filterset.filters[name].label, facets[name]) for name in facets],
        "facets_sampled": sampled,
        "window": filterset.window,
        "active": active,
        "has_query": bool(query),
        "export_query": _encode(query),
        "sort_key": filterset.sort_key,
        "sort_choices": SORT_CHOICES,
        "errors": _errors(filterset),
    }


def _with_excerpts(meetings, query: str) -> list[Meeting]:
    """The page's meetings, each with its title and a passage of its text where the words of
    the query are marked: the search's own analysis, so both databases mark the same words."""
    prepared = search.prepare(query)
    meetings = list(meetings)
    for meeting in meetings:
        meeting.marked_title = search.highlight(meeting.title, prepared)
        meeting.excerpt = search.snippet(meeting, prepared)
    return meetings


def _errors(filterset: MeetingFilter) -> list[str]:
    """The form's messages, each prefixed with the label of the field it is about."""
    if not filterset.is_bound or filterset.form.is_valid():
        return []
    messages_ = []
    for name, errors in filterset.form.errors.items():
        label = filterset.filters[name].label if name in filterset.filters else ""
        messages_.extend(f"{label}: {error}" if label else str(error) for error in errors)
    return messages_


def _encode(params: dict) -> str:
    return "?" + urlencode(params) if params else ""


@require_safe
@without_noise
@cache.page_cached("list")
def meeting_list(request):
    filterset = meeting_filter(request.GET)
    return render(request, "events/meeting_list.html", _list_context(request, filterset))


@require_safe
@cache.page_cached("detail")
def meeting_detail(request, pk, slug=None):
    page = selectors.meeting_page(pk)
    if page is None:
        raise Http404
    meeting = page.meeting
    if (meeting.slug or None) != slug:
        # One address per meeting: the short and the mistyped forms lead to the readable one.
        return redirect(meeting.get_absolute_url(), permanent=True)
    context = {
        "meeting": meeting,
        "related": page.related,
        "partners": page.partners,
        "programmes": page.programmes,
        "people": page.people,
        "sources": page.sources,
        "json_ld": exports.dumps_ld(_event_ld(request, meeting, page.partners)),
    }
    return render(request, "events/meeting_detail.html", context)


def _event_ld(request, meeting: Meeting, partners: list[selectors.Named]) -> dict:
    """schema.org Event for search engines and link previews."""
    url = request.build_absolute_uri(meeting.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": meeting.title,
        "url": url,
        "inLanguage": "ar",
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "organizer": {
            "@type": "Organization",
            "name": meeting.chamber.name,
            "url": request.build_absolute_uri(meeting.chamber.get_absolute_url()),
        },
    }
    if meeting.date:
        data["startDate"] = (
            f"{meeting.date.isoformat()}T{meeting.time:%H:%M}"
            if meeting.time
            else meeting.date.isoformat()
        )
    if meeting.date_end:
        data["endDate"] = meeting.date_end.isoformat()
    address = {"@type": "PostalAddress", "addressCountry": "MA"}
    if meeting.city:
        address["addressLocality"] = meeting.city.name
    if meeting.region:
        address["addressRegion"] = meeting.region.name
    data["location"] = {
        "@type": "Place",
        "name": meeting.venue or (meeting.city.name if meeting.city else meeting.chamber.name),
        "address": address,
    }
    description = meeting.summary or meeting.body[:300]
    if description:
        data["description"] = description
    funders = [p for p in partners if p.role == "funder"]
    if funders:
        data["funder"] = [{"@type": "Organization", "name": p.name} for p in funders]
    contributors = [p for p in partners if p.role != "funder"]
    if contributors:
        data["contributor"] = [{"@type": "Organization", "name": p.name} for p in contributors]
    return data


def _owner_page(request, *, obj, param: str, template: str, extra=None, total=None, by_ids=False):
    """`total`: how many meetings `obj` has, when known: used when no other parameter is;
    `by_ids`: see _list_context."""
    data = request.GET.copy()
    data[param] = obj.slug
    filterset = meeting_filter(data)
    filterset.knowing(param, obj)
    if {name for name in LIST_PARAMS if data.get(name)} - {param}:
        total = None
    context = _list_context(request, filterset, with_facets=False, total=total, by_ids=by_ids)
    context.update(
        {
            "object": obj,
            "param": param,
            "feed_query": _encode({param: obj.slug}),
            **(extra or {}),
        }
    )
    return render(request, template, context)


@require_safe
@without_noise
@cache.page_cached("region")
def region_detail(request, slug):
    region = get_object_or_404(Region, slug=slug)
    extra = {
        "kind_label": _("جهة"),
        "provinces": region.provinces.order_by("name_ar"),
        "chambers": Chamber.objects.filter(Q(region=region) | Q(regions=region)).distinct(),
    }
    return _owner_page(
        request, obj=region, param="region", template="events/owner_detail.html", extra=extra
    )


@require_safe
@without_noise
@cache.page_cached("chamber")
def chamber_detail(request, slug):
    chamber = get_object_or_404(Chamber.objects.select_related("region", "seat"), slug=slug)
    extra = {"kind_label": chamber.get_kind_display(), "annexes": chamber.annexes.all()}
    return _owner_page(
        request, obj=chamber, param="chamber", template="events/owner_detail.html", extra=extra
    )


@require_safe
@without_noise
@cache.page_cached("programme")
def programme_detail(request, slug):
    programme = get_object_or_404(Programme, slug=slug)
    extra = {"kind_label": _("برنامج"), "funders": programme.funders.all()}
    return _owner_page(
        request, obj=programme, param="programme", template="events/owner_detail.html", extra=extra
    )


@require_safe
@without_noise
@cache.page_cached("partner")
def partner_detail(request, slug):
    partner = get_object_or_404(Partner.objects.select_related("region"), slug=slug)
    extra = cache.cached("partner", partner.pk, lambda: selectors.partner_counts(partner))
    extra["kind_label"] = partner.get_kind_display()
    return _owner_page(
        request,
        obj=partner,
        param="partner",
        template="events/partner_detail.html",
        extra=extra,
        # Its years' counts are all its meetings'.
        total=sum(row["n"] for row in extra["per_year"]) + extra["undated"],
        by_ids=True,
    )


@require_safe
def meetings_csv(request):
    return exports.csv_response(request, meeting_filter(request.GET))


@require_safe
def meetings_json(request):
    return exports.json_response(request, meeting_filter(request.GET))


@require_safe
def meetings_ics(request):
    return exports.ics_response(request, meeting_filter(request.GET))


@require_safe
def meeting_ics(request, pk):
    meeting = get_object_or_404(
        _published().filter(date__isnull=False).select_related("region", "chamber", "city"), pk=pk
    )
    return exports.meeting_ics_response(request, meeting)


@require_safe
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    body = render(request, "robots.txt", {"sitemap_url": sitemap}).content
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
