"""Articles per second of the extractor on one core, over the seed articles and the test
articles, repeated. Measured in CPU time, so a busy machine does not skew it.

Run: .venv/bin/python bench/extract.py [seconds]"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from events.extraction.extract import extract  # noqa: E402
from events.extraction.gazetteer import Gazetteer  # noqa: E402


def main(seconds: float = 3.0) -> None:
    started = time.process_time()
    gazetteer = Gazetteer.from_fixtures()
    load = time.process_time() - started
    paths = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "events" / "extraction" / "articles").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    for text in texts:  # warm the caches once, as a long-running import would
        extract(text, gazetteer)
    done = 0
    started = time.process_time()
    while time.process_time() - started < seconds:
        for text in texts:
            extract(text, gazetteer)
        done += len(texts)
    elapsed = time.process_time() - started
    size = sum(len(t) for t in texts) / len(texts)
    print(f"gazetteer loaded in {load * 1000:.0f} ms")
    print(f"{done} extractions of {len(texts)} articles (mean {size:.0f} characters)")
    print(f"{done / elapsed:.0f} articles/second, {elapsed / done * 1000:.2f} ms per article")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 3.0)
