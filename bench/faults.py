"""A PostgreSQL restart under load: what readers see, and how soon the portal is whole again.

A private cluster (initdb in a temporary folder, on a free loopback port) gets the portal's
schema and the demo articles; gunicorn (2 workers) serves the portal against it while a bounded
request loop on 127.0.0.1 reads pages; the cluster is restarted in the middle. Printed:
requests, answers by status, socket errors, and seconds from the restart to the first request
after which every answer was a 200.

    python -m bench.faults [--seconds 24] [--clients 4]

Target: no 500, at most one 503 per worker, recovery within 5 s. Bounded in time: every step
has a timeout, and the whole run stops after --seconds of load.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import glob
import http.client
import os
import pwd
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from bench.common import PYTHON, ROOT, env_for
from bench.throughput import free_port

WORKERS = 2
# A page that takes longer than this is not yet a recovered portal.
STALLED = 1.0
PATHS = [
    "/",
    "/meetings/",
    "/meetings/?region=oriental",
    "/fr/meetings/",
    "/meetings/?sort=date",
    "/meetings.json",
    "/regions/oriental/",
]


def pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise SystemExit(f"no {name} under /usr/lib/postgresql/*/bin")
    return found[-1]


class Cluster:
    """A throwaway PostgreSQL cluster; initdb refuses root, so it runs as `postgres` then."""

    def __init__(self, folder: Path, port: int):
        self.folder, self.port = folder, port
        self.data = folder / "data"
        self.user = None
        if os.geteuid() == 0:
            self.user = pwd.getpwnam("postgres")
            os.chown(folder, self.user.pw_uid, self.user.pw_gid)

    def run(self, *args: str, timeout: float = 60) -> None:
        command = list(args)
        if self.user is not None:
            command = ["runuser", "-u", self.user.pw_name, "--", *command]
        subprocess.run(command, check=True, timeout=timeout, capture_output=True)

    def init(self) -> None:
        self.run(
            pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
            "-E", "UTF8", "--locale=C.UTF-8",
        )  # fmt: skip

    def pg_ctl(self, action: str, *extra: str) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        self.run(
            pg_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"), "-w",
            "-t", "30", "-o", options, action, *extra,
        )  # fmt: skip

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/multaqa"


class Load:
    """`clients` threads reading PATHS in turn until stopped, each answer timed."""

    def __init__(self, port: int, clients: int):
        self.port, self.clients = port, clients
        self.results: list[tuple[float, float, str]] = []  # (started, ended, outcome)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._loop, args=(n,), daemon=True) for n in range(clients)
        ]

    def _loop(self, n: int) -> None:
        i = n
        while not self._stop.is_set():
            path = PATHS[i % len(PATHS)]
            i += 1
            started = time.monotonic()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
                conn.request("GET", path, headers={"Host": "127.0.0.1"})
                response = conn.getresponse()
                response.read()
                outcome = str(response.status)
                conn.close()
            except (OSError, http.client.HTTPException) as error:
                outcome = f"socket error ({type(error).__name__})"
            with self._lock:
                self.results.append((started, time.monotonic(), outcome))

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=15)


def serve(url: str, folder: Path) -> subprocess.Popen:
    env = env_for(url, STATIC_ROOT=str(folder / "static"), BENCH_CACHE="1")
    port = free_port()
    process = subprocess.Popen(
        [
            PYTHON, "-m", "gunicorn", "portal.wsgi:application",
            "--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS), "--log-level", "warning",
        ],
        cwd=ROOT,
        env=env,
        stderr=open(folder / "gunicorn.log", "w"),  # noqa: SIM115 (closed with the process)
    )  # fmt: skip
    process.port = port
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/")
            if conn.getresponse().status == 200:
                return process
        except OSError:
            if process.poll() is not None:
                raise SystemExit("gunicorn exited at start") from None
        time.sleep(0.3)
    process.terminate()
    raise SystemExit("gunicorn did not serve / within 30 s")


def manage(url: str, folder: Path, *args: str) -> None:
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env_for(url, STATIC_ROOT=str(folder / "static")),
        check=True,
        timeout=300,
        capture_output=True,
    )


def report(results, restart_at: float, restarted_at: float) -> dict:
    """Recovery: from the restart's start to the end of the last request that failed or took
    over STALLED seconds; after it every request was answered, and promptly."""
    by_status = collections.Counter(outcome for _, _, outcome in results)
    troubled = [
        ended
        for started, ended, outcome in results
        if ended >= restart_at and (outcome != "200" or ended - started > STALLED)
    ]
    return {
        "requests": len(results),
        "by_status": dict(sorted(by_status.items())),
        "restart_seconds": round(restarted_at - restart_at, 2),
        "recovery_seconds": round(max(troubled) - restart_at, 2) if troubled else 0.0,
        "after_back": round(max(0.0, max(troubled) - restarted_at), 2) if troubled else 0.0,
        "slowest": round(max(ended - started for started, ended, _ in results), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=24, help="seconds of load in all")
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="multaqa-faults-"))
    cluster = Cluster(folder, free_port())
    gunicorn = None
    try:
        cluster.init()
        cluster.pg_ctl("start")
        subprocess.run(
            [pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres",
             "multaqa"],
            check=True, timeout=30,
        )  # fmt: skip
        manage(cluster.url, folder, "migrate", "--noinput", "-v", "0")
        manage(cluster.url, folder, "createcachetable")
        manage(cluster.url, folder, "collectstatic", "--noinput", "-v", "0")
        manage(cluster.url, folder, "load_demo")
        gunicorn = serve(cluster.url, folder)

        load = Load(gunicorn.port, args.clients)
        started = time.monotonic()
        load.start()
        time.sleep(args.seconds / 3)
        restart_at = time.monotonic()
        cluster.pg_ctl("restart", "-m", "fast")
        restarted_at = time.monotonic()
        time.sleep(max(0.0, started + args.seconds - time.monotonic()))
        load.stop()

        figures = report(load.results, restart_at, restarted_at)
        print(f"PostgreSQL restart under load: {WORKERS} gunicorn workers, {args.clients} clients")
        print(f"  requests: {figures['requests']}")
        for status, count in figures["by_status"].items():
            print(f"  {status}: {count}")
        print(f"  restart took {figures['restart_seconds']} s (pg_ctl restart -m fast)")
        print(
            f"  seconds to recovery: {figures['recovery_seconds']} from the restart's start,"
            f" {figures['after_back']} after PostgreSQL accepted connections again"
        )
        print(f"  slowest answer: {figures['slowest']} s")
        errors_500 = figures["by_status"].get("500", 0)
        errors_503 = figures["by_status"].get("503", 0)
        sockets = sum(v for k, v in figures["by_status"].items() if k.startswith("socket"))
        met = (
            errors_500 == 0
            and sockets == 0
            and errors_503 <= WORKERS
            and figures["recovery_seconds"] <= 5
        )
        print(f"  target (no 500, ≤1 503 per worker, recovery ≤ 5 s): {'met' if met else 'MISSED'}")
    finally:
        if gunicorn is not None and gunicorn.poll() is None:
            gunicorn.terminate()
            try:
                gunicorn.wait(timeout=15)
            except subprocess.TimeoutExpired:
                gunicorn.kill()
        # Never started, or already gone: nothing to stop.
        with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
            cluster.pg_ctl("stop", "-m", "immediate")
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
