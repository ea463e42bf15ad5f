"""The collector's cost: items per second per kind of source, and a 500-item feed's first run.

A chamber's site on loopback (bench/feed_site.py) serves N article pages of our own writing
and the RSS, Atom, WordPress JSON and sitemap documents listing them; each source is collected
in this process on a scratch PostgreSQL database, timed, its SQL queries counted, the peak
memory (RSS) of the process read. Then the second runs: nothing new (the feed answers 304),
and one new item in a feed that sends no validators.

    python -m bench.collect [--items 500] [--per-kind 100] [--template multaqa_bench_template]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

from bench.common import PYTHON, ROOT, create_database, database_url, env_for

SCRATCH = "multaqa_bench_collect"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Queries:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def timed(label: str, collect) -> dict:
    from django.db import connection

    queries = Queries()
    before = peak_mb()
    started = time.perf_counter()
    with connection.execute_wrapper(queries):
        run = collect()
    seconds = time.perf_counter() - started
    done = run.items_done
    figure = {
        "label": label,
        "status": run.status,
        "items": done,
        "drafts": run.drafts,
        "refused": run.refused,
        "errors": run.errors,
        "seconds": round(seconds, 3),
        "items_per_second": round(done / seconds, 2) if done else None,
        "queries": queries.count,
        "queries_per_item": round(queries.count / done, 1) if done else None,
        "peak_rss_mb": round(peak_mb(), 1),
        "rss_growth_mb": round(peak_mb() - before, 1),
    }
    rate = f"{figure['items_per_second']:.1f} items/s, " if done else ""
    print(
        f"{label:38} {run.status:12} {done:4} items ({run.drafts} drafts) in {seconds:6.2f} s: "
        f"{rate}{queries.count} queries, peak RSS {figure['peak_rss_mb']:.0f} MB",
        flush=True,
    )
    return figure


def measure(items: int, per_kind: int) -> dict:
    import django

    django.setup()
    from django.conf import settings

    from bench import feed_site
    from collect.collecting import source_collect
    from collect.models import Source
    from events.gazetteer_snapshot import get_gazetteer
    from events.importing import read_url
    from events.models import Chamber

    # The site is on loopback: allowed in this process only (the settings refuse it without
    # DEBUG, as they should for a server).
    settings.IMPORT_ALLOW_PRIVATE_URLS = True
    chamber = Chamber.objects.get(slug="ccis-oriental")
    site = feed_site.Site()
    figures: dict = {"items": items, "per_kind": per_kind, "runs": []}
    try:
        get_gazetteer()  # built once per process, before anything is timed
        listed = site.publish([feed_site.meeting(n) for n in range(items)])
        site.routes["/feed.xml"] = feed_site.document(feed_site.rss(listed), "application/rss+xml")
        sample = listed[:50]
        started = time.perf_counter()
        for entry in sample:
            read_url(entry.link)
        figures["page_read_ms"] = round((time.perf_counter() - started) / len(sample) * 1000, 1)
        print(f"one page fetched and read (trafilatura): {figures['page_read_ms']} ms", flush=True)

        feed = Source.objects.create(url=site.url("/feed.xml"), kind="feed", chamber=chamber)
        figures["runs"].append(
            timed(f"RSS, first run of {items} items", lambda: source_collect(source=feed))
        )
        figures["runs"].append(timed("RSS, second run (304)", lambda: source_collect(source=feed)))
        more = site.publish([feed_site.meeting(items)], prefix="/more")
        site.routes["/feed.xml"] = feed_site.document(
            feed_site.rss(more + listed), "application/rss+xml", conditional=False
        )
        figures["runs"].append(
            timed("RSS, second run, 1 new item (no ETag)", lambda: source_collect(source=feed))
        )

        start = items + 1
        for kind, route, build in (
            ("Atom", "/atom.xml", lambda e: feed_site.document(feed_site.atom(e), "text/xml")),
            (
                "sitemap",
                "/sitemap.xml",
                lambda e: feed_site.document(feed_site.sitemap(e), "text/xml"),
            ),
            (
                "WordPress JSON",
                "/wp-json/wp/v2/posts",
                lambda e: feed_site.WordPress(
                    [feed_site.wp_post(x, 9000 - i) for i, x in enumerate(e)]
                ),
            ),
        ):
            entries = site.publish(
                [feed_site.meeting(n) for n in range(start, start + per_kind)],
                prefix=f"/{kind[:4]}",
            )
            start += per_kind
            site.routes[route] = build(entries)
            source = Source.objects.create(
                url=site.url(route),
                kind={"Atom": "feed", "sitemap": "sitemap"}.get(kind, "wordpress"),
                chamber=chamber,
            )
            figures["runs"].append(
                timed(
                    f"{kind}, first run of {per_kind} items",
                    lambda s=source: source_collect(source=s),
                )
            )
    finally:
        site.close()
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--per-kind", type=int, default=100)
    parser.add_argument("--template", help="a migrated database to copy (faster than migrate)")
    parser.add_argument("--json")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        figures = measure(args.items, args.per_kind)
        if args.json:
            with open(args.json, "w", encoding="utf-8") as handle:
                json.dump(figures, handle, indent=1)
        return 0
    create_database(SCRATCH, template=args.template, drop=True)
    env = env_for(database_url(SCRATCH))
    if not args.template:
        subprocess.run(
            [PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
        )
    command = [PYTHON, "-m", "bench.collect", "--measure", "--items", str(args.items)]
    command += ["--per-kind", str(args.per_kind)]
    if args.json:
        command += ["--json", args.json]
    return subprocess.run(command, cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
