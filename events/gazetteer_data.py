"""Loads the reference data every database starts with: regions, provinces, cities, the 40
chambers, and the starter partners and programmes.

Data migrations call `load_reference_data` with the historical models; it upserts by natural
key, so a later migration can call it again after the fixture files gain entries.
"""

from __future__ import annotations

import csv
import json
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
        ["04", "06"],
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


def _read_csv(name: str) -> list[dict[str, str]]:
    with (FIXTURES / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _read_json(name: str) -> dict | list:
    path = FIXTURES / name
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


def load_reference_data(apps) -> None:
    """Upsert the whole gazetteer, the chambers and the starter partners and programmes."""
    Region = apps.get_model("events", "Region")
    Province = apps.get_model("events", "Province")
    City = apps.get_model("events", "City")
    Chamber = apps.get_model("events", "Chamber")
    Partner = apps.get_model("events", "Partner")
    Programme = apps.get_model("events", "Programme")

    extra = _read_json("city_aliases.json") or {}
    extra_regions = extra.get("regions", {})
    extra_provinces = extra.get("provinces", {})
    extra_cities = extra.get("cities", {})

    regions = {}
    for row in _read_csv("regions.csv"):
        slug, name_ar, name_fr = REGIONS[row["code"]]
        aliases = _unique(
            [row["name_ar"], row["name_ar"].replace("-", " "), row["name_fr"], "جهة " + name_ar]
            + extra_regions.get(slug, []),
            exclude=(name_ar, name_fr),
        )
        regions[row["code"]], _ = Region.objects.update_or_create(
            code=row["code"],
            defaults={"slug": slug, "name_ar": name_ar, "name_fr": name_fr, "aliases": aliases},
        )

    provinces = {}
    for row in _read_csv("provinces.csv"):
        if row["type"] == "prefecture_of_arrondissements":
            continue
        name_ar = USUAL_SPELLINGS.get(row["code"], row["name_ar"])
        aliases = _unique(
            [row["name_ar"], name_ar.replace("-", " ")] + extra_provinces.get(row["code"], []),
            exclude=(name_ar,),
        )
        provinces[row["code"]], _ = Province.objects.update_or_create(
            code=row["code"],
            defaults={
                "slug": _latin_slug(row["name_fr"]),
                "name_ar": name_ar,
                "name_fr": row["name_fr"],
                "kind": row["type"],
                "region": regions[row["region_code"]],
                "aliases": aliases,
            },
        )

    cities = {}
    biggest_in_province: dict[str, tuple[int, object]] = {}
    used_slugs: set[str] = set()
    for row in _read_csv("communes.csv"):
        if row["type"] != "urban":
            continue
        slug = row["slug"] or _latin_slug(row["name_fr"])
        if slug in used_slugs:
            slug = f"{slug}-{row['code_digits']}"
        used_slugs.add(slug)
        population = int(row["population_2024"] or 0) or None
        name_ar = USUAL_SPELLINGS.get(row["code"], row["name_ar"])
        city, _ = City.objects.update_or_create(
            code=row["code"],
            defaults={
                "slug": slug,
                "name_ar": name_ar,
                "name_fr": row["name_fr"],
                "province": provinces[row["province_code"]],
                "population": population,
                "aliases": _unique(
                    [row["name_ar"], *extra_cities.get(row["code"], [])], exclude=(name_ar,)
                ),
            },
        )
        cities[row["name_fr"]] = city
        best = biggest_in_province.get(row["province_code"])
        if best is None or (population or 0) > best[0]:
            biggest_in_province[row["province_code"]] = (population or 0, city)

    for code, (slug, name_ar, name_fr) in REGIONS.items():
        region = regions[code]
        seat = cities[SEATS[code]]
        # A chamber keeps an annex in the main town of each of its region's other provinces.
        annexes = [
            city
            for province_code, (_, city) in biggest_in_province.items()
            if province_code.startswith(code + ".") and city.pk != seat.pk
        ]
        for kind, (template_ar, template_fr) in CHAMBER_KINDS.items():
            chamber, _ = Chamber.objects.update_or_create(
                slug=f"{kind}-{slug}",
                defaults={
                    "kind": kind,
                    "region": region,
                    "seat": seat,
                    "name_ar": template_ar.format(ar=name_ar),
                    "name_fr": template_fr.format(of_region=of_region(name_fr)),
                },
            )
            chamber.regions.set([region])
            chamber.annexes.set(annexes)

    for slug, name_ar, name_fr, seat_name, region_codes in FISHING_CHAMBERS:
        seat = cities[seat_name]
        chamber, _ = Chamber.objects.update_or_create(
            slug=slug,
            defaults={
                "kind": "peche",
                "region": seat.province.region,
                "seat": seat,
                "name_ar": name_ar,
                "name_fr": name_fr,
            },
        )
        chamber.regions.set([regions[c] for c in region_codes])

    region_by_slug = {r.slug: r for r in regions.values()}
    partners = {}
    for entry in _read_json("partners.json") or []:
        partners[entry["slug"]], _ = Partner.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                "kind": entry.get("kind", "other"),
                "name_ar": entry["name_ar"],
                "name_fr": entry.get("name_fr", ""),
                "acronym": entry.get("acronym", ""),
                "aliases": entry.get("aliases", []),
                "region": region_by_slug.get(entry.get("region") or ""),
            },
        )
    # Every region has a council, a wilaya and an investment centre the press names alike.
    for region in regions.values():
        for slug_prefix, kind, ar, fr, acronym in (
            ("conseil", "council", "مجلس جهة {ar}", "Conseil régional {of}", ""),
            ("wilaya", "wilaya", "ولاية جهة {ar}", "Wilaya {of_region}", ""),
            ("cri", "agency", "المركز الجهوي للاستثمار لجهة {ar}", "CRI {short}", "CRI"),
        ):
            slug = f"{slug_prefix}-{region.slug}"
            if slug in partners:
                continue
            name_ar = ar.format(ar=region.name_ar)
            aliases = [ar.format(ar=alias) for alias in region.aliases if "جهة" not in alias]
            if kind == "agency":
                aliases += [f"مركز الاستثمار لجهة {region.name_ar}", f"CRI {region.name_fr}"]
            partners[slug], _ = Partner.objects.update_or_create(
                slug=slug,
                defaults={
                    "kind": kind,
                    "name_ar": name_ar,
                    "name_fr": fr.format(**_french_forms(region.name_fr)),
                    "acronym": acronym,
                    "aliases": _unique(aliases, exclude=(name_ar,)),
                    "region": region,
                },
            )

    for entry in _read_json("programmes.json") or []:
        programme, _ = Programme.objects.update_or_create(
            slug=entry.get("slug") or slugify(entry["name_ar"]),
            defaults={
                "name_ar": entry["name_ar"],
                "name_fr": entry.get("name_fr", ""),
                "acronym": entry.get("acronym", ""),
                "aliases": entry.get("aliases", []),
                "start_year": entry.get("start_year"),
                "end_year": entry.get("end_year"),
                "description": entry.get("description", ""),
            },
        )
        programme.funders.set([partners[s] for s in entry.get("funders", []) if s in partners])
