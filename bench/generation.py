"""Realistic meetings in bulk, for benchmarks and for trying the portal at national scale:
`DJANGO_SETTINGS_MODULE=bench.settings manage.py generate_meetings --count 1000000`.

Every meeting is built from the reference data a migrated database already holds (regions,
cities, chambers, partners, programmes) and from the wording of the seed articles, so the
search engine, the facets and the pages see the kind of text and spread they will see in
production. On PostgreSQL rows go in with COPY (psycopg 3), on SQLite with bulk_create.
"""

from __future__ import annotations

import datetime
import multiprocessing
import os
import random
import re
import time
from collections import deque
from collections.abc import Callable
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path

from django.db import connection, transaction
from django.utils import timezone

from events import writes
from events.arabic import search_terms, slugify
from events.categories import categorise
from events.dates import WEEKDAYS_AR, format_date
from events.models import (
    Chamber,
    City,
    Meeting,
    MeetingPartner,
    Partner,
    Person,
    Programme,
    Region,
    SearchRow,
)
from events.search import build_document
from events.search.index import ROW_COLUMNS, month_of

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"

# The kinds of meeting the press names, with how often they appear in chambers' news.
KINDS = [
    ("اجتماع تنسيقي", "اجتماعا تنسيقيا", 14),
    ("لقاء تواصلي", "لقاء تواصليا", 22),
    ("لقاء جهوي", "لقاء جهويا", 9),
    ("لقاء تحسيسي", "لقاء تحسيسيا", 7),
    ("ندوة", "ندوة", 10),
    ("ورشة", "ورشة", 10),
    ("يوم دراسي", "يوما دراسيا", 6),
    ("يوم إعلامي", "يوما إعلاميا", 6),
    ("منتدى", "منتدى", 3),
    ("دورة تكوينية", "دورة تكوينية", 6),
    ("اجتماع موسع", "اجتماعا موسعا", 4),
    ("قافلة", "قافلة", 3),
]
# Each kind's category, as an import would give it.
KIND_CATEGORIES = {kind: categorise(kind) for kind, _accusative, _weight in KINDS}

TOPICS = [
    "إنعاش المقاولات الصغرى والمتوسطة",
    "مواكبة حاملي المشاريع",
    "الاقتصاد الاجتماعي والتضامني",
    "دعم التعاونيات",
    "برامج تمويل المقاولات",
    "التحول الرقمي للمقاولات",
    "المنظومة المقاولاتية المحلية",
    "تشجيع الاستثمار بالجهة",
    "التصدير ومواكبة المقاولات المصدرة",
    "التكوين المستمر لفائدة المهنيين",
    "حاضنة المقاولات",
    "الإدماج الاقتصادي للشباب",
    "المقاولة النسائية",
    "سلاسل الإنتاج الفلاحي",
    "تثمين المنتوجات المجالية",
    "الصناعة التقليدية وتسويق منتوجاتها",
    "تنظيم قطاع الصيد البحري",
    "الحماية الاجتماعية للمهنيين",
    "الإصلاح الضريبي وأثره على المقاولات",
    "الصفقات العمومية والمقاولات",
    "حصيلة تنفيذ برنامج عمل الغرفة",
    "المخطط الاستراتيجي للغرفة",
    "التشغيل الذاتي",
    "ريادة الأعمال",
    "النجاعة الطاقية",
    "الاقتصاد الأخضر",
    "السياحة القروية",
    "التجارة الإلكترونية",
    "الولوج إلى التمويل",
    "الميثاق الجديد للاستثمار",
]

VENUES = [
    "مقر الغرفة",
    "مقر ملحقة الغرفة",
    "قاعة الاجتماعات بمقر الغرفة",
    "مقر الولاية",
    "قاعة العروض بمقر العمالة",
    "المركز الجهوي للاستثمار",
    "دار المقاول",
    "قصر المؤتمرات",
    "مجمع الصناع التقليديين",
    "أحد فنادق المدينة",
]

