"""The facet counts of a MeetingFilter: from the summary tables where they can count a list,
else from a window of its newest meetings (see WINDOW)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet, Sum

from events import categories, counts, summary_sql
from events.i18n import localised
from events.models import (
    Meeting,
    MeetingPartner,
    SearchRow,
)
from events.search.window import planned_from_the_index, search_window

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


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


def _label(row: dict, prefix: str) -> str:
    return localised(row[f"{prefix}__name_ar"], row.get(f"{prefix}__name_fr"))


class MeetingFacets:
    """What a MeetingFilter counts besides its rows; mixed into events.filters.MeetingFilter."""

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
        if not (self.has_query and self.summary):
            return self._facets(cleaned, summary, total, limit)
        with planned_from_the_index():  # its windows' plans (events.search.window)
            return self._facets(cleaned, summary, total, limit)

    def _facets(self, cleaned: dict, summary: dict | None, total: int | None, limit: int) -> dict:
        result = {}
        # Meetings that began before date_from are added to the summed rows: all of them then.
        summed_limit = None if cleaned.get("date_from") else limit
        for name in FACETS:
            counted = None
            if summary is not None:
                counted = summary_sql.facet_rows(name, summary, summed_limit)
            small = self.filtered_set() if counted is None else None
            if small is not None:
                rows = small.facet_rows(name, limit)
            elif counted is not None:
                spanning = self._spanning(exclude=name)
                rows = counted[:limit]
                if spanning:
                    rows = self._merge_rows(
                        name, counted, self._facet_rows(name, spanning, None), limit
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

    def filtered_set(self):
        """The meetings of filters that leave few, read once (events.facet_set), or None."""
        if "_filtered_set" not in self.__dict__:
            from events.facet_set import filtered_set

            valid = self.is_bound and self.form.is_valid()
            self._filtered_set = filtered_set(self) if valid else None
        return self._filtered_set

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
        after the window, whatever the number of meetings. A search reads them from the search
        rows, span by span of dates (events.search.window). Kept per filter left out, for the
        facets, the total and the relevance order of one page.
        """
        if not self.is_bound:
            return []
        self.form.is_valid()  # its cleaned_data: the values it accepted, the others left out
        if exclude is not None and self.form.cleaned_data.get(exclude) in (None, ""):
            exclude = None  # a filter not in use: the same meetings as with every filter
        found = self.__dict__.setdefault("_newest", {})
        if exclude not in found:
            if self.has_query and self.summary:
                # Every published meeting is what the search rows hold: read from them.
                found[exclude] = search_window(self, exclude, self.window + 1)
                return found[exclude]
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
            bounds, end, size, held = [], None, SEARCH_SPAN, 0
            for year, n in per_year:
                held += n
                start = datetime.date(year, 1, 1)
                if held < size or (first and start <= first):
                    continue
                bounds.append((start, end))
                end, size, held = start, size * 2, 0
            # The rest, undated meetings last (the order puts them there).
            bounds.append((None, end))
            self._span_bounds = bounds
            self._spans = [
                Q(date__gte=start, **({"date__lt": end} if end else {}))
                if start
                else (Q(date__lt=end) | Q(date__isnull=True) if end else Q())
                for start, end in bounds
            ]
        return self._spans

    def search_span_bounds(self) -> list[tuple[datetime.date | None, datetime.date | None]]:
        """(first day, day after the last) of each of `search_spans`: the last one's first
        day is None (it holds the undated meetings), and its end None when it is the only one."""
        self.search_spans()
        return self._span_bounds

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
            return summary_sql.total({})
        summary = self._summary_filters(part_years=True)
        total = None if summary is None else summary_sql.total(summary)
        if total is None:
            return None
        return total + sum(part.count() for part in self._part_years())

    @staticmethod
    def _facet_rows(name: str, ids: list[int], limit: int | None) -> list[tuple[str, str, int]]:
        """(value, label, count) of a facet over some meetings (their ids): a GROUP BY."""
        # The meetings' search rows hold every column a facet groups by, sixty to a page,
        # where a window's meetings are a page each (400 pages read cold at 1M).
        base = SearchRow.objects.filter(pk__in=ids)
        if name == "kind":
            rows = (
                base.exclude(category="")
                .values("category")
                .annotate(n=Count("pk"))
                .order_by("-n", "category")[:limit]
            )
            return [(r["category"], categories.label(r["category"]), r["n"]) for r in rows]
        if name in ("partner", "programme"):
            through = MeetingPartner if name == "partner" else Meeting.programmes.through
            source = through.objects.filter(meeting_id__in=ids)
        else:
            source = base
        prefix = {"province": "city__province"}.get(name, name)
        fields = [f"{prefix}__slug", f"{prefix}__name_ar", f"{prefix}__name_fr"]
        if name == "region":
            # Twelve values at most: all of them, in the official order.
            rows = source.filter(region__isnull=False).values(*fields, "region__code")
            rows = rows.annotate(n=Count("pk")).order_by("region__code")
        else:
            rows = source.filter(**{f"{prefix}__isnull": False}).values(*fields)
            rows = rows.annotate(n=Count("pk")).order_by("-n", f"{prefix}__name_ar")[:limit]
        return [(r[f"{prefix}__slug"], _label(r, prefix), r["n"]) for r in rows]
