"""The meeting list in other formats: CSV, JSON and iCalendar.

Each takes the same `MeetingFilter` the list page uses; only the rendering differs.
"""

from __future__ import annotations

import csv
import datetime
import json
from collections.abc import Iterator
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.http import HttpRequest, JsonResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from events import categories
from events.filters import LIST_PARAMS, MeetingFilter, printable
from events.i18n import is_french, localised
from events.models import Meeting, MeetingPartner

JSON_PAGE_SIZE = 50
CHUNK = 500
CSV_COLUMNS = (
    "id",
    "url",
    "title",
    "date",
    "time",
    "kind",
    "region",
    "chamber",
    "city",
    "venue",
    "partners",
    "programmes",
    "participants",
    "source",
    # Added after the first columns, which readers may take by position.
    "date_end",
    "category",
    "category_ar",
    "category_fr",
)


def _absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


def _rows(filterset: MeetingFilter) -> Iterator[Meeting]:
    # chunk_size keeps memory flat and lets prefetch_related work with iterator(); the analysed
    # search text is never exported.
    return filterset.qs.with_related().defer("search_document").iterator(chunk_size=CHUNK)


# The CSV's own columns, read as tuples: no model instances, no column it does not print.
CSV_FIELDS = (
    "pk",
    "slug",
    "title",
    "date",
    "time",
    "kind",
    "region__slug",
    "chamber__slug",
    "city__name_ar",
    "city__name_fr",
    "venue",
    "participants",
    "article__source_url",
    "date_end",
    "category",
)
CSV_CHUNK = 2000


def _chunks(rows: Iterator[tuple], size: int) -> Iterator[list[tuple]]:
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _names_by_meeting(queryset, ids: list[int], prefix: str) -> dict[int, list[str]]:
    """{meeting id: [names]} for one chunk of meetings: one query."""
    french = is_french()
    names: dict[int, list[str]] = {}
    rows = queryset.filter(meeting_id__in=ids).values_list(
        "meeting_id", f"{prefix}__name_ar", f"{prefix}__name_fr"
    )
    for meeting_id, name_ar, name_fr in rows:
        names.setdefault(meeting_id, []).append(localised(name_ar, name_fr, french=french))
    return names


def _csv_rows(filterset: MeetingFilter) -> Iterator[tuple]:
    """(row values, partner names, programme names) per meeting, CSV_CHUNK meetings a time."""
    rows = filterset.qs.values_list(*CSV_FIELDS).iterator(chunk_size=CSV_CHUNK)
    roles = MeetingPartner.objects.order_by("meeting_id", "partner__name_ar")
    links = Meeting.programmes.through.objects.order_by("meeting_id", "programme__name_ar")
    for chunk in _chunks(rows, CSV_CHUNK):
        ids = [row[0] for row in chunk]
        partners = _names_by_meeting(roles, ids, "partner")
        programmes = _names_by_meeting(links, ids, "programme")
        for row in chunk:
            yield row, partners.get(row[0], ()), programmes.get(row[0], ())


