"""The reference data every database starts with: regions, provinces, cities, the 40
chambers, and the starter partners and programmes.

`reference_rows` reads fixtures/gazetteer/* into plain rows, the one reader of those files:
data migrations upsert them with `load_reference_data` (historical models, by natural key, so a
later migration can call it again after the fixture files gain entries), and the extractor's
`Gazetteer.from_fixtures` builds the same snapshot from them without a database.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from events.arabic import slugify
from events.french import of_region

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "gazetteer"

# Slugs and names fixed in REFERENCE.md, keyed by HCP region code.
REGIONS = {
    "01": ("tanger-tetouan-al-hoceima", "طنجة تطوان الحسيمة", "Tanger-Tétouan-Al Hoceïma"),
    "02": ("oriental", "الشرق", "L'Oriental"),
    "03": ("fes-meknes", "فاس مكناس", "Fès-Meknès"),
    "04": ("rabat-sale-kenitra", "الرباط سلا القنيطرة", "Rabat-Salé-Kénitra"),
    "05": ("beni-mellal-khenifra", "بني ملال خنيفرة", "Béni Mellal-Khénifra"),
    "06": ("casablanca-settat", "الدار البيضاء سطات", "Casablanca-Settat"),
    "07": ("marrakech-safi", "مراكش آسفي", "Marrakech-Safi"),
    "08": ("draa-tafilalet", "درعة تافيلالت", "Drâa-Tafilalet"),
    "09": ("souss-massa", "سوس ماسة", "Souss-Massa"),
    "10": ("guelmim-oued-noun", "كلميم واد نون", "Guelmim-Oued Noun"),
    "11": ("laayoune-sakia-el-hamra", "العيون الساقية الحمراء", "Laâyoune-Sakia El Hamra"),
    "12": ("dakhla-oued-ed-dahab", "الداخلة وادي الذهب", "Dakhla-Oued Ed-Dahab"),
}

# The regional capital, seat of the region's chambers (HCP commune name in French).
SEATS = {
    "01": "Tanger",
    "02": "Oujda",
    "03": "Fès",
    "04": "Rabat",
    "05": "Béni Mellal",
    "06": "Casablanca",
    "07": "Marrakech",
    "08": "Errachidia",
    "09": "Agadir",
    "10": "Guelmim",
    "11": "Laâyoune",
    "12": "Dakhla",
}

# Where the HCP file's Arabic spelling is not the one the press and the province itself use,
# pages show the usual one; the HCP spelling stays as an alias.
USUAL_SPELLINGS = {
    "02.381": "الناظور",
    "02.381.01.05": "الناظور",
}


def _french_forms(name: str) -> dict[str, str]:
    """A region's French name as partners' names use it: "Wilaya de la région Souss-Massa",
    "Conseil régional de l'Oriental", "CRI Souss-Massa" (but "CRI de l'Oriental")."""
    elided = of_region(name, word=False)
    return {
        "of_region": of_region(name),
        "of": elided,
        "short": elided if elided.startswith("de l'") else name,
    }


CHAMBER_KINDS = {
    "ccis": (
        "غرفة التجارة والصناعة والخدمات لجهة {ar}",
        "Chambre de Commerce, d'Industrie et de Services {of_region}",
    ),
    "artisanat": ("غرفة الصناعة التقليدية لجهة {ar}", "Chambre d'Artisanat {of_region}"),
    "agriculture": ("الغرفة الفلاحية لجهة {ar}", "Chambre d'Agriculture {of_region}"),
}

# The four maritime fishing chambers, by coast: slug, Arabic, French, seat, regions served.
# A chamber serves the regions along its coast: the Mediterranean from Saïdia to Larache, the
# Atlantic North from the Atlantic shore of Tanger-Tétouan-Al Hoceima (the press has it meet
# at Larache too) to Safi, the Atlantic Centre from Essaouira to Sidi Ifni and Tan-Tan, the
# Atlantic South from Tarfaya to Lagouira. Marrakech-Safi's coast is shared (Safi north,
# Essaouira centre); a region's first chamber here is its default (chamber_by_kind_region).
FISHING_CHAMBERS = [
    (
        "peche-mediterranee",
        "غرفة الصيد البحري المتوسطية",
        "Chambre des Pêches Maritimes de la Méditerranée",
        "Tanger",
        ["01", "02"],
    ),
    (
        "peche-atlantique-nord",
        "غرفة الصيد البحري الأطلسية الشمالية",
        "Chambre des Pêches Maritimes de l'Atlantique Nord",
        "Casablanca",
        ["01", "04", "06", "07"],
    ),
    (
        "peche-atlantique-centre",
        "غرفة الصيد البحري الأطلسية الوسطى",
        "Chambre des Pêches Maritimes de l'Atlantique Centre",
        "Agadir",
        ["07", "09", "10"],
    ),
    (
        "peche-atlantique-sud",
        "غرفة الصيد البحري الأطلسية الجنوبية",
        "Chambre des Pêches Maritimes de l'Atlantique Sud",
        "Dakhla",
        ["11", "12"],
    ),
]


def _read_csv(directory: Path, name: str) -> list[dict[str, str]]:
    with (directory / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _read_json(directory: Path, name: str) -> dict | list:
    path = directory / name
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def _unique(names: list[str], exclude: tuple[str, ...] = ()) -> list[str]:
    seen: list[str] = []
    for name in names:
        name = name.strip()
        if name and name not in seen and name not in exclude:
            seen.append(name)
    return seen


def _latin_slug(text: str) -> str:
    """A Latin slug from a French name: 'Béni Mellal' → 'beni-mellal'."""
    from django.utils.text import slugify as django_slugify

    return django_slugify(text.replace("'", "-"))


@dataclass
class ReferenceRows:
    """The reference data as rows of model fields; relations by natural key (region and
    province codes, city codes, partner slugs) under the names given below."""

    regions: list[dict] = field(default_factory=list)
    # + "region_code"
    provinces: list[dict] = field(default_factory=list)
    # + "province_code", "region_code"
    cities: list[dict] = field(default_factory=list)
    # + "region_code" (its seat's region), "seat_code", "region_codes" (served), "annex_codes"
    # (None: the fishing chambers' annexes are not reference data)
    chambers: list[dict] = field(default_factory=list)
    # + "region_slug" (or None)
    partners: list[dict] = field(default_factory=list)
    # + "funder_slugs"
    programmes: list[dict] = field(default_factory=list)


def reference_rows(directory: Path = FIXTURES) -> ReferenceRows:
    """Every row the reference data holds, read from the fixture files in `directory`."""
    rows = ReferenceRows()
    extra = _read_json(directory, "city_aliases.json") or {}
    extra_regions = extra.get("regions", {})
    extra_provinces = extra.get("provinces", {})
    extra_cities = extra.get("cities", {})

    regions = {}
    for row in _read_csv(directory, "regions.csv"):
        slug, name_ar, name_fr = REGIONS[row["code"]]
        aliases = _unique(
            [row["name_ar"], row["name_ar"].replace("-", " "), row["name_fr"], "جهة " + name_ar]
            + extra_regions.get(slug, []),
            exclude=(name_ar, name_fr),
        )
        regions[row["code"]] = region = {
            "code": row["code"],
            "slug": slug,
            "name_ar": name_ar,
            "name_fr": name_fr,
            "aliases": aliases,
        }
        rows.regions.append(region)

    for row in _read_csv(directory, "provinces.csv"):
        if row["type"] == "prefecture_of_arrondissements":
            continue
        name_ar = USUAL_SPELLINGS.get(row["code"], row["name_ar"])
        aliases = _unique(
            [row["name_ar"], name_ar.replace("-", " ")] + extra_provinces.get(row["code"], []),
            exclude=(name_ar,),
        )
        rows.provinces.append(
            {
                "code": row["code"],
                "slug": _latin_slug(row["name_fr"]),
                "name_ar": name_ar,
                "name_fr": row["name_fr"],
                "kind": row["type"],
                "aliases": aliases,
                "region_code": row["region_code"],
            }
        )

    cities = {}
    biggest_in_province: dict[str, tuple[int, dict]] = {}
    used_slugs: set[str] = set()
    for row in _read_csv(directory, "communes.csv"):
        if row["type"] != "urban":
            continue
        slug = row["slug"] or _latin_slug(row["name_fr"])
        if slug in used_slugs:
            slug = f"{slug}-{row['code_digits']}"
        used_slugs.add(slug)
        population = int(row["population_2024"] or 0) or None
        name_ar = USUAL_SPELLINGS.get(row["code"], row["name_ar"])
        city = {
            "code": row["code"],
            "slug": slug,
            "name_ar": name_ar,
            "name_fr": row["name_fr"],
            "population": population,
            "aliases": _unique(
                [row["name_ar"], *extra_cities.get(row["code"], [])], exclude=(name_ar,)
            ),
            "province_code": row["province_code"],
            "region_code": row["region_code"],
        }
        rows.cities.append(city)
        cities[row["name_fr"]] = city
        best = biggest_in_province.get(row["province_code"])
        if best is None or (population or 0) > best[0]:
            biggest_in_province[row["province_code"]] = (population or 0, city)

    for code, (slug, name_ar, name_fr) in REGIONS.items():
        seat = cities[SEATS[code]]
        # A chamber keeps an annex in the main town of each of its region's other provinces.
        annexes = [
            city["code"]
            for province_code, (_, city) in biggest_in_province.items()
            if province_code.startswith(code + ".") and city["code"] != seat["code"]
        ]
        for kind, (template_ar, template_fr) in CHAMBER_KINDS.items():
            rows.chambers.append(
                {
                    "slug": f"{kind}-{slug}",
                    "kind": kind,
                    "name_ar": template_ar.format(ar=name_ar),
                    "name_fr": template_fr.format(of_region=of_region(name_fr)),
                    "region_code": code,
                    "seat_code": seat["code"],
                    "region_codes": [code],
                    "annex_codes": annexes,
                }
            )

    for slug, name_ar, name_fr, seat_name, region_codes in FISHING_CHAMBERS:
        seat = cities[seat_name]
        rows.chambers.append(
            {
                "slug": slug,
                "kind": "peche",
                "name_ar": name_ar,
                "name_fr": name_fr,
                "region_code": seat["region_code"],
                "seat_code": seat["code"],
                "region_codes": list(region_codes),
                "annex_codes": None,
            }
        )

    for entry in _read_json(directory, "partners.json") or []:
        rows.partners.append(
            {
                "slug": entry["slug"],
                "kind": entry.get("kind", "other"),
                "name_ar": entry["name_ar"],
                "name_fr": entry.get("name_fr", ""),
                "acronym": entry.get("acronym", ""),
                "aliases": entry.get("aliases", []),
                "region_slug": entry.get("region") or None,
            }
        )
    known = {partner["slug"] for partner in rows.partners}
    # Every region has a council, a wilaya and an investment centre the press names alike.
    for region in regions.values():
        for slug_prefix, kind, ar, fr, acronym in (
            ("conseil", "council", "مجلس جهة {ar}", "Conseil régional {of}", ""),
            ("wilaya", "wilaya", "ولاية جهة {ar}", "Wilaya {of_region}", ""),
            ("cri", "agency", "المركز الجهوي للاستثمار لجهة {ar}", "CRI {short}", "CRI"),
        ):
            slug = f"{slug_prefix}-{region['slug']}"
            if slug in known:
                continue
            known.add(slug)
            name_ar = ar.format(ar=region["name_ar"])
            aliases = [ar.format(ar=alias) for alias in region["aliases"] if "جهة" not in alias]
            if kind == "agency":
                aliases += [
                    f"مركز الاستثمار لجهة {region['name_ar']}",
                    f"CRI {region['name_fr']}",
                ]
            rows.partners.append(
                {
                    "slug": slug,
                    "kind": kind,
                    "name_ar": name_ar,
                    "name_fr": fr.format(**_french_forms(region["name_fr"])),
                    "acronym": acronym,
                    "aliases": _unique(aliases, exclude=(name_ar,)),
                    "region_slug": region["slug"],
                }
            )

    for entry in _read_json(directory, "programmes.json") or []:
        rows.programmes.append(
            {
                "slug": entry.get("slug") or slugify(entry["name_ar"]),
                "name_ar": entry["name_ar"],
                "name_fr": entry.get("name_fr", ""),
                "acronym": entry.get("acronym", ""),
                "aliases": entry.get("aliases", []),
                "start_year": entry.get("start_year"),
                "end_year": entry.get("end_year"),
                "description": entry.get("description", ""),
                "funder_slugs": entry.get("funders", []),
            }
        )
    return rows


def _fields(row: dict, *relations: str) -> dict:
    return {k: v for k, v in row.items() if k not in relations}


def load_reference_data(apps) -> None:
    """Upsert the whole gazetteer, the chambers and the starter partners and programmes."""
    Region = apps.get_model("events", "Region")
    Province = apps.get_model("events", "Province")
    City = apps.get_model("events", "City")
    Chamber = apps.get_model("events", "Chamber")
    Partner = apps.get_model("events", "Partner")
    Programme = apps.get_model("events", "Programme")
    rows = reference_rows()

    regions = {}
    for row in rows.regions:
        regions[row["code"]], _ = Region.objects.update_or_create(
            code=row["code"], defaults=_fields(row, "code")
        )
    region_by_slug = {region.slug: region for region in regions.values()}

    provinces = {}
    for row in rows.provinces:
        provinces[row["code"]], _ = Province.objects.update_or_create(
            code=row["code"],
            defaults={**_fields(row, "code", "region_code"), "region": regions[row["region_code"]]},
        )

    cities = {}
    for row in rows.cities:
        cities[row["code"]], _ = City.objects.update_or_create(
            code=row["code"],
            defaults={
                **_fields(row, "code", "province_code", "region_code"),
                "province": provinces[row["province_code"]],
            },
        )

    for row in rows.chambers:
        chamber, _ = Chamber.objects.update_or_create(
            slug=row["slug"],
            defaults={
                **_fields(row, "slug", "region_code", "seat_code", "region_codes", "annex_codes"),
                "region": regions[row["region_code"]],
                "seat": cities[row["seat_code"]],
            },
        )
        chamber.regions.set([regions[code] for code in row["region_codes"]])
        if row["annex_codes"] is not None:
            chamber.annexes.set([cities[code] for code in row["annex_codes"]])

    partners = {}
    for row in rows.partners:
        partners[row["slug"]], _ = Partner.objects.update_or_create(
            slug=row["slug"],
            defaults={
                **_fields(row, "slug", "region_slug"),
                "region": region_by_slug.get(row["region_slug"] or ""),
            },
        )

    for row in rows.programmes:
        programme, _ = Programme.objects.update_or_create(
            slug=row["slug"], defaults=_fields(row, "slug", "funder_slugs")
        )
        programme.funders.set([partners[s] for s in row["funder_slugs"] if s in partners])
