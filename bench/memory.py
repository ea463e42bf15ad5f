"""Peak memory (RSS) of streaming a CSV export of 100,000 meetings, in a process of its own.

DATABASE_URL=… DJANGO_SETTINGS_MODULE=bench.settings python -m bench.memory
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--json")
    args = parser.parse_args(argv)

    import django

    django.setup()
    from django.test import Client

    from events.models import Meeting

    published = Meeting.objects.published().filter(date__isnull=False)
    # The most recent `rows` dated meetings: a date_from that selects that many.
    cutoff = published.order_by("-date").values_list("date", flat=True)[args.rows - 1 : args.rows]
    params = {"date_from": cutoff[0].isoformat()} if cutoff else {}
    client = Client()
    client.get("/meetings.csv?date_from=2999-01-01")  # imports, templates, a connection
    baseline = peak_mb()
    started = time.perf_counter()
    response = client.get("/meetings.csv", params)
    lines = size = 0
    for chunk in response.streaming_content:
        size += len(chunk)
        lines += chunk.count(b"\n")
    elapsed = time.perf_counter() - started
    peak = peak_mb()
    rows = lines - 1
    print(
        f"CSV export of {rows} meetings ({size / 1e6:.1f} MB) in {elapsed:.1f} s: "
        f"peak RSS {peak:.0f} MB (process before the export: {baseline:.0f} MB; "
        f"streamed: {response.streaming})"
    )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(
                {
                    "rows": rows,
                    "bytes": size,
                    "seconds": elapsed,
                    "peak_mb": peak,
                    "baseline_mb": baseline,
                    "streaming": response.streaming,
                },
                handle,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