FIRST_NAMES = [
    "محمد",
    "عبد الرحيم",
    "خديجة",
    "سمير",
    "نبيلة",
    "إسماعيل",
    "عثمان",
    "فاطمة الزهراء",
    "يوسف",
    "حسن",
    "مريم",
    "عبد اللطيف",
    "سعيد",
    "بدر الدين",
    "أمينة",
    "رشيد",
    "كريمة",
    "مصطفى",
    "نادية",
    "عبد الله",
]
LAST_NAMES = [
    "الزكراني",
    "حجوبي",
    "سراج",
    "لهيت",
    "البلحاجي",
    "الحجام",
    "لمخودم",
    "اوخيار",
    "بنعلي",
    "العلوي",
    "الإدريسي",
    "التازي",
    "بنكيران",
    "الفاسي",
    "السوسي",
    "المراكشي",
    "بوزيان",
    "الودغيري",
    "الشرقاوي",
    "الرحماني",
]
PERSON_ROLES = [
    "رئيس الغرفة",
    "نائب رئيس الغرفة",
    "المدير الجهوي",
    "مدير الغرفة",
    "أمين مال مكتب الغرفة",
    "رئيس لجنة التجارة",
    "نائب رئيس مجلس الجهة",
    "ممثل الولاية",
    "المدير الجهوي للمركز الجهوي للاستثمار",
    "مديرة ملحقة الغرفة",
    "رئيس جمعية القطاع التعاوني",
    "",
]

_SENTENCE_END = re.compile(r"(?<=[.!؟])\s+|\n+")
_ARABIC = re.compile("[\u0621-\u064a]")


@lru_cache(maxsize=1)
def seed_sentences() -> tuple[str, ...]:
    """Sentences of the seed articles: the wording bodies are made of."""
    sentences = []
    for path in sorted(SEEDS.glob("*.txt")):
        for raw in _SENTENCE_END.split(path.read_text(encoding="utf-8")):
            sentence = " ".join(raw.split())
            # Headlines, bylines and counters ("0 425") are not body text.
            if (
                60 <= len(sentence) <= 600
                and len(_ARABIC.findall(sentence)) > len(sentence) / 2
                and not sentence.endswith(":")
            ):
                if sentence[-1] not in ".!؟":
                    sentence += "."
                sentences.append(sentence)
    return tuple(sentences)


@dataclass
class Reference:
    """The reference data, as plain tuples: generation must not query per meeting."""

    chambers: list[tuple[int, int, tuple[int, ...], str]]  # id, region, regions, name
    chamber_weights: list[float]
    # region id → ([city ids], [weights], [names]) for the cities of that region
    cities: dict[int, tuple[list[int], list[float], list[str]]]
    seats: dict[int, list[int]]  # chamber id → its seat and annexes (city ids)
    national_partners: list[tuple[int, str]]
    regional_partners: dict[int, list[tuple[int, str]]]
    programmes: list[int]
    # The objects themselves, by id: search documents hold every name of each.
    objects: dict[type, dict[int, object]] = field(default_factory=dict)
    kinds: list[tuple[str, str]] = field(default_factory=lambda: [(k, a) for k, a, _ in KINDS])
    kind_weights: list[int] = field(default_factory=lambda: [w for *_, w in KINDS])

    @classmethod
    def load(cls) -> Reference:
        cities: dict[int, tuple[list[int], list[float], list[str]]] = {}
        for city_id, region_id, name, population in City.objects.values_list(
            "id", "province__region_id", "name_ar", "population"
        ).order_by("id"):
            ids, weights, names = cities.setdefault(region_id, ([], [], []))
            ids.append(city_id)
            # Big towns host more meetings, but not in proportion to their size.
            weights.append(max(population or 0, 1000) ** 0.5)
            names.append(name)
        served: dict[int, list[int]] = {}
        for chamber_id, region_id in Chamber.regions.through.objects.values_list(
            "chamber_id", "region_id"
        ):
            served.setdefault(chamber_id, []).append(region_id)
        seats: dict[int, list[int]] = {}
        for chamber_id, city_id in Chamber.annexes.through.objects.values_list(
            "chamber_id", "city_id"
        ):
            seats.setdefault(chamber_id, []).append(city_id)
        chambers, weights = [], []
        for chamber_id, region_id, seat_id, kind, name in Chamber.objects.values_list(
            "id", "region_id", "seat_id", "kind", "name_ar"
        ).order_by("id"):
            regions = tuple(sorted(set(served.get(chamber_id, [])) | {region_id}))
            chambers.append((chamber_id, region_id, regions, name))
            weights.append({"ccis": 5.0, "artisanat": 3.0, "agriculture": 3.0}.get(kind, 1.5))
            if seat_id:
                seats.setdefault(chamber_id, []).insert(0, seat_id)
        national, regional = [], {}
        for partner_id, region_id, name in Partner.objects.values_list(
            "id", "region_id", "name_ar"
        ).order_by("id"):
            if region_id:
                regional.setdefault(region_id, []).append((partner_id, name))
            else:
                national.append((partner_id, name))
        programmes = list(Programme.objects.order_by("id").values_list("id", flat=True))
        if not chambers or not cities:
            raise RuntimeError("No chambers or cities: run `manage.py migrate` first.")
        objects = {
            model: {obj.pk: obj for obj in queryset}
            for model, queryset in (
                (Region, Region.objects.all()),
                (City, City.objects.select_related("province")),
                (Chamber, Chamber.objects.all()),
                (Partner, Partner.objects.all()),
                (Programme, Programme.objects.all()),
            )
        }
        return cls(chambers, weights, cities, seats, national, regional, programmes, objects)


