"""The one FilterSet behind every list-shaped output, and its facet counts.

The list page, the owner pages, CSV, JSON, iCalendar and Atom all build a `MeetingFilter`
from the request's GET parameters over `Meeting.objects.published()`; they differ only in how
they render the result.
"""

from __future__ import annotations

import datetime

import django_filters
from django import forms
from django.db import connection
from django.db.models import F, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from events import categories
from events.counts import province_cities
from events.facets import WINDOW, MeetingFacets
from events.models import (
    MAX_DAYS,
    Chamber,
    City,
    Meeting,
    Partner,
    Programme,
    Province,
    Region,
    SearchRow,
)
from events.search import rank_meetings
from events.search.window import date_months

# The GET parameters a list-shaped view understands, in the order the page shows them.
FILTER_PARAMS = (
    "q",
    "region",
    "province",
    "city",
    "chamber",
    "partner",
    "programme",
    "kind",
    "date_from",
    "date_to",
)
LIST_PARAMS = (*FILTER_PARAMS, "sort")


SORT_CHOICES = (
    ("-date", _("الأحدث أولا")),
    ("date", _("الأقدم أولا")),
    ("relevance", _("الأكثر صلة")),
)


# A list of at most this many meetings, all known (events.facet_set), is read by their ids.
SMALL_BY_ID = 1000

_CONTROL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 127])


def printable(text: str) -> str:
    """Text without control characters, which XML refuses and no reader needs to see."""
    return text.translate(_CONTROL)


class MeetingFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(
                _("تاريخ البداية يأتي بعد تاريخ النهاية."), code="date_order"
            )
        return cleaned


