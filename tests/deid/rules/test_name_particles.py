"""The particles of a family name go with the name (own examples)."""

from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "name"), [
    ("Mrs. Rosalinda Ibarra de la Fuente, 58, presented with chest pain.",
     "Rosalinda Ibarra de la Fuente"),
    ("Her husband Khalid Nasser al-Harbi signed the consent.", "Khalid Nasser al-Harbi"),
    ("Patient Aziz bin Ramli was transferred from the district.", "Aziz bin Ramli"),
])
def test_particles_and_their_word_go_with_the_name(text: str, name: str) -> None:
    assert any(name in f for f in found(text, "NAME")), found(text, "NAME")


def test_a_particle_before_a_word_in_lower_case_stays_out() -> None:
    flagged = found("Mrs. Okafor de novo AML, induction day 8.", "NAME")
    assert all("novo" not in f for f in flagged), flagged
