"""The context model is trained from the repository's own data, reproducibly, and judges in
a scan exactly the words and windows it was trained on."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from clinnet.cli import cli
from clinnet.deid import context_model as cm
from clinnet.deid.categories import LOCATION

ROOT = Path(__file__).resolve().parents[2]

TRICKY = [
    "Seen by O'Brien and McAllister-Jones at St. Ita's; Reed\u2013Sternberg cells, "
    "Jarisch\u2013Herx.",
    "PATIENT SEEN. Pt's PVC's and GU-foley ok, NOte: Vt400-500, 3Dopamine.",
    "\u0e02\u0e2d\u0e04\u0e33\u0e1b\u0e23\u0e36\u0e01\u0e29\u0e32 \u672c \u30cf\u30eb \u69d8 "
    "\u00c9mile \u00e0 \u00c9COLE",
    "x" * 90 + "   " * 40 + "Brimlow " + "." * 80 + " Tallow",
    "Ends with a Name",
]


@pytest.mark.parametrize("text", TRICKY)
def test_a_scan_judges_the_words_and_windows_training_saw(text: str) -> None:
    toks = cm.tokens(text)
    words = [w for _, _, w in toks]
    expected = [(s, e, w) for s, e, w in toks if cm.is_candidate(w)]
    assert list(cm.candidates(text)) == expected
    for s, e, w in expected:
        i = next(k for k, t in enumerate(toks) if t[0] == s)
        b2, b1, a1, a2 = cm._window(words, i)
        assert cm._around(text, s, e, w) == [b2, b1, w, a1, a2]


def _invented_notes() -> list[cm.Example]:
    """Invented places after "at" and "from", and invented drugs after "started"."""
    data: list[cm.Example] = []
    places = ("Qorvath", "Drennick", "Ulmsby", "Parrowdene", "Hatchmere", "Vellacott",
              "Oxhurst", "Brandle")
    drugs = ("Zelbrane", "Kortivex", "Amphiral", "Dosulane", "Prenthia", "Sorvacin",
             "Tibrenol", "Mecravine")
    for place, drug in zip(places, drugs, strict=True):
        for text, word, kind in ((f"Met her at {place} today.", place, "Location"),
                                 (f"Moved from {place} last year.", place, "Location"),
                                 (f"We started {drug} today.", drug, None)):
            start = text.index(word)
            gold = [(start, start + len(word), kind)] if kind else []
            data.extend(cm.examples(text, gold))
    return data


def test_training_is_reproducible_and_learns_from_context() -> None:
    data = _invented_notes()
    weights = cm.train(data, epochs=5, seed=3)
    assert weights == cm.train(data, epochs=5, seed=3)
    model = cm.ContextModel(weights, margin=0.0)
    # words it never saw, in the contexts it learned
    assert [(c, t) for s, e, c in model.find("Saw him at Brimlow today.")
            for t in ["Saw him at Brimlow today."[s:e]]] == [(LOCATION, "Brimlow")]
    assert list(model.find("We started Velquorin today.")) == []


def test_the_shipped_model_is_what_training_on_its_recorded_sets_gives() -> None:
    shipped = resources.files("clinnet.deid").joinpath("data", cm.MODEL_FILE).read_text(
        encoding="utf-8")
    meta = json.loads(shipped)
    paths = [ROOT / entry["file"] for entry in meta["trained_on"]]
    assert all(p.exists() for p in paths), "a training set named in the model is missing"
    retrained = cm.train_files(paths, ROOT, margin=meta["margin"], epochs=meta["epochs"],
                               seed=meta["seed"])
    assert retrained == shipped, (
        "the bench sets the model was trained on changed: run `clinnet deid train` with the "
        "sets it records and commit the new model")


def test_train_command_writes_a_model_and_refuses_bad_data(tmp_path: Path) -> None:
    runner = CliRunner(env={"CLINNET_SECRET_KEY": ""})
    good = tmp_path / "set.jsonl"
    good.write_text(json.dumps({"id": "n1", "text": "Met her at Qorvath today.", "phi": [
        {"start": 11, "end": 18, "type": "Location", "text": "Qorvath"}]}) + "\n",
        encoding="utf-8")
    out = tmp_path / "model.json"
    result = runner.invoke(cli, ["deid", "train", str(good), "--out", str(out)])
    assert result.exit_code == 0, result.output
    meta = json.loads(out.read_text(encoding="utf-8"))
    assert meta["trained_on"][0]["file"] == "set.jsonl"
    assert meta["weights"]

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "n1", "phi": []}\n', encoding="utf-8")
    out_bad = tmp_path / "bad-model.json"
    result = runner.invoke(cli, ["deid", "train", str(bad), "--out", str(out_bad)])
    assert result.exit_code != 0
    assert "cannot train" in result.output
    assert not out_bad.exists()