@dataclass
class Batch:
    meetings: list[tuple]
    partners: list[tuple]
    programmes: list[tuple]
    people: list[tuple]
    # search_document and, on PostgreSQL, the search row's vector of each meeting, when built
    # here
    documents: dict[int, tuple[str, str]] | None = None


MEETING_COLUMNS = (
    "id",
    "title",
    "slug",
    "date",
    "time",
    "kind",
    "category",
    "region_id",
    "city_id",
    "venue",
    "chamber_id",
    "participants",
    "summary",
    "body",
    "status",
    "article_id",
    "published_at",
    "created_at",
    "updated_at",
    "search_document",
)
PARTNER_COLUMNS = ("meeting_id", "partner_id", "role")
PROGRAMME_COLUMNS = ("meeting_id", "programme_id")
PERSON_COLUMNS = ("meeting_id", "name", "role", "position")

ROLES = [r.value for r in MeetingPartner.Role]


@lru_cache(maxsize=200_000)
def _slug(title: str) -> str:
    return slugify(title, max_length=100)


class MeetingFactory:
    """Builds the rows of meetings from a seeded random source: the same seed, the same data."""

    def __init__(self, reference: Reference, seed: int = 0, today: datetime.date | None = None):
        self.ref = reference
        self.rng = random.Random(seed)
        self.today = today or timezone.localdate()
        self.first_day = self.today - datetime.timedelta(days=3652)
        self.span = (self.today - self.first_day).days
        self.sentences = seed_sentences()
        self.now = timezone.now()
        self.tz = timezone.get_current_timezone()

    def _date(self) -> datetime.date | None:
        roll = self.rng.random()
        if roll < 0.03:
            return None
        if roll < 0.05:
            return self.today + datetime.timedelta(days=self.rng.randint(1, 120))
        # More news in recent years, as chambers moved their news online.
        offset = int(self.span * (self.rng.random() ** 0.7))
        return self.today - datetime.timedelta(days=offset)

    def batch(self, ids: list[int]) -> Batch:
        rng = self.rng
        count = len(ids)
        ref = self.ref
        meetings, partners, programmes, people = [], [], [], []
        chambers = rng.choices(ref.chambers, weights=ref.chamber_weights, k=count)
        kinds = rng.choices(ref.kinds, weights=ref.kind_weights, k=count)
        for offset in range(count):
            meeting_id = ids[offset]
            chamber_id, chamber_region, chamber_regions, chamber_name = chambers[offset]
            kind, kind_accusative = kinds[offset]
            region_id = chamber_region if len(chamber_regions) == 1 else rng.choice(chamber_regions)
            city_ids, city_weights, city_names = ref.cities[region_id]
            roll = rng.random()
            seats = [c for c in ref.seats.get(chamber_id, ()) if c in city_ids]
            if roll < 0.06:
                city_id, city_name = None, ""
            elif roll < 0.6 and seats:
                city_id = rng.choice(seats)
                city_name = city_names[city_ids.index(city_id)]
            else:
                index = rng.choices(range(len(city_ids)), weights=city_weights)[0]
                city_id, city_name = city_ids[index], city_names[index]

            topic = rng.choice(TOPICS)
            title = f"{kind} حول {topic}"
            if city_name:
                title += f" ب{city_name}"
            date = self._date()
            status = "draft" if rng.random() < 0.05 else "published"
            if date is None:
                published_at = self.now
            else:
                published_at = datetime.datetime.combine(
                    min(date + datetime.timedelta(days=rng.randint(0, 3)), self.today),
                    datetime.time(rng.randint(8, 20), rng.randint(0, 59)),
                    tzinfo=self.tz,
                )
            created = published_at

            regional = ref.regional_partners.get(region_id, [])
            n_partners = rng.choices((1, 2, 3, 4), weights=(30, 35, 22, 13))[0]
            chosen: dict[int, str] = {}
            while len(chosen) < n_partners:
                pool = regional if regional and rng.random() < 0.45 else ref.national_partners
                partner_id, partner_name = rng.choice(pool)
                chosen.setdefault(partner_id, partner_name)
            for position, partner_id in enumerate(chosen):
                if position == 0:
                    role = rng.choice(("organiser", "co_organiser"))
                else:
                    role = rng.choices(ROLES, weights=(5, 30, 15, 50))[0]
                partners.append((meeting_id, partner_id, role))

            if ref.programmes and rng.random() < 0.3:
                for programme_id in set(rng.choices(ref.programmes, k=rng.choice((1, 1, 1, 2)))):
                    programmes.append((meeting_id, programme_id))

            speakers = []
            for position in range(rng.choices((0, 1, 2, 3), weights=(25, 35, 25, 15))[0]):
                name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                person_role = rng.choice(PERSON_ROLES)
                speakers.append((name, person_role))
                people.append((meeting_id, name, person_role, position))

            when = f"يوم {WEEKDAYS_AR[date.weekday()]} {format_date(date)}، " if date else ""
            venue = rng.choice(VENUES)
            partner_names = list(chosen.values())
            opening = (
                f"نظمت {chamber_name}، {when}{kind_accusative} حول {topic}"
                + (f" ب{venue} ب{city_name}" if city_name else f" ب{venue}")
                + f"، بشراكة مع {' و'.join(partner_names)}."
            )
            paragraphs = [opening]
            if speakers:
                name, person_role = speakers[0]
                paragraphs.append(
                    f"وفي كلمة له بالمناسبة، أكد السيد {name}"
                    + (f"، {person_role}،" if person_role else "")
                    + f" على أهمية {topic} في خدمة الاقتصاد المحلي."
                )
            paragraphs.append(" ".join(rng.sample(self.sentences, rng.randint(2, 4))))
            body = "\n\n".join(paragraphs)
            meetings.append(
                (
                    meeting_id,
                    title,
                    _slug(title),
                    date,
                    datetime.time(rng.choice((9, 10, 10, 11, 15)), rng.choice((0, 30)))
                    if date and rng.random() < 0.5
                    else None,
                    kind,
                    KIND_CATEGORIES.get(kind, "other"),
                    region_id,
                    city_id,
                    venue,
                    chamber_id,
                    rng.randint(15, 400) if rng.random() < 0.6 else None,
                    opening,
                    body,
                    status,
                    None,
                    published_at if status == "published" else None,
                    created,
                    created,
                    "",
                )
            )
        return Batch(meetings, partners, programmes, people)


