"""The one FilterSet behind every list-shaped output, and its facet counts.

The list page, the owner pages, CSV, JSON, iCalendar and Atom all build a `MeetingFilter`
from the request's GET parameters over `Meeting.objects.published()`; they differ only in how
they render the result.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import django_filters
from django import forms
from django.db.models import Count, F, Q, QuerySet, Sum
from django.utils.translation import gettext_lazy as _

from events import categories, counts
from events.counts import province_cities
from events.i18n import localised
from events.models import (
    MAX_DAYS,
    Chamber,
    City,
    Meeting,
    MeetingPartner,
    Partner,
    Programme,
    Province,
    Region,
)
from events.search import rank_meetings

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
FACETS = ("region", "province", "city", "chamber", "partner", "programme", "kind")
# Long tails (cities, partners) would make a select of thousands of options.
FACET_LIMIT = 40
# Where the summary tables (events.counts) cannot count a list (a search, part of a year, a
# partner with a programme and another filter), its facets count its newest meetings, this many
# at most, and sorting by relevance ranks them only: counting or ranking every match of a common
# word reads a third of a million meetings (facets 10-27 s at 1M), while the newest ones are an
# index walk that stops after the window. The page says when the counts are of the window only.
WINDOW = 200
# How many published meetings the first span of dates a search reads holds (see search_spans).
SEARCH_SPAN = 100_000

SORT_CHOICES = (
    ("-date", _("الأحدث أولا")),
    ("date", _("الأقدم أولا")),
    ("relevance", _("الأكثر صلة")),
)


_CONTROL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 127])


def printable(text: str) -> str:
    """Text without control characters, which XML refuses and no reader needs to see."""
    return text.translate(_CONTROL)


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


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


def _label(row: dict, prefix: str) -> str:
    return localised(row[f"{prefix}__name_ar"], row.get(f"{prefix}__name_fr"))


class MeetingFilter(django_filters.FilterSet):
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

    def filter_queryset_except(self, queryset: QuerySet, exclude: str | None) -> QuerySet:
        """The queryset filtered by every valid filter but `exclude`: the base of a facet."""
        for name, value in self.form.cleaned_data.items():
            if name in (exclude, "sort"):
                continue
            queryset = self.filters[name].filter(queryset, value)
        return queryset

    def filter_queryset(self, queryset):
        # A value the form refuses gives no results (with the form's message), never a guess.
        if not self.form.is_valid():
            return queryset.none()
        return self.order(self.filter_queryset_except(queryset, None))

    def order(self, queryset: QuerySet) -> QuerySet:
        key = self.sort_key
        if key == "date":
            return queryset.order_by(F("date").asc(nulls_last=True), "id")
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

    def facets(self, total: int | None = None, limit: int = FACET_LIMIT) -> dict:
        """For each facet, its values and the number of meetings each would give.

        One query per facet, over the meetings filtered by all the other filters: a sum over a
        summary table where one holds them (events.counts), else a GROUP BY over the newest
        `window` of those meetings (see `newest`).
        """
        self.facets_sampled = False
        if not self.is_bound:
            return {name: [] for name in FACETS}
        # Values the form refused are left out, so the reader can pick a valid one instead.
        self.form.is_valid()
        cleaned = self.form.cleaned_data
        summary = self._summary_filters()
        result = {}
        for name in FACETS:
            counted = None if summary is None else counts.facet(name, summary)
            if counted is not None:
                rows = self._facet_rows(name, counted, limit, summed=True)
                spanning = self._spanning(exclude=name)
                if spanning:
                    rows = self._merge_rows(
                        name,
                        self._facet_rows(name, counted, None, summed=True),
                        self._facet_rows(name, spanning, None),
                        limit,
                    )
            else:
                newest = self.newest(exclude=name)
                self.facets_sampled |= len(newest) > self.window
                rows = self._facet_rows(name, newest[: self.window], limit)
            selected = cleaned.get(name)
            selected_value = getattr(selected, "slug", selected) or ""
            values = [
                FacetValue(value, label, count, value == selected_value)
                for value, label, count in rows
            ]
            if selected_value and all(not v.selected for v in values):
                label = getattr(selected, "name", None) or categories.label(selected)
                values.insert(0, FacetValue(selected_value, label, total or 0, True))
            result[name] = values
        return result

    def _spanning(self, exclude: str | None = None) -> list[int]:
        """The ids of the meetings of several days that began before `date_from` and are still
        on then (every other filter but `exclude` applied): the summary tables count a meeting
        in the year it began, so these are counted from the meetings (a few, through the
        meeting_date_end index)."""
        start = self.form.cleaned_data.get("date_from")
        if start is None:
            return []
        meetings = self.filter_queryset_except(self.queryset, exclude)
        return list(
            meetings.filter(date__lt=start, date_end__gte=start)
            .order_by()
            .values_list("pk", flat=True)
        )

    @staticmethod
    def _merge_rows(name: str, summed: list, spanning: list, limit: int) -> list:
        """Facet rows of the summary tables plus those of the spanning meetings, in the
        facet's order (regions in the official order, the others by count)."""
        merged: dict[str, list] = {}
        for value, label, n in [*summed, *spanning]:
            merged.setdefault(value, [label, 0])[1] += n
        rows = [(value, label, n) for value, (label, n) in merged.items()]
        if name != "region":
            # The tie order of _facet_rows: a category by its slug, the others by their name.
            rows.sort(key=lambda row: (-row[2], row[0] if name == "kind" else row[1]))
        return rows[:limit]

    def newest(self, exclude: str | None = None) -> list[int]:
        """The ids of the newest meetings that every valid filter but `exclude` gives, newest
        first, `window` + 1 at most (one more tells that there are more).

        An index walk in the public order (meeting_published_recent and the like) that stops
        after the window, whatever the number of meetings. A search reads them span by span of
        dates (see `search_spans`). Kept per filter left out, for the facets, the total and the
        relevance order of one page.
        """
        if not self.is_bound:
            return []
        self.form.is_valid()  # its cleaned_data: the values it accepted, the others left out
        if exclude is not None and self.form.cleaned_data.get(exclude) in (None, ""):
            exclude = None  # a filter not in use: the same meetings as with every filter
        found = self.__dict__.setdefault("_newest", {})
        if exclude not in found:
            meetings = self.filter_queryset_except(self.queryset, exclude)
            meetings = meetings.newest_first()
            spans = self.search_spans() if self.has_query else [Q()]
            ids: list[int] = []
            for span in spans:
                wanted = self.window + 1 - len(ids)
                ids += meetings.filter(span).values_list("pk", flat=True)[:wanted]
                if len(ids) > self.window:
                    break
            found[exclude] = ids
        return found[exclude]

    def search_spans(self) -> list[Q]:
        """Conditions on the date that cover every meeting the date filters let through, newest
        first, the first holding about SEARCH_SPAN published meetings and each next one twice
        as many (one span for fewer).

        A search is read span by span because PostgreSQL misjudges how many meetings several
        words match together (it multiplies their frequencies, while words of one subject come
        together): for "الصيد البحري" it expected 10,000 of a million and found 95,000,
        which it then read and sorted whole (0.8 s) to keep the newest few. Within a span a
        misjudged search reads that span's matches at most, and a common word is found in the
        first.
        """
        if "_spans" not in self.__dict__:
            first, last = (
                self.form.cleaned_data.get("date_from"),
                self.form.cleaned_data.get("date_to"),
            )
            per_year = counts.facet("year", {}).filter(year__isnull=False)
            if first:
                per_year = per_year.filter(year__gte=first.year)
            if last:
                per_year = per_year.filter(year__lte=last.year)
            per_year = per_year.values_list("year").annotate(n=Sum("count")).order_by("-year")
            spans, end, size, held = [], None, SEARCH_SPAN, 0
            for year, n in per_year:
                held += n
                start = datetime.date(year, 1, 1)
                if held < size or (first and start <= first):
                    continue
                spans.append(Q(date__gte=start, **({"date__lt": end} if end else {})))
                end, size, held = start, size * 2, 0
            # The rest, undated meetings last (the order puts them there).
            spans.append(Q(date__lt=end) | Q(date__isnull=True) if end else Q())
            self._spans = spans
        return self._spans

    def _summary_filters(self, part_years: bool = False) -> dict | None:
        """The active filters, if the summary tables hold every one of them: no search, and
        dates absent or whole years (1 January to 31 December). None otherwise.

        With `part_years`, a date inside a year counts too: its years are then the whole years
        the dates hold (`_part_years` counts the days of the others).
        """
        if not self.summary or not self.is_bound or not self.form.is_valid():
            return None
        cleaned = self.form.cleaned_data
        if cleaned.get("q"):
            return None
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        start_whole = start is None or (start.month, start.day) == (1, 1)
        end_whole = end is None or (end.month, end.day) == (12, 31)
        if not part_years and not (start_whole and end_whole):
            return None
        active = {
            name: cleaned[name]
            for name in ("region", "province", "city", "chamber", "partner", "programme", "kind")
            if cleaned.get(name) not in (None, "")
        }
        if start:
            active["year__gte"] = start.year if start_whole else start.year + 1
        if end:
            active["year__lte"] = end.year if end_whole else end.year - 1
        return active

    def _part_years(self) -> list[QuerySet]:
        """The meetings of the years the dates cut into (a year at most each), which the
        summary tables cannot count: those of `date_from`'s year from that day, and of
        `date_to`'s up to that day; and, when `date_from` is a 1 January, the meetings of
        several days that began before it and are still on then (see `_spanning`)."""
        start, end = self.form.cleaned_data.get("date_from"), self.form.cleaned_data.get("date_to")
        meetings = self.filter_queryset_except(self.queryset, None).order_by()
        start_cut = start is not None and (start.month, start.day) != (1, 1)
        end_cut = end is not None and (end.month, end.day) != (12, 31)
        if start and end and start.year == end.year and (start_cut or end_cut):
            return [meetings]
        parts = []
        if start and not start_cut:
            parts.append(meetings.filter(date__lt=start, date_end__gte=start))
        if start and end and start.year == end.year:
            return parts
        if start_cut:
            parts.append(meetings.filter(date__lte=datetime.date(start.year, 12, 31)))
        if end_cut:
            parts.append(meetings.filter(date__gte=datetime.date(end.year, 1, 1)))
        return parts

    def summary_total(self) -> int | None:
        """The number of meetings the filters give, from the summary tables, or None.

        Dates inside a year are summed over the whole years between them, and the days of the
        years they cut into are counted from the meetings: a count over a year of meetings at
        most at each end, not over every meeting since `date_from` (40 ms at 1M)."""
        if self.summary and not self.is_bound:
            return counts.total({})
        summary = self._summary_filters(part_years=True)
        total = None if summary is None else counts.total(summary)
        if total is None:
            return None
        return total + sum(part.count() for part in self._part_years())

    @staticmethod
    def _facet_rows(
        name: str, base: QuerySet | list[int], limit: int, summed: bool = False
    ) -> list[tuple[str, str, int]]:
        # `base` is summary rows (summed: each row counts `count` meetings), or meetings' ids.
        counter = Sum("count") if summed else Count("pk")
        ids = None if summed else base
        if not summed:
            base = Meeting.objects.filter(pk__in=ids)
        if name == "kind":
            # Summary rows hold the category as `kind`; meetings as `category`.
            field = "kind" if summed else "category"
            rows = (
                base.exclude(**{field: ""})
                .values(field)
                .annotate(n=counter)
                .order_by("-n", field)[:limit]
            )
            return [(r[field], categories.label(r[field]), r["n"]) for r in rows]
        if summed:
            source = base
        elif name in ("partner", "programme"):
            through = MeetingPartner if name == "partner" else Meeting.programmes.through
            source = through.objects.filter(meeting_id__in=ids)
        else:
            source = base
        prefix = {"province": "city__province"}.get(name, name)
        fields = [f"{prefix}__slug", f"{prefix}__name_ar", f"{prefix}__name_fr"]
        if name == "region":
            # Twelve values at most: all of them, in the official order.
            rows = source.filter(region__isnull=False).values(*fields, "region__code")
            rows = rows.annotate(n=counter).order_by("region__code")
        else:
            rows = source.filter(**{f"{prefix}__isnull": False}).values(*fields)
            rows = rows.annotate(n=counter).order_by("-n", f"{prefix}__name_ar")[:limit]
        return [(r[f"{prefix}__slug"], _label(r, prefix), r["n"]) for r in rows]


def published_meetings() -> QuerySet:
    return Meeting.objects.published()


def meeting_filter(data, queryset: QuerySet | None = None) -> MeetingFilter:
    """The FilterSet every list-shaped view builds from its GET parameters."""
    filterset = MeetingFilter(data, queryset=published_meetings() if queryset is None else queryset)
    filterset.summary = queryset is None
    return filterset