class SlugFilter(django_filters.ModelChoiceFilter):
    """A filter whose value is the object's slug, as in the portal's URLs."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("null_label", None)
        super().__init__(*args, **kwargs)


class MeetingFilter(MeetingFacets, django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("بحث"), method="filter_search", max_length=200)
    region = SlugFilter(label=_("الجهة"), queryset=Region.objects.all(), field_name="region")
    province = SlugFilter(
        label=_("الإقليم أو العمالة"), queryset=Province.objects.all(), method="filter_province"
    )
    city = SlugFilter(label=_("المدينة"), queryset=City.objects.all(), field_name="city")
    chamber = SlugFilter(label=_("الغرفة"), queryset=Chamber.objects.all(), field_name="chamber")
    partner = SlugFilter(label=_("الشريك"), queryset=Partner.objects.all(), method="filter_partner")
    programme = SlugFilter(
        label=_("البرنامج"), queryset=Programme.objects.all(), method="filter_programme"
    )
    # By category slug (events.categories), in the active language's labels; any other
    # value, an old free phrase included, is the form's error.
    kind = django_filters.ChoiceFilter(
        label=_("نوع اللقاء"), field_name="category", choices=categories.choices
    )
    date_from = django_filters.DateFilter(
        label=_("من تاريخ"), method="filter_date_from", input_formats=["%Y-%m-%d"]
    )
    date_to = django_filters.DateFilter(
        label=_("إلى تاريخ"),
        field_name="date",
        lookup_expr="lte",
        input_formats=["%Y-%m-%d"],
    )
    sort = django_filters.ChoiceFilter(
        label=_("الترتيب"), choices=SORT_CHOICES, method="filter_nothing", empty_label=None
    )

    class Meta:
        model = Meeting
        fields: list[str] = []
        form = MeetingFilterForm

    # Set by the list pages before `qs` is read: rank only the newest matches (see WINDOW);
    # exports rank every one.
    rank_in_window: bool = False
    # Whether the facets and the total may be read from the summary tables (events.counts):
    # only when the queryset is every published meeting, which is what those tables count.
    summary: bool = False
    # How many of the newest meetings the facets count where no summary table holds the
    # filters (see WINDOW); and, set by `facets`, whether there were more (the counts are then
    # of the window only).
    window: int = WINDOW
    facets_sampled: bool = False

    def filter_province(self, queryset, name, value):
        return queryset.filter(city__in=province_cities(value))

    def filter_partner(self, queryset, name, value):
        return queryset.with_partner(value)

    def filter_programme(self, queryset, name, value):
        return queryset.with_programme(value)

    def filter_date_from(self, queryset, name, value):
        # A meeting of several days that is still on at `value` is in the range too. It began
        # MAX_DAYS before at most: that bound, outside the OR, keeps the date index's range.
        earliest = value - datetime.timedelta(days=MAX_DAYS)
        return queryset.filter(Q(date__gte=earliest), Q(date__gte=value) | Q(date_end__gte=value))

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_nothing(self, queryset, name, value):
        # Sorting is applied once, after every filter (see filter_queryset).
        return queryset

    def knowing(self, name: str, obj) -> None:
        """Give the form the object that slug filter `name` names, read already by the view
        (an owner page's partner, chamber, region or programme): the form does not read it
        again (a query and a queryset built, 0.7 ms)."""
        field = self.form.fields[name]
        to_python = field.to_python
        field.to_python = lambda value: obj if value == obj.slug else to_python(value)

    @property
    def valid(self) -> bool:
        return self.is_bound and self.form.is_valid()

    @property
    def sort_key(self) -> str:
        sort = self.form.cleaned_data.get("sort") if self.valid else None
        has_query = bool(self.valid and self.form.cleaned_data.get("q"))
        if sort == "relevance" and not has_query:
            return "-date"
        return sort or ("relevance" if has_query else "-date")

    def filter_queryset_except(
        self, queryset: QuerySet, exclude: str | None, *, search: bool = True
    ) -> QuerySet:
        """The queryset filtered by every valid filter but `exclude`: the base of a facet;
        without the search's words if `search` is false (a search window's walk)."""
        if (
            search
            and self.form.cleaned_data.get("q")
            and queryset.model is Meeting
            and connection.vendor == "postgresql"
        ):
            return self._searched(queryset, exclude)
        for name, value in self.form.cleaned_data.items():
            if name in (exclude, "sort") or name == "q" and not search:
                continue
            queryset = self.filters[name].filter(queryset, value)
        return queryset

    def _searched(self, queryset: QuerySet, exclude: str | None) -> QuerySet:
        """A search over meetings on PostgreSQL (an export, a sort by date): the ids of the
        search rows every filter but `exclude` gives, with the months of the dates, so that
        the words, place, kind and months are one scan of their GIN index (events.search.window)
        rather than a walk of the filters' meetings checking each one's vector; ranked."""
        rows = self.filter_queryset_except(SearchRow.objects.all(), exclude)
        rows = rows.filter(date_months(self, exclude))
        return rank_meetings(queryset.filter(pk__in=rows.values("pk")), self.form.cleaned_data["q"])

    def filter_queryset(self, queryset):
        # A value the form refuses gives no results (with the form's message), never a guess.
        if not self.form.is_valid():
            return queryset.none()
        return self.order(self.filter_queryset_except(queryset, None))

    def order(self, queryset: QuerySet) -> QuerySet:
        key = self.sort_key
        if key == "date":
            return queryset.order_by(F("date").asc(nulls_last=True), "id")
        small = self.__dict__.get("_filtered_set") if key == "-date" else None
        if small is not None and self.rank_in_window and small.total <= SMALL_BY_ID:
            # The list's meetings are known (its facets read them): by id, not an index walk
            # that checks each row's partners and programmes.
            queryset = self.queryset.filter(pk__in=small.newest_ids())
        if self.rank_in_window and self.has_query:
            # The window holds the rows a list page shows (its total stops there too): read
            # them by id rather than run the search again, and rank those only.
            queryset = self.queryset.filter(pk__in=self.newest()[: self.window])
            if key == "relevance":
                queryset = rank_meetings(queryset, self.form.cleaned_data["q"])
        if key == "relevance":
            return queryset.order_by("-search_rank", F("date").desc(nulls_last=True), "-id")
        return queryset.newest_first()

    @property
    def has_query(self) -> bool:
        return bool(self.valid and self.form.cleaned_data.get("q"))

    def cache_parts(self) -> tuple:
        """What the facets and the total depend on besides the meetings: the valid filter
        values, as text, in a fixed order (the key of `events.cache`)."""
        if not self.is_bound:
            return ("unbound",)
        valid = self.form.is_valid()
        parts = []
        for name in FILTER_PARAMS:
            value = self.form.cleaned_data.get(name)
            if value is None or value == "":
                continue
            if hasattr(value, "isoformat"):
                value = value.isoformat()
            parts.append((name, str(getattr(value, "slug", value))))
        return (valid, tuple(parts))

    def active_filters(self) -> list[tuple[str, str, str]]:
        """(parameter, its label, the value as a reader knows it) for each filter in use."""
        if not self.is_bound:
            return []
        cleaned = self.form.cleaned_data if self.form.is_valid() else {}
        active = []
        for name in FILTER_PARAMS:
            raw = self.data.get(name)
            if not raw:
                continue
            value = cleaned.get(name)
            if name == "kind" and value:
                value = categories.label(value)
            shown = getattr(value, "name", None) or (
                value.isoformat() if hasattr(value, "isoformat") else str(value or raw)
            )
            active.append((name, str(self.filters[name].label), printable(shown)))
        return active


def published_meetings() -> QuerySet:
    return Meeting.objects.published()


def meeting_filter(data, queryset: QuerySet | None = None) -> MeetingFilter:
    """The FilterSet every list-shaped view builds from its GET parameters."""
    filterset = MeetingFilter(data, queryset=published_meetings() if queryset is None else queryset)
    filterset.summary = queryset is None
    return filterset
