"""DESIGN.md's one-way imports between packages, checked with import-linter."""

from pathlib import Path

from importlinter.cli import lint_imports


def test_packages_import_only_to_their_left(monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    assert lint_imports(no_cache=True) == 0
