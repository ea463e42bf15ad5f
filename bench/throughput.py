"""Throughput under gunicorn on loopback, measured with wrk: the filtered list page beside a
trivial Django view and a static file (whitenoise) of the same size, printed as ratios.

    python -m bench.throughput --database-url postgres://…/multaqa_bench_100000
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.parse import quote, urlencode

from bench.common import OUT, PYTHON, ROOT, env_for

STATIC_ROOT = OUT / "static"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    def __init__(self, url: str, workers: int):
        self.port = free_port()
        self.env = env_for(url, STATIC_ROOT=str(STATIC_ROOT))
        self.workers = workers
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Gunicorn:
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "portal.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url("/bench/trivial/"), timeout=2).read()
                return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError("gunicorn exited at start") from None
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError("gunicorn did not answer within 30 s")

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def wrk(url: str, duration: int, connections: int) -> dict:
    output = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", output)
    scale = {"us": 0.001, "ms": 1, "s": 1000}
    return {
        "rps": rps,
        "p50_ms": float(p50.group(1)) * scale[p50.group(2)] if p50 else None,
        "errors": int(non_2xx.group(1)) if non_2xx else 0,
    }


def list_path(url: str) -> str:
    """A filtered list page a reader would ask for: one region, one kind of meeting."""
    import psycopg

    with psycopg.connect(url) as conn:
        region, kind = conn.execute(
            "SELECT r.slug, m.kind FROM events_meeting m JOIN events_region r ON r.id = m.region_id"
            " WHERE m.status = 'published' GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    return "/meetings/?" + urlencode({"region": region, "kind": kind}, quote_via=quote)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument(
        "--duration", type=int, default=int(os.environ.get("BENCH_WRK_SECONDS", 10))
    )
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 2)))
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        print("wrk is not installed: `make bench-tools` (Debian package wrk)")
        return 0

    page = list_path(args.database_url)
    with Gunicorn(args.database_url, args.workers) as server:
        size = len(urllib.request.urlopen(server.url(page), timeout=30).read())
    # whitenoise indexes the static files when it starts: write the file, then restart.
    static_name = f"bench/page-{size}.html"
    (STATIC_ROOT / "bench").mkdir(parents=True, exist_ok=True)
    (STATIC_ROOT / static_name).write_bytes(b"x" * size)

    targets = {
        "filtered list": page,
        "trivial view": f"/bench/trivial/?size={size}",
        "static file": f"/static/{static_name}",
    }
    results = {}
    with Gunicorn(args.database_url, args.workers) as server:
        for name, path in targets.items():
            wrk(server.url(path), 2, args.connections)  # warm-up: caches, connections
            results[name] = wrk(server.url(path), args.duration, args.connections)
            results[name]["path"] = path

    trivial = results["trivial view"]["rps"]
    static = results["static file"]["rps"]
    print(
        f"gunicorn {args.workers} sync workers, wrk 1 thread {args.connections} connections "
        f"{args.duration} s each; body {size / 1024:.1f} KB; list page {page}"
    )
    print(f"{'target':16} {'req/s':>9} {'p50 ms':>8} {'/trivial':>9} {'/static':>8} {'non-2xx':>8}")
    for name, r in results.items():
        print(
            f"{name:16} {r['rps']:9.1f} {r['p50_ms'] or 0:8.1f} {r['rps'] / trivial:9.2f} "
            f"{r['rps'] / static:8.2f} {r['errors']:8d}"
        )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"size": size, "throughput": results}, handle, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
