"""The real articles' texts on this machine: what to gather for each set, and what is there.

The texts are stored copies of copyrighted pages and are never committed (see
tests/events/extraction/real/README.md); a new machine has none of them. For each set this
lists, as one JSON object per article, where its text goes under `.real/SET/`, whether it is
there, the page address to pick among the search tool's results (corpus `pages`) and the
queries that bring it back; `--check` compares the texts present with the length the gold
recorded when they were first copied.

    .venv/bin/python bench/real_texts.py blind7          # what to gather for blind7
    .venv/bin/python bench/real_texts.py --check         # every set: present, missing, off
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDS = ROOT / "tests" / "events" / "extraction" / "real"
TEXTS = ROOT / ".real"
# The folder each gold file's texts go in, by the folder's name (README.md's table).
SETS = {
    "dev": "dev.json",
    "own": "gold.json",
    "aside": "aside.json",
    **{name: f"{name}.json" for name in ("blind", *(f"blind{n}" for n in range(2, 13)))},
}
# How far a text copied again may differ from the length first recorded (invisible marks).
TOLERANCE = 3


def articles(name: str) -> list[dict]:
    return json.loads((GOLDS / SETS[name]).read_text(encoding="utf-8"))["articles"]


def to_gather(name: str) -> list[dict]:
    rows = []
    for article in articles(name):
        path = TEXTS / name / article["file"]
        rows.append(
            {
                "dest": str(path),
                "done": path.exists(),
                "source": article["source"],
                "query": article.get("retrieval_key")
                or article.get("search_query")
                or article.get("title"),
                "alt_query": article.get("search_query") or article.get("title"),
                "chars": article.get("chars"),
            }
        )
    return rows


def check(name: str) -> tuple[int, int, list[str]]:
    """(present, missing, texts whose length is not the recorded one)."""
    present, missing, off = 0, 0, []
    for article in articles(name):
        path = TEXTS / name / article["file"]
        if not path.exists():
            missing += 1
            continue
        present += 1
        length = len(path.read_text(encoding="utf-8"))
        if article.get("chars") and abs(length - article["chars"]) > TOLERANCE:
            off.append(f"{article['file']}: {length} characters, recorded {article['chars']}")
    return present, missing, off


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", nargs="?", choices=sorted(SETS))
    parser.add_argument("--check", action="store_true", help="what is there, set by set")
    args = parser.parse_args(argv)
    if args.check or not args.set:
        for name in [args.set] if args.set else SETS:
            present, missing, off = check(name)
            print(f"{name:8} {present:3} present, {missing:3} missing, {len(off)} off")
            for line in off:
                print(f"         {line}")
        return 0
    for row in to_gather(args.set):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
