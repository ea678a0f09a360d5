from __future__ import annotations

import pytest

from clinnet.deid import LOCATION, NAME, scan
from tests.deid.rules._helpers import found, spans


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
    "Pt goes by Hank (Harold Voss on the chart), 71M rancher.",
])
def test_a_person_before_clinical_words_is_still_a_person(text: str) -> None:
    assert found(text, NAME) != []


@pytest.mark.parametrize("text", [
    "Breslow 1.1 mm, Pellinore level III, no ulceration.",
    "LVEF 55% (Tarrant biplane), normal RV.",
    "Mallampati III, Hollister tongue position 2, neck 43 cm.",
    "Nystagmus clearer with Vandermeer goggles on.",
    "Film: Auer rods and Lindqvist rings, no blasts.",
    "Skin: Halloway naevus on the shoulder since puberty.",
    "Agreement was Fenwick's kappa 0.7; Marlowe residuals fine.",
    "Sampling: Ravensworth medium for sputum, Ostrander's indicator for the broth.",
])
def test_a_named_measure_device_or_finding_is_no_person(text: str) -> None:
    assert found(text, NAME) == []
    assert found(text, LOCATION) == []


@pytest.mark.parametrize("text", [
    "Pigmented patch: naevus of Hoshino vs naevus of Tanabe.",
    "Countercurrent in the loop of Henderson-Pike.",
    "Variants seen: Hb Thornbury and Hb Castlemaine, both unstable.",
])
def test_a_structure_of_someone_and_haemoglobin_variants(text: str) -> None:
    assert found(text, NAME) == []
    assert found(text, LOCATION) == []


@pytest.mark.parametrize("text", [
    "Dr. Pellinore level with the bed, holding the drain.",
    "Mr Doyle of Kilkenny was admitted with chest pain.",
])
def test_a_person_by_a_new_noun_or_of_a_place_is_still_found(text: str) -> None:
    assert found(text, NAME) != []


@pytest.mark.parametrize(("text", "phrase"), [
    ("EF 20%, Boston Sci CRT-D; St. Jude Medical leads.", "St. Jude Medical"),
    ("Sister Mary Joseph nodule on exam.", "Sister Mary Joseph"),
])
def test_multi_word_eponyms_and_makers_are_vetoed_for_every_finder(text: str, phrase: str) -> None:
    assert any(phrase.lower() in s.lower() for s in spans("eponym_phrase", text))
    assert scan(text) == []


@pytest.mark.parametrize("text", [
    "Instruments: Mayo scissors, Metzenbaum, Kelly, Allis, Babcock, Kocher clamp.",
    "Blood bank: Kell, Duffy, Kidd, Lewis, Lutheran, and the Bombay phenotype.",
    "Bethesda (thyroid FNA, category IV = follicular neoplasm), Paris (urine cytology), "
    "Milan (salivary), Sydney (lymph node FNA).",
])
def test_a_list_rich_in_eponyms_holds_no_name_or_place(text: str) -> None:
    assert not [f for f in scan(text) if f.category in (NAME, LOCATION)]


def test_a_list_of_people_with_their_relations_is_still_names() -> None:
    text = "Family: Rose (wife), Frank (brother), Joy (daughter) and Hope (niece) all visited."
    assert [f.text for f in scan(text) if f.category == NAME] == ["Rose", "Frank", "Joy", "Hope"]
