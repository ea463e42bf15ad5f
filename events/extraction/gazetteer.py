"""A plain in-memory snapshot of the places, chambers, partners and programmes the extractor
knows, with pre-normalised lookup tables. Built once (from the database, or from the fixture
files for tests and benchmarks) and shared by every extraction: extraction itself never
touches the database."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from events.arabic import words

FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures" / "gazetteer"


@dataclass(frozen=True)
class RegionEntry:
    slug: str
    code: str
    name_ar: str
    name_fr: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProvinceEntry:
    code: str
    name_ar: str
    region: str  # region slug
    name_fr: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class CityEntry:
    code: str
    name_ar: str
    province: str  # province code
    region: str  # region slug
    name_fr: str = ""
    aliases: tuple[str, ...] = ()
    population: int = 0


@dataclass(frozen=True)
class ChamberEntry:
    slug: str
    kind: str
    region: str  # seat region slug
    regions: tuple[str, ...] = ()  # regions served (fishing chambers serve a coast)
    seat: str | None = None  # city code
    annexes: tuple[str, ...] = ()  # city codes
    name_ar: str = ""


@dataclass(frozen=True)
class PartnerEntry:
    slug: str
    name_ar: str
    kind: str = "other"
    name_fr: str = ""
    acronym: str = ""
    aliases: tuple[str, ...] = ()
    region: str | None = None


@dataclass(frozen=True)
class ProgrammeEntry:
    slug: str
    name_ar: str
    name_fr: str = ""
    acronym: str = ""
    aliases: tuple[str, ...] = ()
    start_year: int | None = None
    end_year: int | None = None


@dataclass(frozen=True)
class PlaceRef:
    kind: str  # "region", "province" or "city"
    key: str  # region slug, province code or city code
    weak: bool  # only a place after جهة / إقليم / مدينة … (a common word, or a region's short name)
    # A pre-2015 region whose land the 2015 map shared out (مكناس تافيلالت, دكالة عبدة): it
    # names the successor holding most of it, but a town the text names may decide otherwise.
    split: bool = False


# Capitals of pre-2015 regions that are not today's capital of the region they resolve to.
FORMER_CAPITALS = {
    "مكناس تافيلالت": "مكناس",
    "دكالة عبدة": "آسفي",
    "الشاوية ورديغة": "سطات",
    "تازة الحسيمة تاونات": "الحسيمة",
    "الغرب الشراردة بني احسن": "القنيطرة",
    "الغرب شراردة بني احسن": "القنيطرة",
}

# Pre-2015 regions split among several of today's; their aliases name the successor holding
# most of their land (city_aliases.json).
SPLIT_FORMER_REGIONS = frozenset(
    (
        "مكناس تافيلالت",
        "دكالة عبدة",
        "تازة الحسيمة تاونات",
        "الشاوية ورديغة",
        "كلميم السمارة",
        "كليميم السمارة",
    )
)


# Place names that are also common words ("الجديدة" new, "العيون" eyes, "المنزل" the house):
# taken as places only after مدينة، إقليم، عمالة، جماعة، جهة.
AMBIGUOUS_PLACES = frozenset(
    words(
        "الجديدة العيون الداخلة بركان أصيلة المضيق العروي المنزل عامر الجرف المرسى السهول الريش "
        "المنصورية النعيمة الشلالات الكارة الدروة البروج تيسة حطان لولاد الوطية الزاك أقا آسا "
        "مهدية عليين الحنشان الأخصاص الرماني ميسور سلوان الحاجب البيضاء زمامرة تمنار"
    )
)


def _key(name: str) -> tuple[str, ...]:
    return tuple(words(name))


def _glued(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A region's name with the dashes of «بني ملال - خنيفرة» lost in a copy, its words run
    together: بني ملالخنيفرة، طنجةتطوانالحسيمة، كلميمالسمارة (every seam glued or not)."""
    out = []
    for mask in range(1, 2 ** (len(key) - 1)):
        parts = [key[0]]
        for n, word in enumerate(key[1:]):
            if mask >> n & 1:
                parts[-1] += word
            else:
                parts.append(word)
        out.append(tuple(parts))
    return out


