from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "name"), [
    ("Bed 1 \u2014 Somchai P. 45M, motorcycle, TBI", "Somchai P."),
    ("\u2022 Bwalya K., 55M, MDR-TB, QTc 478", "Bwalya K."),
    ("B2 Park S.J. 66M cholangitis, ERCP done", "Park S.J."),
    ("3) Ana Lucia M. 7F, febrile neutropenia", "Ana Lucia M."),
])
def test_a_name_cut_to_an_initial_before_the_age_and_sex(text: str, name: str) -> None:
    assert spans("initial_name", text) == [name]


@pytest.mark.parametrize("text", [
    "Vitamin D. 45M with fatigue",
    "Group B. 3 y old with fever",
    "Bed C. 45F post-op",
    "Somchai P. came in again",  # no age and sex after the initial
])
def test_words_or_a_name_without_the_age_are_left_alone(text: str) -> None:
    assert spans("initial_name", text) == []
