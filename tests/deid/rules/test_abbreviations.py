from __future__ import annotations

import pytest

from clinnet.deid import LOCATION, NAME
from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize("word", ["QTc", "aVL", "eGFR", "SpO2", "HbA1c", "CKDu", "pCO2", "PEth",
                                  "CrCl"])
def test_a_mixed_case_abbreviation_is_neither_name_nor_place(word: str) -> None:
    text = f"Repeat {word} tomorrow morning, then call Tobiah with the result."
    assert word in spans("mixed_case_abbreviation", text)
    assert word not in found(text, NAME) + found(text, LOCATION)


@pytest.mark.parametrize("name", ["McDonald", "DeShawn", "LaToya", "MacArthur"])
def test_a_camel_case_surname_is_still_a_name(name: str) -> None:
    assert spans("mixed_case_abbreviation", f"Seen by Dr. {name} today.") == []
    assert name in " ".join(found(f"Seen by Dr. {name} today.", NAME))
