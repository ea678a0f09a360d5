from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "names"), [
    ("found in the car park. her name is zuleika and she wants a smoke", ["zuleika"]),
    ("His first name is Oluwadamilare, goes by Dami.", ["Oluwadamilare"]),
    ("Twins born at 34 weeks. She named them Ximena and Thiago.", ["Ximena", "Thiago"]),
    ("They named the baby Rhiannon Blythe after her gran.", ["Rhiannon Blythe"]),
])
def test_names_introduced_as_names(text: str, names: list[str]) -> None:
    assert spans("name_intro", text) == names


@pytest.mark.parametrize("text", [
    "her name is on the transplant list now",
    "his name is misspelt on the wristband",
    "they named them after the grandparents",
    "the drug's name is confusing",
])
def test_sentences_about_names_are_left_alone(text: str) -> None:
    assert spans("name_intro", text) == []
