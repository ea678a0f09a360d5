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


def test_every_local_link_in_the_readme_and_the_docs_exists():
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    for page in pages:
        prose = re.sub(r"```.*?```|`[^`\n]*`", "", page.read_text(), flags=re.DOTALL)
        for target in re.findall(r"\]\(([\w./-]+)(?:#[\w-]*)?\)", prose):
            if "://" not in target:
                assert (page.parent / target).exists(), f"{page.name} links to {target}"


def test_the_readme_is_a_front_door():
    """What it is, the two commands and a map; the rest lives in docs/ (issue 14)."""
    readme = (ROOT / "README.md").read_text()
    assert len(readme.encode()) < 5000
    assert readme.count("```sh") == 2
