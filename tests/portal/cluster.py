"""A private PostgreSQL primary and its streaming replica, made from the server binaries for
one test session: initdb into a temporary folder, `pg_basebackup -R` into another, each
started with pg_ctl on a free loopback port and stopped at the end.

PostgreSQL refuses to run as root (CI runs as root): the clusters then belong to the
`postgres` user and every server command runs as it.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg

TIMEOUT = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Cluster:
    bin: str
    root: Path
    primary_port: int
    replica_port: int

    def url(self, port: int, database: str = "multaqa") -> str:
        return f"postgres://postgres@127.0.0.1:{port}/{database}"

    @property
    def primary_url(self) -> str:
        return self.url(self.primary_port)

    @property
    def replica_url(self) -> str:
        return self.url(self.replica_port)

    def wait_for_replay(self) -> None:
        """Until the replica has replayed everything the primary has written so far."""
        with psycopg.connect(self.url(self.primary_port, "postgres"), autocommit=True) as p:
            target = p.execute("SELECT pg_current_wal_lsn()").fetchone()[0]
        with psycopg.connect(self.url(self.replica_port, "postgres"), autocommit=True) as r:
            deadline = time.monotonic() + TIMEOUT
            while time.monotonic() < deadline:
                done = r.execute(
                    "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [target]
                ).fetchone()[0]
                if done:
                    return
                time.sleep(0.05)
        raise TimeoutError("the replica did not catch up")

    def replica_sql(self, sql: str) -> None:
        with psycopg.connect(self.url(self.replica_port, "postgres"), autocommit=True) as r:
            r.execute(sql)


def _as_postgres(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def _run(command: list[str]) -> None:
    subprocess.run(_as_postgres(command), check=True, capture_output=True, timeout=TIMEOUT)


def start(bin_dir: str) -> Cluster:
    root = Path(tempfile.mkdtemp(prefix="multaqa-replica-"))
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
    cluster = Cluster(bin_dir, root, free_port(), free_port())
    primary, replica = root / "primary", root / "replica"
    _run(
        [
            f"{bin_dir}/initdb",
            "-D",
            str(primary),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ]
    )
    settings = {
        "listen_addresses": "'127.0.0.1'",
        "unix_socket_directories": f"'{root}'",
        "wal_level": "replica",
        "max_wal_senders": "4",
        "hot_standby": "on",
        # A throwaway cluster: durability costs time and buys nothing here.
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "shared_buffers": "32MB",
    }
    with open(primary / "postgresql.conf", "a") as conf:
        conf.writelines(f"{name} = {value}\n" for name, value in settings.items())
    _pg_ctl(cluster, primary, cluster.primary_port)
    _run(
        [
            f"{bin_dir}/pg_basebackup",
            "-h",
            "127.0.0.1",
            "-p",
            str(cluster.primary_port),
            "-U",
            "postgres",
            "-D",
            str(replica),
            "-R",
            "-X",
            "stream",
            "--no-sync",
        ]
    )
    _pg_ctl(cluster, replica, cluster.replica_port)
    with psycopg.connect(cluster.url(cluster.primary_port, "postgres"), autocommit=True) as p:
        p.execute("CREATE DATABASE multaqa")
    return cluster


def _pg_ctl(cluster: Cluster, data: Path, port: int) -> None:
    log = cluster.root / f"{data.name}.log"
    _run(
        [
            f"{cluster.bin}/pg_ctl",
            "-D",
            str(data),
            "-l",
            str(log),
            "-w",
            "-t",
            str(TIMEOUT),
            "-o",
            f"-p {port}",
            "start",
        ]
    )


def stop(cluster: Cluster) -> None:
    for name in ("replica", "primary"):
        data = cluster.root / name
        if (data / "postmaster.pid").exists():
            subprocess.run(
                _as_postgres(
                    [f"{cluster.bin}/pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop"]
                ),
                capture_output=True,
                timeout=TIMEOUT,
            )
    shutil.rmtree(cluster.root, ignore_errors=True)
