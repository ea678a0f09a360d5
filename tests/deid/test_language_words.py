"""Languages and other-language service words are not people or places."""

from __future__ import annotations

import pytest

from clinnet.deid import scan


@pytest.mark.parametrize("text", [
    "History taken in Tagalog through the interpreter.",
    "Consent form translated from Ukrainian by the family.",
    "Leaflets exist in Dari and Pashto.",
    "Caso 2 from our clinic, shared with consent.",
    "Seen in urgencias overnight, stable.",
])
def test_language_and_service_words_are_not_flagged(text: str) -> None:
    assert scan(text) == []


def test_a_name_after_a_title_is_still_found() -> None:
    assert [f.text for f in scan("Seen by Dr. Garda this morning.")] == ["Garda"]
