"""Golden files: the detector's whole output on every invented bench note, kept in the repo.

Any change to the detector changes some findings; a golden file makes that change visible
finding by finding in review instead of as a moved score. ``tests/deid/test_golden.py``
fails with a readable diff when ``scan`` disagrees with the file, and
``clinnet deid golden --update`` rewrites the files once the change is meant. The public
nursing corpus is never snapshotted (its licence forbids copying it here).
"""

from __future__ import annotations

import json
from pathlib import Path

from .bench import GoldNote, load_corpus
from .scanner import scan

Row = tuple[int, int, str, str]  # start, end, category, text


def snapshot(notes: list[GoldNote]) -> dict[str, list[Row]]:
    """Every note's findings (with its members as colleagues, as the bench scans it)."""
    return {note.id: [(f.start, f.end, f.category, f.text)
                      for f in scan(note.text, note.members)] for note in notes}


def golden_path(corpus: Path) -> Path:
    """``bench/data/physician_cases_4.jsonl`` → ``bench/data/golden/physician_cases_4.jsonl``."""
    return corpus.parent / "golden" / corpus.name


def render(snap: dict[str, list[Row]]) -> str:
    return "".join(json.dumps({"id": note_id, "findings": [list(r) for r in rows]},
                              ensure_ascii=False) + "\n" for note_id, rows in snap.items())


def read(path: Path) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            out[obj["id"]] = [tuple(r) for r in obj["findings"]]  # type: ignore[misc]
    return out


def diff(expected: dict[str, list[Row]], actual: dict[str, list[Row]]) -> list[str]:
    """One line per finding gained or lost, by note ("+" now found, "-" no longer found)."""
    lines = []
    for note_id in sorted(set(expected) | set(actual)):
        old, new = set(expected.get(note_id, [])), set(actual.get(note_id, []))
        for row in sorted(old - new):
            lines.append(f"{note_id} - {row[2]} {row[3]!r} at {row[0]}-{row[1]}")
        for row in sorted(new - old):
            lines.append(f"{note_id} + {row[2]} {row[3]!r} at {row[0]}-{row[1]}")
    return lines


def _stored(corpus: Path) -> dict[str, list[Row]]:
    path = golden_path(corpus)
    return read(path) if path.exists() else {}


def check(corpus: Path) -> list[str]:
    """The diff between the golden file of ``corpus`` and what ``scan`` finds now."""
    return diff(_stored(corpus), snapshot(load_corpus(corpus)))


def update(corpus: Path) -> int:
    """Rewrite the golden file of ``corpus``; returns how many findings changed."""
    now = snapshot(load_corpus(corpus))  # scanned once, for the count and the file
    changed = len(diff(_stored(corpus), now))
    path = golden_path(corpus)
    path.parent.mkdir(exist_ok=True)
    path.write_text(render(now), encoding="utf-8")
    return changed
