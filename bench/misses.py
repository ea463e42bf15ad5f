"""A cache miss beside a cache hit, the naive app and the floor, in one run: issue 16's table.

    DATABASE_URL=postgres://…/multaqa_bench_1000000 DJANGO_SETTINGS_MODULE=bench.settings \\
        PYTHONPATH=. .venv/bin/python -m bench.misses [--requests 10] [--naive-requests 10]

(`make bench BENCH_SIZES=1000000 BENCH_ONLY=misses` runs it through bench/run.py.)

For each case (the list unfiltered, by one region, chamber or kind, by every filter; a search
alone and with a region and a year; a meeting; a partner's page) it measures, in this process
and through Django's whole handler:

- **miss**: the portal with a dummy cache (every request computes everything);
- **hit**: the portal with its cache, after one visit of each variant;
- **naive**: bench/naive.py, what a Django developer would write (no cache at all);

then a publish of the busiest partner's meetings (bench/writes.py), the trivial view (the
floor: a response of the list page's size) and `SELECT 1`. It prints p95s and the ratios
naive ÷ miss and miss ÷ trivial view, the API's list beside the HTML list (miss and hit), and
checks that every list total equals the naive app's `.count()`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import random
import sys
import time

import django

# (row of the table, the case of bench/pages.py whose URLs it visits, whether a search)
CASES = (
    ("list", "list", False),
    ("list, one region", "list region", False),
    ("list, one chamber", "list chamber", False),
    ("list, one kind", "list kind", False),
    ("list, every filter", "list all filters", False),
    ("search, one word", "list q", True),
    ("search + region + year", "list q + region + year", True),
    ("detail", "detail", False),
    ("partner page", "partner page", False),
)
# The API's list and the HTML list it mirrors (issue 15: within 10 %).
API_CASES = (("list", "api list"), ("list region", "api list region"))
# Targets of miss ÷ trivial view (issue 16).
LIMITS = {"list": 40, "search": 60, "detail": 15, "partner page": 15, "publish": 100}


def limit_of(row: str) -> int:
    if row.startswith("list"):
        return LIMITS["list"]
    if row.startswith("search"):
        return LIMITS["search"]
    return LIMITS[row]


def naive_url(url: str) -> str:
    """The naive app's twin of a portal URL."""
    path, _, query = url.partition("?")
    parts = path.strip("/").split("/")
    if parts[0] == "meetings" and len(parts) > 1:
        path = f"/bench/naive/meetings/{parts[1]}/"
    elif parts[0] == "partners":
        path = f"/bench/naive/partners/{parts[1]}/"
    else:
        path = "/bench/naive/meetings/"
    return path + ("?" + query if query else "")


def timed(client, urls: list[str], requests: int, warm: bool = True, raw: bool = False):
    """p50/p95/max in ms of `requests` GETs of `urls` in turn (each visited once before), or
    the times themselves (`raw`)."""
    from bench.common import percentile
    from bench.pages import fetch

    statuses = set()
    if warm:
        for url in urls:
            statuses.add(fetch(client, url)[0])
    times, sizes = [], []
    for i in range(requests):
        url = urls[i % len(urls)]
        started = time.perf_counter()
        status, size = fetch(client, url)
        times.append((time.perf_counter() - started) * 1000)
        statuses.add(status)
        sizes.append(size)
    if raw:
        return times
    return {
        "p50": percentile(times, 50),
        "p95": percentile(times, 95),
        "max": max(times),
        "kb": sum(sizes) / len(sizes) / 1024,
        "ok": statuses == {200},
        "statuses": sorted(statuses),
    }


def timed_pair(client, first: list[str], second: list[str], requests: int) -> tuple[dict, dict]:
    """`timed` of two lists of URLs, one request of each in turn."""
    from bench.common import percentile
    from bench.pages import fetch

    times: tuple[list, list] = ([], [])
    for urls in (first, second):
        for url in urls:
            fetch(client, url)
    for i in range(requests):
        for urls, spent in zip((first, second), times, strict=True):
            url = urls[i % len(urls)]
            started = time.perf_counter()
            fetch(client, url)
            spent.append((time.perf_counter() - started) * 1000)
    return tuple({"p50": percentile(t, 50), "p95": percentile(t, 95), "max": max(t)} for t in times)


@contextlib.contextmanager
def no_cache():
    """The settings of a miss: a dummy cache, no trusted version (bench/settings.py's
    BENCH_CACHE=0), nothing kept in the process from the hits; and after it, no version
    trusted that the dummy cache made up (pages would be stored under it)."""
    from django.conf import settings
    from django.test.utils import override_settings

    from events import cache

    def forget():
        cache._local_pages.clear()
        cache._trust(None)

    forget()
    dummy = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    with override_settings(CACHES={**settings.CACHES, "default": dummy}, CACHE_VERSION_TRUST=0):
        yield
    forget()


