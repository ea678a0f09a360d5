from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "names"), [
    ("Hafiz bin Rosli, 33, a labourer.", ["Hafiz bin Rosli"]),
    ("Nur Syafiqah binti Azman, 28, G2P1.", ["Nur Syafiqah binti Azman"]),
    ("Wife Tiurma br. Hutagalung brought him.", ["Tiurma br. Hutagalung"]),
    ("Husband Sahat boru Siregar came.", ["Sahat boru Siregar"]),
    ("Kiprotich arap Koech, 70, with a stroke.", ["Kiprotich arap Koech"]),
    ("Rhodri ap Iorwerth, 81, on warfarin.", ["Rhodri ap Iorwerth"]),
    ("Father Md. Shahidul Karim works abroad.", ["Md. Shahidul Karim"]),
    ("1. Sajid Mehmood s/o Rafaqat Ali, 52M", ["Sajid Mehmood", "Rafaqat Ali"]),
    ("Baby of Rokeya Khatun, born at home.", ["Rokeya Khatun"]),
    ("Twin A Oyelowo is on CPAP; Baby Girl Vasquez-Ortiz is not.", ["Oyelowo", "Vasquez-Ortiz"]),
])
def test_linked_names_are_found(text: str, names: list[str]) -> None:
    assert spans("patronymic", text) == names


@pytest.mark.parametrize("text", [
    "c/o chest pain for 3 days, then the AP view was normal",
    "Baby 2,740 g, Apgars 8/9. Baby Girl born at term.",
    "put the gauze in the bin and the Sharps bin by the door",
    "Twin A (donor) 780 g, twin B on CPAP",
])
def test_links_between_ordinary_words_are_not_names(text: str) -> None:
    assert spans("patronymic", text) == []