# ---------------------------------------------------------------------------------------
# Search documents, built from the rows in memory


class _Related(list):
    def all(self):
        return self


class _Row:
    """Just enough of a Meeting for events.search.build_document, without a query."""

    __slots__ = (
        "title",
        "body",
        "kind",
        "venue",
        "summary",
        "region",
        "city",
        "chamber",
        "partner_roles",
        "programmes",
        "people",
        "sources",
        "article_id",
    )


class _Role:
    __slots__ = ("partner",)

    def __init__(self, partner):
        self.partner = partner


class _Person:
    __slots__ = ("name", "role")

    def __init__(self, name, role):
        self.name, self.role = name, role


class _WordTerms(dict):
    def __init__(self, analyse):
        super().__init__()
        self.analyse = analyse

    def __missing__(self, word: str) -> list[str]:
        terms = self[word] = self.analyse(word)
        return terms


class SearchDocuments:
    """The search documents (events.search.build_document) of generated rows, built before
    they are written, so that COPY writes the index columns too.

    Analysing a million bodies word by word is most of the cost, and generated bodies reuse
    the same few thousand words: terms are memoised per whitespace-separated word, which
    gives the same list as analysing the whole text because the analysis never looks across
    whitespace (tests/bench/test_generation.py checks it against events.search).
    """

    def __init__(self, reference: Reference):
        self.ref = reference
        self.names_cache: dict = {}
        self.word_terms = _WordTerms(search_terms)

    def terms(self, text: str) -> list[str]:
        return list(chain.from_iterable(map(self.word_terms.__getitem__, text.split())))

    def build(self, batch: Batch) -> dict[int, object]:
        """meeting id → events.search.Document"""
        objects = self.ref.objects
        rows: dict[int, _Row] = {}
        for values in batch.meetings:
            row = _Row()
            data = dict(zip(MEETING_COLUMNS, values, strict=True))
            row.title, row.body, row.kind = data["title"], data["body"], data["kind"]
            row.venue, row.summary = data["venue"], data["summary"]
            row.region = objects[Region].get(data["region_id"])
            row.city = objects[City].get(data["city_id"])
            row.chamber = objects[Chamber][data["chamber_id"]]
            row.partner_roles, row.programmes, row.people = _Related(), _Related(), _Related()
            # A generated meeting has no article: no further source's words to index.
            row.sources, row.article_id = _Related(), data["article_id"]
            rows[data["id"]] = row
        for meeting_id, partner_id, _role in batch.partners:
            rows[meeting_id].partner_roles.append(_Role(objects[Partner][partner_id]))
        for meeting_id, programme_id in batch.programmes:
            rows[meeting_id].programmes.append(objects[Programme][programme_id])
        for row in rows.values():
            # In the order the models' Meta gives them when read back from the database.
            row.partner_roles.sort(key=lambda role: role.partner.name_ar)
            row.programmes.sort(key=lambda programme: programme.name_ar)
        for meeting_id, name, role, _position in batch.people:
            rows[meeting_id].people.append(_Person(name, role))
        return {
            pk: build_document(row, self.names_cache, analyse=self.terms)
            for pk, row in rows.items()
        }