def totals_match(urls: list[str]) -> tuple[int, list[str]]:
    """How many variants were compared, and those whose portal total is not the naive
    app's `.count()` (a search's total is capped by the portal and its words are analysed
    otherwise by the naive app, so searches are not compared)."""
    from urllib.parse import urlsplit

    from django.http import QueryDict

    from bench.naive import NaiveFilter, published
    from events.filters import meeting_filter
    from events.models import Partner
    from events.selectors import list_total

    compared, wrong = 0, []
    for url in urls:
        parts = urlsplit(url)
        data = QueryDict(parts.query, mutable=True)
        if parts.path.startswith("/partners/"):
            data["partner"] = parts.path.strip("/").split("/")[1]
        elif parts.path != "/meetings/" or data.get("q"):
            continue
        portal, capped = list_total(meeting_filter(data))
        naive = NaiveFilter(data, queryset=published()).qs.count()
        if parts.path.startswith("/partners/"):
            naive = published().filter(partner_roles__partner__slug=data["partner"]).count()
            assert Partner.objects.filter(slug=data["partner"]).exists()
        compared += 1
        if capped or portal != naive:
            wrong.append(f"{url}: portal {portal}{'+' if capped else ''}, naive {naive}")
    return compared, wrong


def select_one(requests: int) -> float:
    from django.db import connection

    from bench.common import percentile

    times = []
    with connection.cursor() as cursor:
        for _ in range(requests):
            started = time.perf_counter()
            cursor.execute("SELECT 1")
            cursor.fetchone()
            times.append((time.perf_counter() - started) * 1000)
    return percentile(times, 95)


