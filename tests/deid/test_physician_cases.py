"""The invented physician-case bench file is well formed (not a test of detector scores)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import pytest

from clinnet.deid.bench import load_corpus

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
CORPUS = DATA / "physician_cases.jsonl"
GOLD_TYPES = {
    "PTName",
    "RelativeProxyName",
    "HCPName",
    "Location",
    "Date",
    "DateYear",
    "Age",
    "Phone",
    "Other",
}


@pytest.fixture(scope="module")
def maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_physician_cases", DATA / "make_physician_cases.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_file_is_what_the_generator_writes(maker: ModuleType) -> None:
    # the JSONL is generated: an edit to one side only would leave offsets stale
    assert CORPUS.read_text(encoding="utf-8") == maker.render()


def test_bench_loader_reads_it(records: list[dict]) -> None:
    notes = load_corpus(CORPUS)
    assert [n.id for n in notes] == [r["id"] for r in records]


def test_ids_unique(records: list[dict]) -> None:
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"pc-\d{3}", i) for i in ids)


def test_spans_match_text_sorted_and_disjoint(records: list[dict]) -> None:
    for r in records:
        text, prev_end = r["text"], 0
        for p in r["phi"]:
            assert set(p) == {"start", "end", "type", "text"}, r["id"]
            assert 0 <= p["start"] < p["end"] <= len(text), (r["id"], p)
            assert text[p["start"] : p["end"]] == p["text"], (r["id"], p)
            assert p["text"] == p["text"].strip(), (r["id"], p)
            assert p["type"] in GOLD_TYPES, (r["id"], p)
            assert p["start"] >= prev_end, (r["id"], p)  # sorted, no overlap
            prev_end = p["end"]


def test_no_markup_left(records: list[dict]) -> None:
    assert not any("[[" in r["text"] or "]]" in r["text"] for r in records)


def test_year_alone_only_as_date_year(records: list[dict]) -> None:
    for r in records:
        for p in r["phi"]:
            if p["type"] == "DateYear":
                assert re.fullmatch(r"(19|20)\d\d", p["text"]), (r["id"], p)


def test_every_gold_type_present(records: list[dict]) -> None:
    seen = {p["type"] for r in records for p in r["phi"]}
    assert seen == GOLD_TYPES


def test_every_identifier_kind_present(maker: ModuleType) -> None:
    used = {tag for _, tags in maker.build() for tag in tags}
    assert used == set(maker.TAGS)


def test_has_both_phi_and_phi_free_notes(records: list[dict]) -> None:
    def has_phi(r: dict) -> bool:
        return any(p["type"] != "DateYear" for p in r["phi"])

    with_phi = sum(map(has_phi, records))
    assert with_phi >= 40
    assert len(records) - with_phi >= 25
