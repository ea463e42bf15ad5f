"""The gazetteer the extractor reads, built from the database once per process and kept.

Writes that change names drop it at once (events.writes, on commit); other processes (other
gunicorn workers, a running import command) pick changes up after the TTL.
"""

from __future__ import annotations

import threading
import time
from typing import Any

GAZETTEER_TTL_SECONDS = 60.0
_lock = threading.Lock()
_snapshot: tuple[float, Any] | None = None


def get_gazetteer():
    global _snapshot
    from events.extraction.gazetteer import Gazetteer

    with _lock:
        if _snapshot is None or time.monotonic() - _snapshot[0] > GAZETTEER_TTL_SECONDS:
            _snapshot = (time.monotonic(), Gazetteer.from_db())
        return _snapshot[1]


def invalidate_gazetteer() -> None:
    global _snapshot
    with _lock:
        _snapshot = None
