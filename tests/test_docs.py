"""The security table points at tests that exist (a renamed test must update the docs)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_test_named_in_the_security_docs_exists():
    text = (ROOT / "docs" / "security.md").read_text()
    files = set(re.findall(r"`(tests/[\w/]+\.py)", text))
    assert files
    for name in files:
        assert (ROOT / name).exists(), name
    for path, test in re.findall(r"`(tests/[\w/]+\.py)::(\w+)", text):
        source = (ROOT / path).read_text()
        assert re.search(rf"def {test}", source), f"{path}::{test}"


def test_every_doc_the_readme_links_exists():
    readme = (ROOT / "README.md").read_text()
    for target in re.findall(r"\]\((docs/[\w.]+)\)", readme):
        assert (ROOT / target).exists(), target
