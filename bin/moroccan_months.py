"""Write locale/ar/LC_MESSAGES/{django,djangojs}.po from events.dates, then compile them.

Django's Arabic catalogs name the months the Middle-Eastern way (سبتمبر); the admin's dates,
filters and calendar widget must read as the public pages do (شتنبر). The month names stay in
the one table, events.dates.MONTHS_AR_MA: run this after changing it
(`.venv/bin/python bin/moroccan_months.py`); a test checks that the catalogs agree with it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from events.dates import MONTHS_AR_MA  # noqa: E402

ENGLISH = "January February March April May June July August September".split()  # noqa: SIM905
ENGLISH += ["October", "November", "December"]
THREE = "jan feb mar apr may jun jul aug sep oct nov dec".split()  # noqa: SIM905
AP = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()  # noqa: SIM905
JS_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()  # noqa: SIM905

HEADER = """# The Moroccan month names for Django's own strings, written by bin/moroccan_months.py
# from events.dates.MONTHS_AR_MA: do not edit by hand.
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: ar\\n"
"Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
"n%100>=3 && n%100<=10 ? 3 : n%100>=11 && n%100<=99 ? 4 : 5;\\n"

"""


def entry(msgid: str, msgstr: str, context: str | None = None) -> str:
    ctx = f'msgctxt "{context}"\n' if context else ""
    return f'{ctx}msgid "{msgid}"\nmsgstr "{msgstr}"\n\n'


def django_po() -> str:
    parts = [HEADER]
    for i, name in enumerate(MONTHS_AR_MA):
        parts.append(entry(ENGLISH[i], name))
        parts.append(entry(THREE[i], name))
        parts.append(entry(AP[i], name, "abbrev. month"))
        parts.append(entry(ENGLISH[i], name, "alt. month"))
    return "".join(parts)


def djangojs_po() -> str:
    parts = [HEADER]
    for i, name in enumerate(MONTHS_AR_MA):
        parts.append(entry(ENGLISH[i], name))
        parts.append(entry(JS_ABBR[i], name, f"abbrev. month {ENGLISH[i]}"))
    return "".join(parts)


def main() -> None:
    folder = ROOT / "locale" / "ar" / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    for domain, text in (("django", django_po()), ("djangojs", djangojs_po())):
        po = folder / f"{domain}.po"
        po.write_text(text, encoding="utf-8")
        subprocess.run(["msgfmt", "-o", str(po.with_suffix(".mo")), str(po)], check=True)
        print(po.relative_to(ROOT))


if __name__ == "__main__":
    main()