def ratio(a: float | None, b: float | None) -> str:
    if not a or not b or math.isnan(a) or math.isnan(b):
        return ""
    return f"{a / b:,.1f}×"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=10, help="timed misses per case")
    parser.add_argument("--hit-requests", type=int, default=40, help="timed hits per case")
    parser.add_argument(
        "--naive-requests", type=int, default=10, help="timed naive requests (0: none)"
    )
    parser.add_argument("--ilike", action="store_true", help="the naive search by ILIKE too")
    parser.add_argument(
        "--only",
        default="",
        help='rows of the table, by "," (or by ";": "list, every filter;detail")',
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", help="write the figures there too")
    args = parser.parse_args(argv)

    django.setup()
    from django.db import connection
    from django.test import Client

    from bench import naive, writes
    from bench.pages import cases
    from events.models import Meeting

    if connection.vendor != "postgresql":
        raise SystemExit("bench/misses.py needs PostgreSQL (the naive search is its full text)")
    started = time.perf_counter()
    naive.ensure_index()
    index_s = time.perf_counter() - started
    client = Client(raise_request_exception=False)
    total = Meeting.objects.count()
    urls = dict(cases(random.Random(args.seed)))
    # Some rows hold a comma ("list, every filter"): those are chosen with ";" between rows.
    separator = ";" if ";" in args.only else ","
    only = {c.strip() for c in args.only.split(separator) if c.strip()}
    print(
        f"{total} meetings; {args.requests} misses, {args.hit_requests} hits,"
        f" {args.naive_requests} naive requests per case (naive index ready in "
        f"{index_s:.0f} s)",
        flush=True,
    )

    # The floor is measured a little before each case, so that a busy moment of the machine
    # weighs on it as on the cases (a p95 of one burst of 400 requests swung from 0.7 to 6 ms
    # on a shared machine).
    floor_url = f"/bench/trivial/?size={round(1024 * 32)}"
    floor_times: list[float] = []

    def measure_floor() -> None:
        floor_times.extend(timed(client, [floor_url], 40, raw=True))

    measure_floor()
    select1 = select_one(400)

    rows, checks = {}, {}
    for row, case, search in CASES:
        if only and row not in only:
            continue
        variants = urls[case]
        measure_floor()
        with no_cache():
            miss = timed(client, variants, args.requests)
        hit = timed(client, variants, args.hit_requests)
        rows[row] = {"miss": miss, "hit": hit, "naive": None}
        if not args.naive_requests:
            print(f"  {row}: miss {miss['p95']:.1f}, hit {hit['p95']:.2f} ms", flush=True)
            continue
        if not search:
            checks[row] = totals_match(variants)
        naive_variants = [naive_url(u) for u in variants]
        naive_figures = timed(client, naive_variants, args.naive_requests, warm=False)
        rows[row]["naive"] = naive_figures
        if search and args.ilike:
            ilike = [u + "&engine=ilike" for u in naive_variants]
            rows[row]["naive ilike"] = timed(client, ilike, min(3, args.naive_requests), False)
        print(
            f"  {row}: miss {miss['p95']:.1f}, hit {hit['p95']:.2f}, naive "
            f"{naive_figures['p95']:.0f} ms",
            flush=True,
        )

    api = {}
    for html, api_case in API_CASES:
        if only and "api" not in only:
            break
        measure_floor()
        # In turns, an HTML request then its API twin, so that a busy moment weighs on both.
        with no_cache():
            misses = timed_pair(client, urls[html], urls[api_case], args.requests)
        hits = timed_pair(client, urls[html], urls[api_case], args.hit_requests)
        api[api_case] = {
            name: {"miss": miss, "hit": hit}
            for name, miss, hit in zip((html, api_case), misses, hits, strict=True)
        }

    publish = None
    if not only or "publish" in only:
        measure_floor()
        publish = writes.measure(10)

    from bench.common import percentile

    trivial = {"p50": percentile(floor_times, 50), "p95": percentile(floor_times, 95)}
    floor = trivial["p95"]
    print(
        f"\ntrivial view (32 KB) p95 {floor:.2f} ms, p50 {trivial['p50']:.2f} ms, "
        f"{len(floor_times)} requests; SELECT 1 p95 {select1:.2f} ms\n"
    )
    print(
        "| case (p95, ms) | miss | hit | naive app | naive ÷ miss | miss ÷ trivial view | target |"
    )
    print("|---|---:|---:|---:|---:|---:|---|")
    for row, figures in rows.items():
        miss, hit = figures["miss"], figures["hit"]
        slow = figures["naive"] or {"p95": float("nan"), "ok": True}
        bad = "" if miss["ok"] and hit["ok"] and slow["ok"] else " (HTTP not 200!)"
        aimed = limit_of(row)
        met = miss["p95"] <= aimed * floor
        if row.startswith(("list", "search")) and figures["naive"]:
            ahead = slow["p95"] >= 10 * miss["p95"]
            target = (
                f"≤{aimed}× {'met' if met else 'MISSED'}; ≥10× naive {'met' if ahead else 'MISSED'}"
            )
        else:
            target = f"≤{aimed}× {'met' if met else 'MISSED'}"
        naive_label = f"{slow['p95']:,.0f}" + (" (GIN)" if row.startswith("search") else "")
        print(
            f"| {row}{bad} | {miss['p95']:,.1f} | {hit['p95']:.2f} | {naive_label} | "
            f"{ratio(slow['p95'], miss['p95'])} | {ratio(miss['p95'], floor)} | {target} |"
        )
        if "naive ilike" in figures:
            print(
                f"| {row}, naive by ILIKE | | | {figures['naive ilike']['p95']:,.0f} | "
                f"{ratio(figures['naive ilike']['p95'], miss['p95'])} | | |"
            )
    if publish:
        p95 = publish["publish"]["p95"]
        un = publish["unpublish"]["p95"]
        aimed = LIMITS["publish"]
        print(
            f"| publish (busiest partner) | {p95:,.1f} | | | | {ratio(p95, floor)} | "
            f"≤{aimed}× {'met' if p95 <= aimed * floor else 'MISSED'} |"
        )
        print(
            f"| unpublish (busiest partner) | {un:,.1f} | | | | {ratio(un, floor)} | "
            f"≤{aimed}× {'met' if un <= aimed * floor else 'MISSED'} |"
        )
    print(f"| trivial view | {floor:.2f} | | | | 1× | |")
    print(f"| SELECT 1 | {select1:.2f} | | | | | |")

    if api:
        print("\n| API vs HTML, in turns (ms, p95 (p50)) | HTML | API | API ÷ HTML, p95; p50 |")
        print("|---|---:|---:|---|")
        for api_case, figures in api.items():
            html = next(h for h, a in API_CASES if a == api_case)
            for how in ("miss", "hit"):
                h, a = figures[html][how], figures[api_case][how]
                ratios = [a[p] / h[p] for p in ("p95", "p50")]
                verdict = "met" if max(ratios) <= 1.1 else "MISSED"
                print(
                    f"| {api_case} / {html}, {how} | {h['p95']:.2f} ({h['p50']:.2f}) | "
                    f"{a['p95']:.2f} ({a['p50']:.2f}) | {ratios[0]:.2f}; {ratios[1]:.2f} "
                    f"{verdict} |"
                )

    compared = sum(n for n, _ in checks.values())
    wrong = [w for _, ws in checks.values() for w in ws]
    print(
        f"\ntotals: {compared} variants compared with the naive app's .count(): "
        f"{'all equal' if not wrong else f'{len(wrong)} DIFFER'}"
    )
    for line in wrong:
        print("  " + line)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(
                {
                    "meetings": total,
                    "trivial": trivial,
                    "select1_p95": select1,
                    "rows": rows,
                    "api": api,
                    "publish": publish,
                    "totals": {"compared": compared, "wrong": wrong},
                },
                handle,
                indent=1,
            )
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
