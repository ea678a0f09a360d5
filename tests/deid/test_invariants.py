"""Structural invariants of scan(), checked on random text with hypothesis."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinnet.deid import CATEGORIES, Finding, redact, scan

# Text biased toward what matters: digits, separators, names, titles, odd Unicode.
_pieces = st.sampled_from(
    [
        "Dr. ",
        "Mr ",
        "wife ",
        "son ",
        "Smith",
        "Oyelaran",
        "John",
        " ",
        "  ",
        "\n",
        "/",
        "-",
        ".",
        ",",
        "(",
        ")",
        "#",
        "@",
        ":",
        "0",
        "1",
        "9",
        "12",
        "2023",
        "555",
        "x",
        "MRN ",
        "Jan ",
        "\u200b",
        "\u202e",
        "\uff11",
        "\u0665",
        "O",
        "l",
        "St. ",
        "Hospital",
        "yo",
        "96 ",
        "\u00e9",
        "\U0001f600",
        "\ufeff",
        "\u0301",
    ]
)
_text = st.one_of(
    st.text(max_size=300),
    st.lists(_pieces, max_size=80).map("".join),
)


def _check(text: str, found: list[Finding]) -> None:
    prev_end = -1
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert f.text == text[f.start : f.end]
        assert f.start >= prev_end, "findings overlap or are unsorted"
        assert f.category in CATEGORIES
        assert isinstance(f.rule, str)
        assert f.rule
        prev_end = f.end


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text)
def test_findings_are_sorted_disjoint_and_exact(text: str) -> None:
    _check(text, scan(text))


@settings(max_examples=200, deadline=None)
@given(_text)
def test_redact_leaves_no_finding_text_behind(text: str) -> None:
    found = scan(text)
    out = redact(text, found)
    if not found:
        assert out == text
    else:
        assert out != text


def test_empty_and_whitespace() -> None:
    assert scan("") == []
    assert scan("   \n\t ") == []


def test_binary_junk_is_handled() -> None:
    junk = bytes(range(256)).decode("latin-1") * 40
    _check(junk, scan(junk))
    junk2 = (b"\x00\xff\xfe" * 1000).decode("utf-8", errors="replace")
    _check(junk2, scan(junk2))
