"""Server time per request, in process: p50 and p95 in ms, and SQL queries per page.

Run by bench/run.py with DATABASE_URL set to one benchmark database:
    DATABASE_URL=... DJANGO_SETTINGS_MODULE=bench.settings python -m bench.pages

Each case has several variants (different regions, partners, meetings…) visited in turn, so
the figures are not those of one hot row. The time is Django's whole handler, middleware
included, up to the last byte of a streamed body; queries are counted on a separate request so
that counting does not slow the timed ones.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import sys
import time
from urllib.parse import urlencode

import django

WORDS = [
    "التعاونيات",
    "المقاولات الصغرى",
    "الاقتصاد الاجتماعي والتضامني",
    "التمويل",
    "حاضنة المقاولات",
    "ورشة",
    "التجارة الإلكترونية",
    "تثمين المنتوجات المجالية",
    "الصيد البحري",
    "انطلاقة",
]


def sample_values(rng: random.Random) -> dict:
    """Real values of every filter, picked from what the database holds."""
    from django.db.models import Count

    from events.models import Meeting, MeetingPartner

    published = Meeting.objects.published()
    sample = list(
        published.filter(city__isnull=False, date__isnull=False)
        .exclude(programmes=None)
        .order_by("-id")
        .values_list("id", flat=True)[:2000]
    )
    meetings = list(
        Meeting.objects.filter(id__in=rng.sample(sample, min(12, len(sample))))
        .select_related("region", "city__province", "chamber")
        .prefetch_related("partner_roles__partner", "programmes")
    )
    popular_partners = list(
        MeetingPartner.objects.values_list("partner__slug", flat=True)
        .annotate(n=Count("id"))
        .order_by("-n")[:40]
    )
    rare_partners = list(
        MeetingPartner.objects.values_list("partner__slug", flat=True)
        .annotate(n=Count("id"))
        .order_by("n")[:10]
    )
    return {"meetings": meetings, "partners": popular_partners[::4] + rare_partners[:3]}


def cases(rng: random.Random) -> list[tuple[str, list[str]]]:
    values = sample_values(rng)
    meetings = values["meetings"]
    if not meetings:
        raise SystemExit("no published meeting with a city and a programme: generate data first")

    def q(**params) -> str:
        return "?" + urlencode(params)

    def one_year(m) -> dict:
        return {
            "date_from": (m.date - datetime.timedelta(days=365)).isoformat(),
            "date_to": m.date.isoformat(),
        }

    def all_filters(m) -> dict:
        partner = m.partner_roles.all()[0].partner
        return {
            "region": m.region.slug,
            "province": m.city.province.slug,
            "city": m.city.slug,
            "chamber": m.chamber.slug,
            "partner": partner.slug,
            "programme": m.programmes.all()[0].slug,
            "kind": m.category,
            **one_year(m),
        }

    list_cases = [
        ("home", ["/"]),
        ("list", ["/meetings/"]),
        ("list page 20", ["/meetings/?page=20"]),
        ("list region", ["/meetings/" + q(region=m.region.slug) for m in meetings]),
        ("list province", ["/meetings/" + q(province=m.city.province.slug) for m in meetings]),
        ("list city", ["/meetings/" + q(city=m.city.slug) for m in meetings]),
        ("list chamber", ["/meetings/" + q(chamber=m.chamber.slug) for m in meetings]),
        ("list partner", ["/meetings/" + q(partner=p) for p in values["partners"]]),
        (
            "list programme",
            ["/meetings/" + q(programme=m.programmes.all()[0].slug) for m in meetings],
        ),
        ("list kind", ["/meetings/" + q(kind=m.category) for m in meetings]),
        (
            "list date_from",
            ["/meetings/" + q(date_from=one_year(m)["date_from"]) for m in meetings],
        ),
        ("list date_to", ["/meetings/" + q(date_to=one_year(m)["date_to"]) for m in meetings]),
        ("list sort=date", ["/meetings/" + q(sort="date")]),
        ("list all filters", ["/meetings/" + q(**all_filters(m)) for m in meetings]),
        ("list q", ["/meetings/" + q(q=w) for w in WORDS]),
        (
            "list q + region + year",
            [
                "/meetings/" + q(q=w, region=m.region.slug, **one_year(m))
                for w, m in zip(WORDS, meetings, strict=False)
            ],
        ),
        ("detail", [m.get_absolute_url() for m in meetings]),
        ("partner page", [f"/partners/{p}/" for p in values["partners"]]),
    ]
    list_cases = with_api_cases(list_cases)
    export_cases = []
    for ext in ("csv", "json", "ics", "atom"):
        export_cases.append(
            (
                f"export .{ext} region+year",
                [f"/meetings.{ext}" + q(region=m.region.slug, **one_year(m)) for m in meetings],
            )
        )
        # Whole-table CSV and iCalendar grow with the database (the memory benchmark streams
        # one); JSON is paged and Atom holds the latest entries, so they are measured whole.
        if ext in ("json", "atom"):
            export_cases.append((f"export .{ext}", [f"/meetings.{ext}"]))
    return list_cases + export_cases


# The API's list and detail beside the HTML pages they mirror (api/): same filters, same
# meetings, only the rendering differs.
API_TWINS = {
    "list": "api list",
    "list region": "api list region",
    "list all filters": "api list all filters",
    "list q": "api list q",
    "detail": "api detail",
}


def with_api_cases(list_cases: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    out = []
    for name, urls in list_cases:
        out.append((name, urls))
        if name in API_TWINS:
            if name == "detail":
                api_urls = [f"/api/v1/meetings/{url.split('/')[2]}/" for url in urls]
            else:
                api_urls = ["/api/v1/meetings/" + url.removeprefix("/meetings/") for url in urls]
            out.append((API_TWINS[name], api_urls))
    return out


def fetch(client, url: str) -> tuple[int, int]:
    response = client.get(url)
    if response.streaming:
        size = sum(len(chunk) for chunk in response.streaming_content)
    else:
        size = len(response.content)
    return response.status_code, size


def measure(client, urls: list[str], requests: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import Resolver404, resolve

    path = urls[0].split("?")[0]
    try:
        resolve(path)
    except Resolver404:
        return {"status": "missing"}
    statuses, sizes, queries = set(), [], 0
    for url in urls:  # warm-up, and the query count of each variant
        with CaptureQueriesContext(connection) as captured:
            status, size = fetch(client, url)
        statuses.add(status)
        sizes.append(size)
        queries = max(queries, len(captured.captured_queries))
    if statuses != {200}:
        return {"status": "HTTP " + ",".join(map(str, sorted(statuses)))}
    times = []
    for i in range(requests):
        url = urls[i % len(urls)]
        started = time.perf_counter()
        fetch(client, url)
        times.append((time.perf_counter() - started) * 1000)
    from bench.common import percentile

    return {
        "status": "ok",
        "p50": percentile(times, 50),
        "p95": percentile(times, 95),
        "max": max(times),
        "queries": queries,
        "kb": sum(sizes) / len(sizes) / 1024,
        "variants": len(urls),
        "requests": requests,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=40, help="timed requests per case")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", default="", help="comma-separated case names")
    parser.add_argument("--json", help="write the figures there too")
    args = parser.parse_args(argv)

    django.setup()
    from django.test import Client

    from events.models import Meeting

    # A page that fails is reported as its status, not as the end of the benchmark.
    client = Client(raise_request_exception=False)
    total = Meeting.objects.count()
    rng = random.Random(args.seed)
    results = {}
    only = {c.strip() for c in args.only.split(",") if c.strip()}
    print(f"{total} meetings in the database; {args.requests} timed requests per case")
    print(f"{'page':32} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'queries':>8} {'KB':>7}")
    for name, urls in cases(rng):
        if only and name not in only:
            continue
        result = measure(client, urls, args.requests)
        results[name] = result
        if result["status"] != "ok":
            print(f"{name:32} {result['status']}", flush=True)
            continue
        print(
            f"{name:32} {result['p50']:8.1f} {result['p95']:8.1f} {result['max']:8.1f} "
            f"{result['queries']:8d} {result['kb']:7.1f}",
            flush=True,
        )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"meetings": total, "pages": results}, handle, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
