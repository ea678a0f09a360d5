"""The detector's output is a test: every finding on every invented bench note is in a
golden file, and any change shows up here finding by finding (bench/data/golden/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clinnet.cli import cli
from clinnet.deid import golden

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
SETS = sorted(p for p in DATA.glob("physician_cases*.jsonl") if golden.golden_path(p).exists())


def test_every_bench_set_has_a_golden_file() -> None:
    assert {p.name for p in SETS} == {p.name for p in DATA.glob("physician_cases*.jsonl")}


@pytest.mark.parametrize("corpus", SETS, ids=[p.stem for p in SETS])
def test_scan_gives_the_golden_output(corpus: Path) -> None:
    changes = golden.check(corpus)
    assert not changes, (
        "the detector's findings changed (+ now found, - no longer found):\n  "
        + "\n  ".join(changes[:60])
        + "\nif that is meant, run `clinnet deid golden --update` and commit the diff")


def test_update_rewrites_and_check_then_agrees(tmp_path: Path) -> None:
    corpus = tmp_path / "set.jsonl"
    corpus.write_text(json.dumps({"id": "n1", "text": "Seen by Dr. Quarshie on 3/14/2024.",
                                  "phi": []}) + "\n", encoding="utf-8")
    runner = CliRunner(env={"CLINNET_SECRET_KEY": ""})  # operators run it without an app
    first = runner.invoke(cli, ["deid", "golden", str(corpus)])
    assert first.exit_code != 0
    assert "n1 + NAME 'Quarshie'" in first.output
    assert runner.invoke(cli, ["deid", "golden", "--update", str(corpus)]).exit_code == 0
    assert golden.check(corpus) == []
    again = runner.invoke(cli, ["deid", "golden", str(corpus)])
    assert again.exit_code == 0, again.output
    assert "same output" in again.output
