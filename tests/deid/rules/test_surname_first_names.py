from __future__ import annotations

import pytest

from clinnet.deid import NAME
from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "name"), [
    ("Patient Choi Hye-rin (31F), graduate student", "Choi Hye-rin"),
    ("his brother Lee Dong-wook died of gastric cancer", "Lee Dong-wook"),
    ("\u00d4ng Tr\u1ea7n V\u0103n Th\u1eafng, 58M, rice farmer", "Tr\u1ea7n V\u0103n Th\u1eafng"),
])
def test_family_name_first_names_are_found(text: str, name: str) -> None:
    assert any(name in f for f in found(text, NAME))


@pytest.mark.parametrize("text", [
    "Le Fort II fracture of the maxilla",
    "a Lee-Enfield rifle",
    "Kim and colleagues reported in 2019",
    "Park Avenue clinic",
])
def test_look_alikes_are_not_names(text: str) -> None:
    assert spans("surname_first_name", text) == []
