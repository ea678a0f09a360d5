"""Benchmark scoring on a tiny hand-made gold set with known numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinnet.deid import Finding
from clinnet.deid.bench import (
    GoldNote,
    GoldSpan,
    default_corpus_path,
    format_report,
    load_corpus,
    run_benchmark,
)

NOTE = "Dr Smith saw Jane Roe on 3/4. Year 1999 noted."
#       0123456789012345678901234567890123456789012345


def _gold() -> list[GoldNote]:
    spans = (
        GoldSpan(3, 8, "HCPName", "Smith"),
        GoldSpan(13, 21, "PTName", "Jane Roe"),
        GoldSpan(25, 28, "Date", "3/4"),
        GoldSpan(35, 39, "DateYear", "1999"),
    )
    return [GoldNote("n1", NOTE, spans)]


def _fake_scan(text: str) -> list[Finding]:
    # catches Smith, "Jane" (misses "Roe"), the date, the ignored year, and one false alarm
    # ("saw")
    spans = [(3, 8), (9, 12), (13, 17), (25, 28), (35, 39)]
    return [Finding(s, e, "X", text[s:e], "t") for s, e in spans]


def test_known_numbers() -> None:
    rep = run_benchmark(_gold(), scan_fn=_fake_scan)
    # gold tokens (DateYear ignored): Smith, Jane, Roe, 3, 4 = 5; caught 4
    assert rep.gold_tokens == 5
    assert rep.true_tokens == 4
    # predicted: Smith, saw, Jane, 3, 4 (1999 is under an ignored span) = 5
    assert rep.pred_tokens == 5
    assert rep.token_recall == pytest.approx(4 / 5)
    assert rep.token_precision == pytest.approx(4 / 5)
    # spans: Smith ok, Jane Roe missed, 3/4 ok -> 2/3
    assert rep.span_recall == pytest.approx(2 / 3)
    assert rep.by_category["PTName"].recall == 0.0
    assert rep.by_category["HCPName"].recall == 1.0
    assert "DateYear" not in rep.by_category
    text = format_report(rep, by_category=True, misses=5)
    assert "token recall:    0.800" in text
    assert "token precision: 0.800" in text
    assert "span recall:     0.667" in text
    assert "PTName" in text
    assert "[[Jane Roe]]" in text  # the missed span with context
    assert "[[saw]]" in text  # the false alarm with context


def test_overlap_rule_vs_strict_rule() -> None:
    def partial(text: str) -> list[Finding]:
        return [Finding(3, 6, "NAME", text[3:6], "t")]  # "Smi" of Smith

    rep = run_benchmark([GoldNote("n", NOTE, (GoldSpan(3, 8, "HCPName", "Smith"),))], partial)
    assert rep.token_recall == 1.0  # README rule: sharing a character is enough
    assert rep.strict_token_recall == 0.0  # issue's rule: every character covered


def test_load_corpus_good_and_bad(tmp_path: Path) -> None:
    good = tmp_path / "g.jsonl"
    good.write_text(
        json.dumps(
            {
                "id": "1-1",
                "text": NOTE,
                "phi": [{"start": 3, "end": 8, "type": "HCPName", "text": "Smith"}],
            }
        )
        + "\n\n"
    )
    notes = load_corpus(good)
    assert len(notes) == 1
    assert notes[0].phi[0].text == "Smith"

    bad = tmp_path / "b.jsonl"
    bad.write_text(json.dumps({"id": "1", "text": "x", "phi": []}) + "\n{oops\n")
    with pytest.raises(ValueError, match="line 2"):
        load_corpus(bad)
    bad.write_text(
        json.dumps({"id": "1", "text": "x", "phi": [{"start": 0, "end": 9, "type": "T"}]})
    )
    with pytest.raises(ValueError, match=r"line 1.*outside"):
        load_corpus(bad)
    bad.write_text(json.dumps({"id": "1", "phi": []}))
    with pytest.raises(ValueError, match="line 1"):
        load_corpus(bad)


def test_real_corpus_smoke() -> None:
    path = default_corpus_path()
    if not path.exists():
        pytest.skip(f"corpus not present at {path}")
    notes = load_corpus(path)[:60]
    rep = run_benchmark(notes)
    assert rep.notes == 60
    assert 0.0 <= rep.token_recall <= 1.0