# ---------------------------------------------------------------------------------------
# Writers


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _reserve_ids(count: int, after: int = 0) -> list[int]:
    """`count` meeting ids that no other writer will use (and above `after`, the last id
    handed out for a batch that may not be written yet)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Taken from the sequence itself, so a concurrent import cannot collide with them.
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [Meeting._meta.db_table, count],
            )
            return [row[0] for row in cursor.fetchall()]
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {_table(Meeting)}")
        first = max(cursor.fetchone()[0], after) + 1
        return list(range(first, first + count))


def _copy_escape(value) -> str:
    if value is None:
        return "\\N"
    if isinstance(value, str):
        return (
            value.replace("\\", "\\\\")
            .replace("\t", "\\t")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
        )
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return str(value)


def _copy(cursor, model, columns: tuple[str, ...], rows: list[tuple], table=None) -> None:
    table = table or _table(model)
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    # Text rows built here and sent as one buffer: several times faster than write_row.
    data = "".join("\t".join(map(_copy_escape, row)) + "\n" for row in rows)
    with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        copy.write(data.encode())


_AT = {name: i for i, name in enumerate(MEETING_COLUMNS)}


def search_rows(meetings: list[tuple], documents: dict | None) -> list[tuple]:
    """The search rows (events.search.index.ROW_COLUMNS, then the vector) of generated
    meetings: what index_meetings writes for them."""
    rows = []
    for row in meetings:
        pk, date = row[_AT["id"]], row[_AT["date"]]
        rows.append(
            (
                pk,
                row[_AT["status"]],
                date,
                None,  # the generator makes meetings of one day
                month_of(date),
                row[_AT["region_id"]],
                row[_AT["city_id"]],
                row[_AT["chamber_id"]],
                row[_AT["category"]],
                documents[pk][1] if documents is not None else None,
            )
        )
    return rows


def write_postgresql(batch: Batch) -> None:
    programme_table = connection.ops.quote_name(Meeting.programmes.through._meta.db_table)
    meetings, documents = batch.meetings, batch.documents
    if documents is not None:
        meetings = [(*row[:-1], documents[row[0]][0]) for row in meetings]
    with transaction.atomic(), connection.cursor() as cursor:
        raw = cursor.cursor  # the psycopg cursor under Django's wrapper
        _copy(raw, Meeting, MEETING_COLUMNS, meetings)
        _copy(raw, SearchRow, (*ROW_COLUMNS, "vector"), search_rows(batch.meetings, documents))
        _copy(raw, MeetingPartner, PARTNER_COLUMNS, batch.partners)
        if batch.programmes:
            _copy(raw, None, PROGRAMME_COLUMNS, batch.programmes, table=programme_table)
        if batch.people:
            _copy(raw, Person, PERSON_COLUMNS, batch.people)


def write_bulk_create(batch: Batch) -> None:
    Through = Meeting.programmes.through
    with transaction.atomic():
        Meeting.objects.bulk_create(
            [Meeting(**dict(zip(MEETING_COLUMNS, row, strict=True))) for row in batch.meetings],
            batch_size=500,
        )
        MeetingPartner.objects.bulk_create(
            [MeetingPartner(**dict(zip(PARTNER_COLUMNS, r, strict=True))) for r in batch.partners],
            batch_size=2000,
        )
        Through.objects.bulk_create(
            [Through(**dict(zip(PROGRAMME_COLUMNS, r, strict=True))) for r in batch.programmes],
            batch_size=2000,
        )
        Person.objects.bulk_create(
            [Person(**dict(zip(PERSON_COLUMNS, r, strict=True))) for r in batch.people],
            batch_size=2000,
        )


@dataclass
class Timings:
    """Where the time went, in seconds of the main process (document building overlaps
    with generation and writing when it runs in worker processes)."""

    generate: float = 0.0
    documents: float = 0.0
    write: float = 0.0
    index: float = 0.0
    total: float = 0.0
    meetings: int = 0
    partners: int = 0
    programmes: int = 0
    people: int = 0
    jobs: int = 0

    def rate(self) -> float:
        return self.meetings / self.total if self.total else 0.0


def _has_search_vector() -> bool:
    with connection.cursor() as cursor:
        columns = connection.introspection.get_table_description(cursor, SearchRow._meta.db_table)
    return any(column.name == "vector" for column in columns)


BULK_TABLES = (Meeting, MeetingPartner, Person, Meeting.programmes.through, SearchRow)


@contextmanager
def secondary_indexes_dropped(enabled: bool):
    """Drop the indexes no constraint needs while a big load runs, and build them again after.

    Updating a GIN index row by row costs more than everything else in the load; building it
    once at the end is several times faster. Primary keys, unique and foreign key constraints
    stay, so the data is checked as it goes in.
    """
    if not enabled:
        yield 0.0
        return
    tables = [model._meta.db_table for model in BULK_TABLES]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x"
            " JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
            " WHERE t.relname = ANY(%s) AND NOT EXISTS"
            " (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)",
            [tables],
        )
        indexes = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX IF EXISTS {connection.ops.quote_name(name)}")
    try:
        yield len(indexes)
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET maintenance_work_mem = '256MB'")
            for _name, definition in indexes:
                cursor.execute(definition)
            cursor.execute("RESET maintenance_work_mem")


_worker_documents: SearchDocuments | None = None


def _start_worker(reference: Reference) -> None:
    global _worker_documents
    _worker_documents = SearchDocuments(reference)


def _documents(batch: Batch) -> dict[int, tuple[str, str]]:
    documents = _worker_documents.build(batch)
    return {pk: (doc.text(), doc.tsvector()) for pk, doc in documents.items()}


class _Inline:
    """The pool's interface, run in this process."""

    class _Done:
        def __init__(self, value):
            self.value = value

        def get(self):
            return self.value

    def apply_async(self, function, args):
        return self._Done(function(*args))


