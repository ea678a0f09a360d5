"""A relative's name typed in lower case after the relation (own examples)."""

from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "name"), [
    ("CT head clear. her son obinna will bring her back Monday.", "obinna"),
    ("Ptosis worse. bhai rakesh ka number is with the nurses.", "rakesh"),
    ("Parvo in the end. His mom tayla brennick was amazing about it.", "tayla brennick"),
])
def test_a_name_typed_small_after_the_relation(text: str, name: str) -> None:
    assert name in spans("kin_name_typed_small", text)
    assert any(name in f for f in found(text, "NAME"))


@pytest.mark.parametrize("text", [
    "Her son taking her home tomorrow, daughter pls call the ward.",
    "Her son wnet home yesterday.",  # a slip of the keyboard, not a name
    "Her daughter recognised the rash from the leaflet.",  # British spelling
    "Adressée par son médecin traitant pour bilan.",  # French "son" is "his"
    "her son emeka came in",  # an all-lower-case note is the name pass's to judge
])
def test_words_after_a_relation_are_left_alone(text: str) -> None:
    assert spans("kin_name_typed_small", text) == []
