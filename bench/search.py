"""Search with filters on PostgreSQL: p50/p95 of the public list's queries.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/multaqa_bench_search \\
        .venv/bin/python bench/search.py [--rounds 5]

The database must hold meetings (`manage.py generate_meetings --count 1000000`) and their
search index (`manage.py reindex_search`, or generate_meetings without --no-index). Each case
is what a list page runs: the count for the paginator and the first page of 20, sorted by date
(the default) or by relevance.
"""

from __future__ import annotations

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")

import django  # noqa: E402

django.setup()

from django.db import connection, reset_queries  # noqa: E402

from events.models import Chamber, Meeting, Region  # noqa: E402
from events.search import prepare  # noqa: E402

QUERIES = [
    "التعاونية",
    "المقاولاتية",
    "الاستثمار",
    "DELIO",
    "Enabel",
    "Casablanca",
    "بالحسيمة",
    "الصناعة التقليدية",
    '"مركز الاستثمار"',
    "التكوين OR التشغيل",
    "المقاولات -الفلاحية",
    "تمويل المشاريع",
    "Enabl",
    "قرصنة",
]


def _filters():
    oriental = Region.objects.get(slug="oriental")
    casablanca = Region.objects.get(slug="casablanca-settat")
    chamber = Chamber.objects.get(slug="ccis-marrakech-safi")
    return {
        "published": lambda qs: qs,
        "region": lambda qs: qs.in_region(oriental),
        "region+year": lambda qs: qs.in_region(casablanca).between(
            datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)
        ),
        "chamber": lambda qs: qs.in_chamber(chamber),
    }


def _time(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("bench/search.py measures PostgreSQL: set DATABASE_URL")
    total = Meeting.objects.count()
    indexed = Meeting.objects.exclude(search_document="").count()
    print(f"{total} meetings ({indexed} indexed), {connection.settings_dict['NAME']}")
    prepare("Enabel")  # names are analysed once per process
    filters = _filters()
    timings: dict[str, list[float]] = {"date": [], "relevance": [], "count": []}
    worst: list[tuple[float, str]] = []
    for round_number in range(args.rounds + 1):
        for query in QUERIES:
            for name, apply in filters.items():
                qs = apply(Meeting.objects.published()).search(query)
                page_date = _time(lambda qs=qs: list(qs.order_by("-date", "-id")[:20]))
                page_rank = _time(lambda qs=qs: list(qs.order_by("-search_rank", "-id")[:20]))
                count = _time(lambda qs=qs: qs.count())
                reset_queries()
                if round_number == 0:
                    continue  # warm-up
                timings["date"].append(page_date + count)
                timings["relevance"].append(page_rank + count)
                timings["count"].append(count)
                worst.append((page_rank + count, f"{query} [{name}]"))

    def pct(values, p):
        return statistics.quantiles(values, n=100)[p - 1]

    print(
        f"{len(timings['date'])} searches ({len(QUERIES)} queries x {len(filters)} filters"
        f" x {args.rounds} rounds); times are count + first page of 20, in ms"
    )
    for key, label in (
        ("date", "sorted by date"),
        ("relevance", "sorted by relevance"),
        ("count", "count alone"),
    ):
        values = timings[key]
        print(
            f"  {label:22} p50 {pct(values, 50):7.1f}   p95 {pct(values, 95):7.1f}"
            f"   max {max(values):7.1f}"
        )
    print("  slowest (relevance):")
    for ms, label in sorted(worst, reverse=True)[:5]:
        print(f"    {ms:7.1f} ms  {label}")


if __name__ == "__main__":
    main()
