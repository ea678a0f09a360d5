from __future__ import annotations

import pytest

from clinnet.deid import LOCATION, NAME
from tests.deid.rules._helpers import found


@pytest.mark.parametrize("text", [
    "DNA repair: Bloom, Cockayne and Werner syndromes.",
    "Old rules: Rochester (low-risk criteria, no LP), then the rest.",
    "**Milwaukee** criteria are rarely quoted now.",
    "Kell, Duffy and Kidd antigens matter in pregnancy.",
    "Lauge-Hansen and Danis-Weber classifications",
])
def test_a_list_of_eponyms_before_what_they_name_is_neither_name_nor_place(text: str) -> None:
    assert found(text, NAME) == []
    assert found(text, LOCATION) == []


def test_a_person_in_the_same_note_is_still_found() -> None:
    text = "Seen by Dr. Okonjo-Bell. Rochester and Boston criteria both say low risk."
    assert found(text, NAME) == ["Okonjo-Bell"]


@pytest.mark.parametrize("text", [
    "Teaching point: Halifax ankle and knee rules before any film.",
    "Options were Marburger vs Tennant hernia repairs, both fine.",
    "Classic single-ventricle path: Fenwick procedure, then the rest.",
    "Pelvic collection in Morison pouch on the scan.",
    "Differential: Lumsden Valley fever, Orrin Forest virus, dengue.",
])
def test_words_between_the_list_and_its_noun_and_landform_infections(text: str) -> None:
    assert found(text, NAME) == []
    assert found(text, LOCATION) == []


@pytest.mark.parametrize("text", [
    "Dr. Fenwick liver tests came back normal.",
    "Seen with Dr Halloran. Jane Rutherford had tests for anaemia.",
])
def test_a_person_before_clinical_words_is_still_a_person(text: str) -> None:
    assert found(text, NAME) != []