def _safe_cell(value: str) -> str:
    """Spreadsheets run cells that begin with = + - @ as formulas; quote them as text."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_response(request: HttpRequest, filterset: MeetingFilter) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        # The byte-order mark tells spreadsheet programs the file is UTF-8 (Arabic stays Arabic).
        yield "\ufeff" + writer.writerow(CSV_COLUMNS)
        french = is_french()
        for values, partners, programmes in _csv_rows(filterset):
            (pk, slug, title, date, time, kind, region, chamber) = values[:8]
            city_ar, city_fr, venue, participants, source, date_end, category = values[8:]
            row = [
                str(pk),
                _absolute(request, Meeting(pk=pk, slug=slug).get_absolute_url()),
                title,
                date.isoformat() if date else "",
                time.strftime("%H:%M") if time else "",
                kind,
                region or "",
                chamber,
                localised(city_ar, city_fr, french=french),
                venue,
                "; ".join(partners),
                "; ".join(programmes),
                "" if participants is None else str(participants),
                source or "",
                date_end.isoformat() if date_end else "",
                category,
                categories.label(category, "ar"),
                categories.label(category, "fr"),
            ]
            yield writer.writerow([_safe_cell(cell) for cell in row])

    response = StreamingHttpResponse(
        (line.encode("utf-8") for line in lines()), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="meetings.csv"'
    return response


def meeting_json(request: HttpRequest, m: Meeting) -> dict:
    return {
        "id": m.pk,
        "url": _absolute(request, m.get_absolute_url()),
        "title": m.title,
        "date": m.date.isoformat() if m.date else None,
        "time": m.time.strftime("%H:%M") if m.time else None,
        "kind": m.kind or None,
        "date_end": m.date_end.isoformat() if m.date_end else None,
        "category": m.category,
        "category_ar": categories.label(m.category, "ar"),
        "category_fr": categories.label(m.category, "fr"),
        "region": m.region.slug if m.region else None,
        "chamber": m.chamber.slug,
        "city": m.city.name if m.city else None,
        "venue": m.venue or None,
        "partners": [
            {"name": r.partner.name, "slug": r.partner.slug, "role": r.role}
            for r in m.partner_roles.all()
        ],
        "programmes": [{"name": p.name, "slug": p.slug} for p in m.programmes.all()],
    }


def _query(request: HttpRequest, **changes) -> str:
    params = {k: v for k in LIST_PARAMS if (v := request.GET.get(k))}
    params.update(changes)
    return "?" + urlencode(params) if params else ""


def json_response(request: HttpRequest, filterset: MeetingFilter) -> JsonResponse:
    queryset = filterset.qs.with_related()
    paginator = Paginator(queryset, JSON_PAGE_SIZE)
    try:
        number = int(request.GET.get("page") or 1)
    except ValueError:
        # A page that is not a number reads as the first one.
        number = 1
    try:
        page = paginator.page(number)
    except EmptyPage:
        results, next_url = [], None
    else:
        results = [meeting_json(request, m) for m in page.object_list]
        next_url = None
        if page.has_next():
            next_query = _query(request, page=page.next_page_number())
            next_url = _absolute(request, request.path + next_query)
    body = {"count": paginator.count, "next": next_url, "results": results}
    if filterset.is_bound and not filterset.form.is_valid():
        body["errors"] = {k: [str(e) for e in v] for k, v in filterset.form.errors.items()}
    return JsonResponse(body, json_dumps_params={"ensure_ascii": False})


# iCalendar (RFC 5545) -----------------------------------------------------------------------


def ical_escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11); control characters are not allowed at all."""
    text = "".join(ch for ch in text if ch in "\n" or not (ord(ch) < 32 or ord(ch) == 127))
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ical_fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (§3.1)."""
    out, current, size = [], [], 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size, limit = [" "], 1, 75
        current.append(ch)
        size += width
    out.append("".join(current))
    return "\r\n".join(out) + "\r\n"


def _ical_utc(value: datetime.datetime) -> str:
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_event(request: HttpRequest, m: Meeting, host: str) -> Iterator[str]:
    url = _absolute(request, m.get_absolute_url())
    stamp = m.updated_at or m.published_at or timezone.now()
    lines = [
        "BEGIN:VEVENT",
        f"UID:meeting-{m.pk}@{host}",
        f"DTSTAMP:{_ical_utc(stamp)}",
    ]
    if m.date_end and m.date_end > m.date:
        # Several days: all-day from the first to the last, DTEND the day after (exclusive);
        # an hour of the first day cannot go with a DATE end (§3.8.2.2).
        lines.append(f"DTSTART;VALUE=DATE:{m.date:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{m.date_end + datetime.timedelta(days=1):%Y%m%d}")
    elif m.time:
        start = timezone.make_aware(
            datetime.datetime.combine(m.date, m.time), timezone.get_default_timezone()
        )
        lines.append(f"DTSTART:{_ical_utc(start)}")
    else:
        # A date without a time is an all-day event: DTEND is the next day, exclusive.
        lines.append(f"DTSTART;VALUE=DATE:{m.date:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{m.date + datetime.timedelta(days=1):%Y%m%d}")
    lines.append(f"SUMMARY:{ical_escape(m.title)}")
    lines.append(f"CATEGORIES:{ical_escape(categories.label(m.category))}")
    place = ", ".join(
        p for p in (m.venue, m.city.name if m.city else "", m.region.name if m.region else "") if p
    )
    if place:
        lines.append(f"LOCATION:{ical_escape(place)}")
    description = "\n".join(p for p in (m.chamber.name, m.summary or m.body[:500], url) if p)
    lines.append(f"DESCRIPTION:{ical_escape(description)}")
    lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    for line in lines:
        yield ical_fold(line)


def listing_title(filterset: MeetingFilter) -> str | None:
    """The portal's name and the filters in use, as a feed's or a calendar's title reads:
    "ملتقى — Enabel"; None without a (valid) filter."""
    values = []
    if filterset.is_bound and filterset.form.is_valid():
        values = [shown for _name, _label, shown in filterset.active_filters()]
    if not values:
        return None
    return " — ".join([_(settings.SITE_NAME), *values])


def _calendar(request: HttpRequest, name: str, meetings) -> StreamingHttpResponse:
    host = request.get_host().split(":")[0] or "multaqa"

    def lines() -> Iterator[str]:
        for line in (
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Multaqa//Meetings//AR",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            f"X-WR-CALNAME:{ical_escape(name)}",
        ):
            yield ical_fold(line)
        for m in meetings():
            yield from ical_event(request, m, host)
        yield "END:VCALENDAR\r\n"

    return StreamingHttpResponse(
        (chunk.encode("utf-8") for chunk in lines()), content_type="text/calendar; charset=utf-8"
    )


def ics_response(request: HttpRequest, filterset: MeetingFilter) -> StreamingHttpResponse:
    # A meeting without a date has no place in a calendar.
    dated = MeetingFilter(filterset.data, queryset=filterset.queryset.filter(date__isnull=False))
    name = listing_title(filterset) or _(settings.SITE_NAME)
    response = _calendar(request, name, lambda: _rows(dated))
    response["Content-Disposition"] = 'attachment; filename="meetings.ics"'
    return response


def meeting_ics_response(request: HttpRequest, meeting: Meeting) -> StreamingHttpResponse:
    """One meeting as a calendar of one event, for "add to calendar"."""
    name = f"{_(settings.SITE_NAME)} — {printable(meeting.title)}"
    response = _calendar(request, name, lambda: [meeting])
    response["Content-Disposition"] = f'attachment; filename="meeting-{meeting.pk}.ics"'
    return response


def dumps_ld(data: dict) -> str:
    """JSON for a <script type="application/ld+json">, safe against a closing </script>."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
