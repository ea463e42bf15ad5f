"""What the extractor finds in one article: each value with its span and a confidence."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    value: T
    span: tuple[int, int] | None  # [start, end) into Extraction.body
    confidence: float  # 0..1


def nothing() -> Found:
    return Found(None, None, 0.0)


@dataclass(frozen=True)
class PartnerMatch:
    name: str  # as written in the text
    slug: str | None  # a known Partner's slug, else None
    kind: str | None


@dataclass(frozen=True)
class ProgrammeMatch:
    name: str  # as written in the text
    slug: str | None
    acronym: str | None
    # Other names the same programme goes by in this text (DELIO for برنامج التنمية …).
    aliases: tuple[str, ...] = ()
    period: tuple[int, int] | None = None


@dataclass(frozen=True)
class PersonMatch:
    name: str
    role: str


@dataclass
class Extraction:
    body: str  # cleaned article text; all spans point into it
    title: Found[str | None]
    date: Found[datetime.date | None]
    time: Found[datetime.time | None]
    region: Found[str | None]  # region slug
    province: Found[str | None]  # province HCP code
    city: Found[str | None]  # city canonical Arabic name
    city_code: str | None  # HCP commune code of that city
    venue: Found[str | None]
    chamber: Found[str | None]  # chamber slug KIND-REGION (or peche-…)
    kind: Found[str | None]
    partners: list[Found[PartnerMatch]]
    programmes: list[Found[ProgrammeMatch]]
    participants: Found[int | None]
    people: list[Found[PersonMatch]]
    other_dates: list[Found[datetime.date]]
    warnings: list[str]
    # True when the article has no headline and `title` was made from its subject.
    title_made: bool = field(default=False)
    # The slug of `kind` in the closed list of events.categories.
    category: str = field(default="other")
    # The last day of a meeting over several days (من 22 إلى 31 يوليوز), else null.
    date_end: Found[datetime.date | None] = field(default_factory=lambda: Found(None, None, 0.0))

    @property
    def tells_a_meeting(self) -> bool:
        """Whether the text reads as the report of a meeting: it names a kind of meeting
        (لقاء، اجتماع، ورشة…) or a day it was held. A notice, a condolence or a market report
        names neither; a meeting told without a kind word still has its day."""
        return bool(self.kind.value) or self.date.value is not None

    def as_contract(self, file: str) -> dict:
        """The command's JSON object: the keys of REFERENCE.md, plus date_end.

        A title the extractor had to make up is not something the article states, so the
        contract gives null for it (the import form still gets it through `title`).
        """
        programmes: list[str] = []
        for found in self.programmes:
            for name in (found.value.name, *found.value.aliases):
                if name not in programmes:
                    programmes.append(name)
        return {
            "file": file,
            "title": None if self.title_made else self.title.value,
            "date": self.date.value.isoformat() if self.date.value else None,
            "date_end": self.date_end.value.isoformat() if self.date_end.value else None,
            "time": self.time.value.strftime("%H:%M") if self.time.value else None,
            "region": self.region.value,
            "chamber": self.chamber.value,
            "city": self.city.value,
            "venue": self.venue.value,
            "kind": self.kind.value,
            "partners": [found.value.name for found in self.partners],
            "programmes": programmes,
            "participants": self.participants.value,
            "people": [{"name": p.value.name, "role": p.value.role} for p in self.people],
            "other_dates": [found.value.isoformat() for found in self.other_dates],
            "warnings": list(self.warnings),
            "category": self.category,
        }
