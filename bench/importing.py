"""Bulk import: articles per second of `manage.py import_articles` on a scratch database.

The seed articles are copied N times with small changes (a number, a closing line) so that
none is refused as a duplicate, then imported in one command, as an editor would a folder.

    python -m bench.importing --copies 40
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import PYTHON, ROOT, create_database, database_url, env_for

SCRATCH = "multaqa_bench_import"
CLOSINGS = [
    "وفي ختام اللقاء تم التأكيد على مواصلة التنسيق بين مختلف الشركاء.",
    "واختتم اللقاء بنقاش مفتوح مع الحاضرين.",
    "وقد عرف اللقاء حضور عدد من المهنيين وممثلي المصالح الخارجية.",
    "وتم الاتفاق على عقد لقاء مماثل خلال الأشهر المقبلة.",
]


def variants(directory: Path, copies: int, seed: int = 0) -> int:
    rng = random.Random(seed)
    seeds = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    n = 0
    for copy in range(copies):
        for path in seeds:
            text = path.read_text(encoding="utf-8")
            # A different count of participants or cooperatives: same article, new text.
            text = re.sub(
                r"\b(\d{2,4})\b", lambda m, copy=copy: str(int(m.group(1)) + copy), text, count=1
            )
            text += f"\n\n{rng.choice(CLOSINGS)} ({copy})"
            (directory / f"{copy:04d}_{path.name}").write_text(text, encoding="utf-8")
            n += 1
    return n


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--template", help="a migrated database to copy (faster than migrate)")
    parser.add_argument("--json")
    args = parser.parse_args(argv)

    create_database(SCRATCH, template=args.template, drop=True)
    url = database_url(SCRATCH)
    env = env_for(url)
    if not args.template:
        subprocess.run(
            [PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
        )
    with tempfile.TemporaryDirectory(prefix="multaqa-import-") as tmp:
        count = variants(Path(tmp), args.copies)
        started = time.perf_counter()
        done = subprocess.run(
            [PYTHON, "manage.py", "import_articles", tmp, "-v0"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - started
    if done.returncode:
        print(f"import_articles failed: {done.stderr.strip()[-500:]}")
        return 0
    summary = done.stdout.strip().splitlines()[0] if done.stdout.strip() else ""
    print(
        f"{count} articles imported in {elapsed:.1f} s: {count / elapsed:.1f} articles/s "
        f"(one process, command start-up included; {summary})"
    )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"articles": count, "seconds": elapsed, "summary": summary}, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