def generate(
    count: int,
    *,
    seed: int = 0,
    batch_size: int = 5000,
    index: bool = True,
    jobs: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Timings:
    """Add `count` meetings (with partners, programmes and people) to the default database.

    On PostgreSQL the search documents are built from the rows in memory by `jobs` worker
    processes while the main process generates and COPYs; elsewhere the write path's bulk
    indexer (events.writes.index_loaded) runs after each batch.
    """
    started = time.perf_counter()
    reference = Reference.load()
    factory = MeetingFactory(reference, seed=seed)
    postgresql = connection.vendor == "postgresql"
    writer = write_postgresql if postgresql else write_bulk_create
    in_memory = index and postgresql and _has_search_vector()
    # Elsewhere the write path's bulk indexer, batch by batch.
    indexer = writes.index_loaded if index and not in_memory else None
    if jobs is None:
        jobs = min(2, os.cpu_count() or 1) if in_memory else 0
    timings = Timings(jobs=jobs if in_memory else 0)
    existing = Meeting.objects.count()
    bulk = postgresql and count >= 50_000 and count >= existing

    with ExitStack() as stack:
        if in_memory and jobs > 0:
            # fork: the workers inherit the loaded reference data and never touch the database.
            context = multiprocessing.get_context("fork")
            pool = stack.enter_context(context.Pool(jobs, _start_worker, (reference,)))
        else:
            _start_worker(reference)
            pool = _Inline()
        stack.enter_context(secondary_indexes_dropped(bulk))
        pending: deque = deque()
        produced = last_id = 0

        def submit() -> None:
            nonlocal produced, last_id
            size = min(batch_size, count - produced)
            begun = time.perf_counter()
            ids = _reserve_ids(size, after=last_id)
            last_id = ids[-1]
            batch = factory.batch(ids)
            timings.generate += time.perf_counter() - begun
            begun = time.perf_counter()
            result = pool.apply_async(_documents, (batch,)) if in_memory else None
            timings.documents += time.perf_counter() - begun
            pending.append((batch, result))
            produced += size

        # Enough batches ahead to keep every worker busy while this process writes.
        while produced < count and len(pending) < max(jobs, 1) + 1:
            submit()
        while pending:
            batch, result = pending.popleft()
            begun = time.perf_counter()
            if result is not None:
                batch.documents = result.get()
            timings.documents += time.perf_counter() - begun
            if produced < count:
                submit()
            begun = time.perf_counter()
            writer(batch)
            timings.write += time.perf_counter() - begun
            if indexer is not None:
                begun = time.perf_counter()
                indexer([row[0] for row in batch.meetings])
                timings.index += time.perf_counter() - begun
            timings.meetings += len(batch.meetings)
            timings.partners += len(batch.partners)
            timings.programmes += len(batch.programmes)
            timings.people += len(batch.people)
            if progress:
                progress(len(batch.meetings))
        index_started = time.perf_counter()
    timings.index += time.perf_counter() - index_started
    # The summary counts, the name index and the cached pages were of the meetings before it.
    writes.rebuild_derived()
    if postgresql:
        with connection.cursor() as cursor:
            # Fresh statistics, or the planner costs the big tables as if they were empty; and
            # a vacuum, where it can run (not in a transaction), since autovacuum may be off:
            # without one no page is all-visible and every index-only scan reads the table.
            vacuum = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
            for model in BULK_TABLES:
                cursor.execute(f"{vacuum} {_table(model)}")
            if vacuum != "ANALYZE":
                # The summary tables and the search's own tables, rebuilt just above.
                cursor.execute("VACUUM (ANALYZE)")
    timings.total = time.perf_counter() - started
    return timings
