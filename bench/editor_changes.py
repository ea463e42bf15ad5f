"""How many fields an editor must change after importing each real development article.

Imports every article of .real/dev and .real/own (git-ignored texts) through the
import service into a fresh SQLite database, then compares the draft with the gold answers
(chamber, region, city, date, category, partners, programmes): one change per field that
differs (a list of partners or programmes that differs is one field to correct). An article
that names no chamber counts the chamber as chosen by hand.

    .venv/bin/python bench/editor_changes.py [--real .real]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SETS = (
    ("dev", ROOT / "tests" / "events" / "extraction" / "real" / "dev.json"),
    ("own", ROOT / "tests" / "events" / "extraction" / "real" / "gold.json"),
)
FIELDS = ("chamber", "region", "city", "date", "category", "partners", "programmes")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--real", default=str(ROOT / ".real"))
    args = parser.parse_args()
    db = Path(tempfile.mkdtemp()) / "bench.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from events import arabic, services
    from events.models import Chamber

    def same_names(found, gold) -> bool:
        return {arabic.normalise(n) for n in found} >= {arabic.normalise(n) for n in gold}

    total = articles = 0
    per_field = dict.fromkeys(FIELDS, 0)
    for name, gold_path in SETS:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["articles"]
        for answer in gold:
            path = Path(args.real) / name / answer["file"]
            if not path.exists():
                continue
            text = path.read_text(encoding="utf-8")
            changes = []
            # The chamber an editor would pick when the text names none (the gold's, else the
            # region's first, as the import form requires one).
            default = (
                Chamber.objects.filter(slug=answer.get("chamber")).first()
                or Chamber.objects.filter(region__slug=answer.get("region")).first()
                or Chamber.objects.first()
            )
            try:
                result = services.article_import(
                    text=text, chamber=None, user=None, file=answer["file"]
                )
            except services.ServiceRefused:
                result = services.article_import(
                    text=text, chamber=default, user=None, file=answer["file"]
                )
                changes.append("chamber*")
            if not result.created:
                continue
            m = result.meeting
            found = {
                "chamber": m.chamber.slug,
                "region": m.region.slug if m.region else None,
                "city": arabic.normalise(m.city.name_ar) if m.city else None,
                "date": m.date.isoformat() if m.date else None,
                "category": m.category,
            }
            expected = {
                "chamber": answer.get("chamber"),
                "region": answer.get("region"),
                "city": arabic.normalise(answer["city"]) if answer.get("city") else None,
                "date": answer.get("date"),
                "category": answer.get("category", m.category),
            }
            if expected["chamber"] is None:
                # No chamber organised it: whichever the editor chose is right.
                expected["chamber"] = found["chamber"]
            for field in ("chamber", "region", "city", "date", "category"):
                if found[field] != expected[field] and f"{field}*" not in changes:
                    changes.append(field)
            partners = [r.partner.name_ar for r in m.partner_roles.select_related("partner")]
            partners += services.unresolved_names(m.article)["partners"]
            if not same_names(partners, answer.get("partners") or []):
                changes.append("partners")
            programmes = [p.name_ar for p in m.programmes.all()]
            programmes += services.unresolved_names(m.article)["programmes"]
            if not same_names(programmes, answer.get("programmes") or []):
                changes.append("programmes")
            for field in changes:
                per_field[field.rstrip("*")] += 1
            total += len(changes)
            articles += 1
            print(f"{name}/{answer['file']}: {len(changes)} ({', '.join(changes) or '-'})")
    print(f"articles: {articles}, changes: {total}, per article: {total / max(articles, 1):.2f}")
    print("by field: " + ", ".join(f"{k} {v}" for k, v in per_field.items()))
    print(f"measured {datetime.date.today().isoformat()}")


if __name__ == "__main__":
    main()