@dataclass
class Gazetteer:
    regions: list[RegionEntry]
    provinces: list[ProvinceEntry]
    cities: list[CityEntry]
    chambers: list[ChamberEntry] = field(default_factory=list)
    partners: list[PartnerEntry] = field(default_factory=list)
    programmes: list[ProgrammeEntry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.region_by_slug = {r.slug: r for r in self.regions}
        self.province_by_code = {p.code: p for p in self.provinces}
        self.city_by_code = {c.code: c for c in self.cities}
        self.chamber_by_slug = {c.slug: c for c in self.chambers}
        self.partner_by_slug = {p.slug: p for p in self.partners}
        self.programme_by_slug = {p.slug: p for p in self.programmes}

        # Place names: first word → [(remaining words, refs)], longest first.
        names: dict[tuple[str, ...], set[PlaceRef]] = defaultdict(set)
        town_keys: set[tuple[str, ...]] = set()
        for kind, places in (("city", self.cities), ("province", self.provinces)):
            for place in places:
                for name in (place.name_ar, *place.aliases):
                    key = _key(name)
                    if key:
                        town_keys.add(key)
                        weak = len(key) == 1 and key[0] in AMBIGUOUS_PLACES
                        names[key].add(PlaceRef(kind, place.code, weak))
        split_keys = {_key(name) for name in SPLIT_FORMER_REGIONS}
        for region in self.regions:
            for name in (region.name_ar, *region.aliases):
                key = _key(name)
                if not key or not all("\u0600" <= ch <= "\u06ff" for w in key for ch in w):
                    continue
                if key[0] == "جهه":
                    key = key[1:]
                if not key:
                    continue
                weak = len(key) == 1 or key in town_keys
                split = key in split_keys
                names[key].add(PlaceRef("region", region.slug, weak, split))
                for glued in _glued(key):
                    names[glued].add(PlaceRef("region", region.slug, False, split))
        # One-word towns with the article (الجديدة، الرشيدية): a copy that drops the space
        # before the article glues them to the word before (طريق سيدي بوزيدالجديدة).
        self.glued_towns = {
            key[0]: tuple(sorted(refs, key=lambda r: (r.kind, r.key)))
            for key, refs in names.items()
            if len(key) == 1
            and key[0].startswith("ال")
            and len(key[0]) >= 5
            and all(r.kind == "city" or r.kind == "province" for r in refs)
        }
        # Every one-word place name (for telling a glued list of names from one glued town).
        self.one_word_places = frozenset(
            key[0] for key in names if len(key) == 1 and len(key[0]) >= 4
        )
        index: dict[str, list[tuple[tuple[str, ...], tuple[PlaceRef, ...]]]] = defaultdict(list)
        for key, refs in names.items():
            index[key[0]].append((key[1:], tuple(sorted(refs, key=lambda r: (r.kind, r.key)))))
        for entries in index.values():
            entries.sort(key=lambda e: -len(e[0]))
        self.place_index = dict(index)

        by_name: dict[tuple[str, ...], CityEntry] = {}
        for city in self.cities:
            best = by_name.get(_key(city.name_ar))
            if best is None or city.population > best.population:
                by_name[_key(city.name_ar)] = city
        self.former_capitals = {
            _key(old): by_name[_key(town)].code
            for old, town in FORMER_CAPITALS.items()
            if _key(town) in by_name
        }

        self.chamber_by_kind_region: dict[tuple[str, str], str] = {}
        for chamber in self.chambers:
            if chamber.kind == "peche":
                for region in chamber.regions or (chamber.region,):
                    self.chamber_by_kind_region.setdefault(("peche", region), chamber.slug)
            else:
                self.chamber_by_kind_region[(chamber.kind, chamber.region)] = chamber.slug

        self.partner_index = self._name_index(
            (p.slug, (p.name_ar, p.name_fr, p.acronym, *p.aliases)) for p in self.partners
        )
        self.programme_index = self._name_index(
            (p.slug, (p.name_ar, p.name_fr, p.acronym, *p.aliases)) for p in self.programmes
        )
        # Whole names (normalised words joined by spaces) → slug, for names found by shape.
        self.partner_by_name = {
            " ".join((first, *rest)): slug
            for entries in self.partner_index.values()
            for first, rest, slug, _ in entries
        }
        # The first three words or more of one known partner's name (and of no other's).
        prefixes: dict[str, set[str]] = defaultdict(set)
        for name, slug in self.partner_by_name.items():
            parts = name.split()
            for n in range(3, len(parts)):
                prefixes[" ".join(parts[:n])].add(slug)
        self.partner_by_prefix = {
            prefix: next(iter(slugs))
            for prefix, slugs in prefixes.items()
            if len(slugs) == 1 and prefix not in self.partner_by_name
        }
        self.programme_by_name = {
            " ".join((first, *rest)): slug
            for entries in self.programme_index.values()
            for first, rest, slug, _ in entries
        }

    @staticmethod
    def _name_index(items) -> dict[str, list[tuple[str, tuple[str, ...], str, bool]]]:
        """first word → [(first, rest, slug, needs_capitals)], longest first.

        Latin names written in capitals in the gazetteer (UE, PDR) only match in capitals.
        """
        index: dict[str, list[tuple[str, tuple[str, ...], str, bool]]] = defaultdict(list)
        seen: set[tuple[tuple[str, ...], str]] = set()
        for slug, names in items:
            for name in names:
                key = _key(name)
                if not key or (key, slug) in seen:
                    continue
                latin = name.isascii()
                # French names are for French text; only Latin single words (acronyms, brands).
                if latin and len(key) > 2:
                    continue
                seen.add((key, slug))
                capitals = latin and name.replace(" ", "").isupper()
                index[key[0]].append((key[0], key[1:], slug, capitals))
        for entries in index.values():
            entries.sort(key=lambda e: -len(e[1]))
        return dict(index)

    # ------------------------------------------------------------------ lookups

    def region_of(self, ref: PlaceRef) -> str:
        if ref.kind == "region":
            return ref.key
        if ref.kind == "province":
            return self.province_by_code[ref.key].region
        return self.city_by_code[ref.key].region

    def capital(self, region: str, name: tuple[str, ...] = ()) -> str | None:
        """The city code of a region's capital (the seat of its chambers), or of the pre-2015
        region written `name` (عاصمة جهة مكناس تافيلالت is Meknès)."""
        town = self.former_capitals.get(name)
        if town:
            return town
        for chamber in self.chambers:
            if chamber.kind != "peche" and chamber.region == region and chamber.seat:
                return chamber.seat
        return None

    def chamber_slug(self, kind: str, region: str | None, coast: str | None = None) -> str | None:
        if kind == "peche" and coast:
            slug = f"peche-{coast}"
            return slug if slug in self.chamber_by_slug or not self.chambers else None
        if region is None:
            return None
        if not self.chambers:
            return f"{kind}-{region}" if kind != "peche" else None
        return self.chamber_by_kind_region.get((kind, region))

    # ------------------------------------------------------------------ constructors

    @classmethod
    def from_db(cls) -> Gazetteer:
        """Read the models once."""
        from events.models import Chamber, City, Partner, Programme, Province, Region

        regions = [
            RegionEntry(r.slug, r.code, r.name_ar, r.name_fr, tuple(r.aliases))
            for r in Region.objects.all()
        ]
        provinces = [
            ProvinceEntry(p.code, p.name_ar, p.region.slug, p.name_fr, tuple(p.aliases))
            for p in Province.objects.select_related("region")
        ]
        cities = [
            CityEntry(
                c.code,
                c.name_ar,
                c.province.code,
                c.province.region.slug,
                c.name_fr,
                tuple(c.aliases),
                c.population or 0,
            )
            for c in City.objects.select_related("province__region")
        ]
        chambers = [
            ChamberEntry(
                c.slug,
                c.kind,
                c.region.slug,
                tuple(r.slug for r in c.regions.all()),
                c.seat.code if c.seat else None,
                tuple(a.code for a in c.annexes.all()),
                c.name_ar,
            )
            for c in Chamber.objects.select_related("region", "seat").prefetch_related(
                "regions", "annexes"
            )
        ]
        partners = [
            PartnerEntry(
                p.slug,
                p.name_ar,
                p.kind,
                p.name_fr,
                p.acronym,
                tuple(p.aliases),
                p.region.slug if p.region else None,
            )
            for p in Partner.objects.select_related("region")
        ]
        programmes = [
            ProgrammeEntry(
                p.slug, p.name_ar, p.name_fr, p.acronym, tuple(p.aliases), p.start_year, p.end_year
            )
            for p in Programme.objects.all()
        ]
        return cls(regions, provinces, cities, chambers, partners, programmes)

    @classmethod
    def from_fixtures(cls, directory: Path = FIXTURES) -> Gazetteer:
        """The same snapshot read straight from the fixture files (tests, benchmarks): the rows
        the migrations load into the database (events.gazetteer_data.reference_rows)."""
        from events.gazetteer_data import reference_rows

        rows = reference_rows(directory)
        slug_of = {r["code"]: r["slug"] for r in rows.regions}
        regions = [
            RegionEntry(r["slug"], r["code"], r["name_ar"], r["name_fr"], tuple(r["aliases"]))
            for r in rows.regions
        ]
        provinces = [
            ProvinceEntry(
                p["code"],
                p["name_ar"],
                slug_of[p["region_code"]],
                p["name_fr"],
                tuple(p["aliases"]),
            )
            for p in rows.provinces
        ]
        cities = [
            CityEntry(
                c["code"],
                c["name_ar"],
                c["province_code"],
                slug_of[c["region_code"]],
                c["name_fr"],
                tuple(c["aliases"]),
                c["population"] or 0,
            )
            for c in rows.cities
        ]
        chambers = [
            ChamberEntry(
                c["slug"],
                c["kind"],
                slug_of[c["region_code"]],
                tuple(slug_of[code] for code in c["region_codes"]),
                c["seat_code"],
                tuple(c["annex_codes"] or ()),
                c["name_ar"],
            )
            for c in rows.chambers
        ]
        partners = [
            PartnerEntry(
                p["slug"],
                p["name_ar"],
                p["kind"],
                p["name_fr"],
                p["acronym"],
                tuple(p["aliases"]),
                p["region_slug"],
            )
            for p in rows.partners
        ]
        programmes = [
            ProgrammeEntry(
                p["slug"],
                p["name_ar"],
                p["name_fr"],
                p["acronym"],
                tuple(p["aliases"]),
                p["start_year"],
                p["end_year"],
            )
            for p in rows.programmes
        ]
        return cls(regions, provinces, cities, chambers, partners, programmes)
