from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "code"), [
    ("Av. Juárez 301, col. Centro, CP 44160. Diabético", "44160"),
    ("Rua Augusta 88, Consolação, CEP 01310-200, São Paulo", "01310-200"),
    ("sector 3, cod 310145, Arad", "310145"),
    ("near the temple, Jayanagar, PIN 560034.", "560034"),
    ("Residencia en Madrid, código postal 28013.", "28013"),
    ("lives at 4 Brudenell Grove, Leeds LS6 2QB with his wife", "LS6 2QB"),
    ("office moved: 12 Park Place, CF10 3AT.", "CF10 3AT"),
    ("Breestraat 14, 2312 BK Leiden, sinds maart", "2312 BK Leiden"),
    ("Venloer Straße 7, 50667 Köln.", "50667 Koln"),
    ("ul. Długa 3, 31-042 Kraków, od stycznia", "31-042 Krakow"),
    ("Jl. Darmo 5, Surabaya 60271.", "Surabaya 60271"),
])
def test_postcodes_of_other_countries(text: str, code: str) -> None:
    assert code in spans("postcode_world", text)


@pytest.mark.parametrize("text", [
    "spastic CP 3, GMFCS level 4",
    "vitamin B12 1MG daily, Hb 81, B12 250 NG/L",
    "Leukozyten 12000, 15000 Einheiten Heparin am Tag",
    "loading dose, 10000 Units over an hour.",
    "PIN 4412 for the door",
    "hemoglobin 9.5, 2000 MG Tylenol",
])
def test_numbers_that_are_no_postcode(text: str) -> None:
    assert spans("postcode_world", text) == []
