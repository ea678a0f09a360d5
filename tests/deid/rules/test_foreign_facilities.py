from __future__ import annotations

import pytest

from clinnet.deid import LOCATION
from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "facility"), [
    ("thyroidectomy in 2023 at Szpital Miejski w Kartuzach, then", "Szpital Miejski w Kartuzach"),
    ("referred from B\u1ec7nh vi\u1ec7n \u0110a khoa T\u00e2n Ph\u00fa yesterday",
     "B\u1ec7nh vi\u1ec7n \u0110a khoa T\u00e2n Ph\u00fa"),
    ("she cleans at Iglesia Bautista Nueva Esperanza on weekends",
     "Iglesia Bautista Nueva Esperanza"),
    ("a teacher at Szko\u0142a Podstawowa nr 4 w Rumi", "Szko\u0142a Podstawowa nr 4 w Rumi"),
])
def test_a_facility_named_in_another_language_is_a_place(text: str, facility: str) -> None:
    assert found(text, LOCATION) == [facility]


@pytest.mark.parametrize("text", [
    "la escuela de su barrio cerr\u00f3",
    "in the hospital overnight",
    "Ecole-style teaching rounds",
])
def test_the_words_alone_are_not_a_facility(text: str) -> None:
    assert spans("foreign_facility", text) == []
