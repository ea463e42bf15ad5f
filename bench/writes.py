"""What a write costs: unpublishing and publishing again, through the services, meetings of the
most frequent partner (the largest groups of the summary tables to recompute), in ms.

DATABASE_URL=… DJANGO_SETTINGS_MODULE=bench.settings python -m bench.writes

Each meeting ends as it began (published), so the database is left as it was.
"""

from __future__ import annotations

import argparse
import json
import sys
import time


def measure(count: int = 10) -> dict:
    """Unpublish and publish again `count` meetings of the busiest partner: ms of each."""
    from django.db.models import Count

    from bench.common import percentile
    from events import services
    from events.models import Meeting, MeetingPartner

    busiest = (
        MeetingPartner.objects.values("partner")
        .annotate(n=Count("id"))
        .order_by("-n")
        .values_list("partner", "n")
        .first()
    )
    if busiest is None:
        raise SystemExit("no partner roles: generate meetings first")
    partner, roles = busiest
    meetings = list(
        Meeting.objects.published().filter(partner_roles__partner=partner).order_by("-id")[:count]
    )
    unpublish, publish = [], []
    for meeting in meetings:
        started = time.perf_counter()
        services.meeting_unpublish(meeting=meeting, user=None)
        middle = time.perf_counter()
        services.meeting_publish(meeting=meeting, user=None)
        ended = time.perf_counter()
        unpublish.append((middle - started) * 1000)
        publish.append((ended - middle) * 1000)
    return {
        "partner_roles": roles,
        "meetings": len(meetings),
        "unpublish": {"p50": percentile(unpublish, 50), "p95": percentile(unpublish, 95)},
        "publish": {"p50": percentile(publish, 50), "p95": percentile(publish, 95)},
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=10)
    parser.add_argument("--json")
    args = parser.parse_args(argv)

    import django

    django.setup()
    figures = measure(args.meetings)
    roles = figures["partner_roles"]
    print(f"meetings of the most frequent partner ({roles} roles), {figures['meetings']} of them:")
    for name in ("unpublish", "publish"):
        print(f"  {name:9} p50 {figures[name]['p50']:6.1f} ms  p95 {figures[name]['p95']:6.1f} ms")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(figures, handle, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
