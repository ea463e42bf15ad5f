"""Which articles are one: the same text (its hash), or very similar texts of one day and
region (word shingles), usually two outlets reporting one meeting."""

from __future__ import annotations

import datetime
import hashlib

from events import arabic
from events.models import Article, Region

NEAR_DUPLICATE_JACCARD = 0.5
SHINGLE_SIZE = 3


def content_hash(body: str) -> str:
    """The article's identity: its normalised text, whitespace collapsed, hashed."""
    folded = " ".join(arabic.normalise(body).split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[tuple[str, ...]]:
    words = arabic.words(text)
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def find_near_duplicates(
    body: str, *, date: datetime.date | None, region: Region | None, limit: int = 200
) -> list[Article]:
    """Articles on the same day in the same region whose text is very similar. Without a
    region there is nothing sound to compare."""
    if region is None:
        return []
    candidates = (
        Article.objects.filter(meeting__region=region, meeting__date=date)
        .only("id", "text", "title")
        .order_by("-imported_at")[:limit]
    )
    mine = shingles(body)
    scored = [(jaccard(mine, shingles(other.text)), other) for other in candidates]
    return [
        article
        for score, article in sorted(scored, key=lambda s: -s[0])
        if score >= NEAR_DUPLICATE_JACCARD
    ]
