"""`make bench`: every figure of docs/performance.md, against the PostgreSQL of DATABASE_URL.

    python bench/run.py [--sizes 10000,100000] [--only pages,cold,writes,memory,…]

Each size gets a database of its own on that server (multaqa_bench_<size>), made from a
migrated template and filled by `generate_meetings`; a database that already holds the right
number of meetings is reused, so a second run only measures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    OUT,
    PYTHON,
    ROOT,
    base_url,
    create_database,
    database_exists,
    database_url,
    env_for,
    heading,
    manage,
)

TEMPLATE = "multaqa_bench_template"
STEPS = (
    "extract",
    "import",
    "collect",
    "pages",
    "cold",
    "misses",
    "throughput",
    "search",
    "writes",
    "memory",
)
# The cases a cache miss is measured for: every page the cache serves (exports are never cached).
COLD_CASES = (
    "home,list,list page 20,list region,list province,list city,list chamber,list partner,"
    "list programme,list kind,list date_from,list date_to,list sort=date,list all filters,"
    "list q,list q + region + year,detail,partner page"
)
TARGETS_MS = {"list": 50.0, "search": 80.0, "detail": 20.0, "partner": 20.0}


def meeting_count(url: str) -> int:
    from bench.common import connect

    with connect(url) as conn:
        return conn.execute("SELECT count(*) FROM events_meeting").fetchone()[0]


def prepare_template() -> None:
    create_database(TEMPLATE)
    manage(database_url(TEMPLATE), "migrate", "--noinput", "-v0")


def prepare_size(size: int) -> tuple[str, str]:
    """The URL of a database holding `size` meetings, and how it came to hold them."""
    name = f"multaqa_bench_{size}"
    url = database_url(name)
    if not database_exists(name):
        create_database(name, template=TEMPLATE)
    manage(url, "migrate", "--noinput", "-v0")
    count = meeting_count(url)
    if count > size:
        create_database(name, template=TEMPLATE, drop=True)
        count = 0
    if count == size:
        return url, f"reused {name} ({size} meetings)"
    started = time.perf_counter()
    done = manage(
        url,
        "generate_meetings",
        "--count",
        str(size - count),
        "--seed",
        str(count),
        capture_output=False,
        stdout=subprocess.PIPE,
        text=True,
    )
    elapsed = time.perf_counter() - started
    line = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    return url, f"generated {size - count} meetings in {elapsed:.0f} s: {line}"


def run_module(
    module: str, url: str, *args: str, timeout: int = 3600, label: str = "", **env_extra: str
) -> dict | None:
    """Runs `python -m module`, passing its output through; returns the figures it wrote."""
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"{module.split('.')[-1]}{label}-{url.rsplit('/', 1)[-1]}.json"
    out.unlink(missing_ok=True)
    env = env_for(url, STATIC_ROOT=str(OUT / "static"), **env_extra)
    completed = subprocess.run(
        [PYTHON, "-m", module, *args, "--json", str(out)], cwd=ROOT, env=env, timeout=timeout
    )
    if completed.returncode:
        print(f"*** {module} exited with {completed.returncode}")
    return json.loads(out.read_text()) if out.exists() else None


def run_script(path: Path, url: str | None, *args: str) -> None:
    """A benchmark another module owns: run it as it documents itself, if it exists."""
    if not path.exists():
        print(f"{path.relative_to(ROOT)}: missing")
        return
    env = env_for(url) if url else dict(os.environ)
    completed = subprocess.run([PYTHON, str(path), *args], cwd=ROOT, env=env)
    if completed.returncode:
        print(f"*** {path.name} exited with {completed.returncode}")


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def page_targets(pages: dict, how: str) -> None:
    results = pages["pages"]
    for html, api in (("list", "api list"), ("list all filters", "api list all filters")):
        if (
            results.get(html, {}).get("status") == "ok"
            and results.get(api, {}).get("status") == "ok"
        ):
            ratio = results[api]["p50"] / results[html]["p50"]
            print(
                f"{'api':10} {how}: {api} p50 {results[api]['p50']:.2f} ms, {html} "
                f"{results[html]['p50']:.2f} ms: {ratio:.2f}× (target within 10 %: "
                f"{verdict(ratio <= 1.1)})"
            )
    groups = {
        "list": [n for n in results if n.startswith("list") and " q" not in n],
        "search": [n for n in results if n.startswith("list q")],
        "detail": ["detail"],
        "partner": ["partner page"],
    }
    for group, names in groups.items():
        measured = [(results[n]["p95"], n) for n in names if results[n].get("status") == "ok"]
        if not measured:
            print(f"{group:10} {how}: no figure")
            continue
        p95, worst = max(measured)
        limit = TARGETS_MS[group]
        print(
            f"{group:10} {how}: worst p95 {p95:7.1f} ms ({worst}) target < {limit:.0f} ms: "
            f"{verdict(p95 < limit)}"
        )


def targets(
    size: int,
    pages: dict | None,
    cold: dict | None,
    throughput: dict | None,
    memory: dict | None,
) -> None:
    heading(f"Targets at {size} meetings (the issue sets them at 1,000,000)")
    if pages:
        page_targets(pages, "cache hit ")
    if cold:
        page_targets(cold, "cache miss")
    if pages:
        queries = max(r.get("queries", 0) for r in pages["pages"].values())
        print(f"{'queries':10} at most {queries} per page (bounds tested in test_query_counts)")
    if throughput:
        t = throughput["throughput"]
        ratio = t["filtered list"]["rps"] / t["trivial view"]["rps"]
        print(f"{'throughput':10} list/trivial {ratio:.2f} target >= 0.5: {verdict(ratio >= 0.5)}")
    if memory:
        print(
            f"{'memory':10} CSV of {memory['rows']} rows peak {memory['peak_mb']:.0f} MB "
            f"target < 100 MB: {verdict(memory['peak_mb'] < 100)}"
        )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes", default=os.environ.get("BENCH_SIZES", "10000,100000"), help="meetings per DB"
    )
    parser.add_argument(
        "--only", default=os.environ.get("BENCH_ONLY", ""), help=f"some of: {', '.join(STEPS)}"
    )
    parser.add_argument("--requests", default=os.environ.get("BENCH_REQUESTS", "40"))
    parser.add_argument(
        "--cold-requests",
        default=os.environ.get("BENCH_COLD_REQUESTS", "10"),
        help="timed cache misses per case",
    )
    parser.add_argument("--import-copies", default="40", help="copies of the 5 seed articles")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    steps = {s.strip() for s in args.only.split(",") if s.strip()} or set(STEPS)

    server = base_url().rsplit("/", 1)[0]
    heading(f"Setup: PostgreSQL at {server}, sizes {', '.join(map(str, sizes))}")
    prepare_template()
    (OUT / "static").mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env_for(database_url(TEMPLATE), STATIC_ROOT=str(OUT / "static")),
        check=True,
    )

    if "extract" in steps:
        heading("Article extraction (bench/extract.py)")
        run_script(ROOT / "bench" / "extract.py", None)
    if "import" in steps:
        heading("Bulk import (manage.py import_articles, scratch database)")
        run_module_plain("bench.importing", "--copies", args.import_copies, "--template", TEMPLATE)
    if "collect" in steps:
        heading("Collecting feeds (bench/collect.py, local site, scratch database)")
        run_module_plain("bench.collect", "--template", TEMPLATE)

    figures = {}
    for size in sizes:
        heading(f"{size} meetings")
        url, how = prepare_size(size)
        print(how, flush=True)
        pages = cold = throughput = memory = None
        if "pages" in steps:
            heading(f"Server time per request at {size} meetings (in process, DEBUG off)")
            pages = run_module("bench.pages", url, "--requests", args.requests)
        if "cold" in steps:
            heading(f"Cache misses at {size} meetings (BENCH_CACHE=0: every request computes)")
            cold = run_module(
                "bench.pages",
                url,
                "--requests",
                args.cold_requests,
                "--only",
                COLD_CASES,
                label="-cold",
                BENCH_CACHE="0",
            )
        if "misses" in steps:
            heading(
                f"Misses beside hits, the naive app and the floor at {size} meetings "
                "(bench/misses.py)"
            )
            run_module(
                "bench.misses",
                url,
                "--requests",
                args.cold_requests,
                "--naive-requests",
                os.environ.get("BENCH_NAIVE_REQUESTS", args.cold_requests),
                timeout=7200,
            )
        if "throughput" in steps:
            heading(f"Throughput under gunicorn at {size} meetings (wrk, loopback)")
            throughput = run_module("bench.throughput", url, "--database-url", url)
        if "search" in steps:
            heading(f"Search at {size} meetings (bench/search.py)")
            run_script(ROOT / "bench" / "search.py", url)
        if "writes" in steps:
            heading(f"What a publish costs at {size} meetings (bench/writes.py)")
            run_module("bench.writes", url)
        figures[size] = [pages, cold, throughput, memory]

    if "memory" in steps:
        big = [s for s in sizes if s >= 100_000] or sizes
        size = max(big)
        heading(f"Memory: CSV export streamed from the {size}-meeting database")
        figures[size][3] = run_module("bench.memory", database_url(f"multaqa_bench_{size}"))

    for size, (pages, cold, throughput, memory) in figures.items():
        targets(size, pages, cold, throughput, memory)
    return 0


def run_module_plain(module: str, *args: str) -> None:
    completed = subprocess.run([PYTHON, "-m", module, *args], cwd=ROOT, env=env_for(base_url()))
    if completed.returncode:
        print(f"*** {module} exited with {completed.returncode}")


if __name__ == "__main__":
    sys.exit(main())
