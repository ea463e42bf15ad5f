"""Public pages. Thin: parse the request, call a queryset, render."""

from django.shortcuts import get_object_or_404, render

from events.models import Chamber, Meeting, Partner, Programme, Region


def _published():
    return Meeting.objects.published().with_related()


def home(request):
    return render(request, "events/home.html", {"meetings": _published()[:20]})


def meeting_list(request):
    return render(request, "events/meeting_list.html", {"meetings": _published()})


def meeting_detail(request, pk, slug=None):
    meeting = get_object_or_404(_published().prefetch_related("people"), pk=pk)
    return render(request, "events/meeting_detail.html", {"meeting": meeting})


def _owner_page(request, model, slug, meetings_filter):
    obj = get_object_or_404(model, slug=slug)
    meetings = meetings_filter(_published(), obj)
    return render(request, "events/owner_detail.html", {"object": obj, "meetings": meetings})


def region_detail(request, slug):
    return _owner_page(request, Region, slug, lambda qs, r: qs.in_region(r))


def chamber_detail(request, slug):
    return _owner_page(request, Chamber, slug, lambda qs, c: qs.in_chamber(c))


def partner_detail(request, slug):
    return _owner_page(request, Partner, slug, lambda qs, p: qs.with_partner(p))


def programme_detail(request, slug):
    return _owner_page(request, Programme, slug, lambda qs, p: qs.with_programme(p))
