from __future__ import annotations

import pytest

from clinnet.deid import NAME
from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "name"), [
    ("MDM list  1. McCARTAN, Seamus H&C 320 471 8856, 71M, Newry.", "McCARTAN, Seamus"),
    ("from the board  1 WASHINGTON, Dorothy 67F MRN 0088214576 - septic shock",
     "WASHINGTON, Dorothy"),
    ("LIVES DOWNTOWN 3) GEBREHIWOT, SELAM  DOB 27-SEP-1995  KILL FLOOR", "GEBREHIWOT, SELAM"),
    ("4) MALDONADO, J.  DOB 09-JUL-1968  SANITATION", "MALDONADO, J."),
    ("fasted. SR 2 - O'NEILL, Bernadette 86F, NOF awaiting theatre", "O'NEILL, Bernadette"),
])
def test_a_family_name_in_capitals_then_the_given_name(text: str, name: str) -> None:
    assert spans("family_name_first", text) == [name]


def test_accented_names_are_found_as_written() -> None:
    assert "PEÑA IBÁÑEZ, José Ángel" in found("PEÑA IBÁÑEZ, José Ángel 57M, lives nearby", NAME)


@pytest.mark.parametrize("text", [
    "1. AKI, Hyperkalaemia and CKD. - PLAN, Discussed with family. 2) CXR, Clear",
    "ECG, Troponin and CT ordered",
    "NOTE, Please call the reg",
    "1. HEART, EDACS and TIMI compared - BISAP, Ranson; CLEOPATRA, APHINITY",
    "- FBE, UEC, CRP and SDG, CURP",
    "Smith, Jones and Patel (2019) showed this",  # authors: no capitals, no list
])
def test_clinical_capitals_before_a_comma_are_no_name(text: str) -> None:
    assert spans("family_name_first", text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Bed 12 | DEACON, PEARL A | 88F | MRN 00412", "DEACON, PEARL A"),
    ("Handover:  Fisher, Ivy — 64F, cellulitis, IV fluclox", "Fisher, Ivy"),
    ("Stable overnight. Mason, Roy - 77M, hip fracture", "Mason, Roy"),
])
def test_a_listed_patient_with_the_age_and_sex_after(text: str, name: str) -> None:
    assert spans("family_name_first", text) == [name]


@pytest.mark.parametrize("text", [
    "Seen in Boston, Mass — 45F with the same rash",
    "Anyway, Nurse — 45F in bed 3 is fine",
    "PLAN | CXR, REVIEW | 45F",
])
def test_a_place_or_a_word_before_an_age_is_no_listed_patient(text: str) -> None:
    assert spans("family_name_first", text) == []


@pytest.mark.parametrize(("text", "name"), [
    # both in capitals: the family name listed, the given names could be names
    ("  1. CALLOWAY, MINNIE RAE  14B  MRN 3390128", "CALLOWAY, MINNIE RAE"),
    ("Printout header: CHOI, HYE-JIN   F   79Y", "CHOI, HYE-JIN"),
    # a second given name that is also a clinical abbreviation
    ("Pasting it as written. Moua, Tou Lue, 81M, after the fall", "Moua, Tou Lue"),
])
def test_a_listed_patient_with_several_given_names(text: str, name: str) -> None:
    assert spans("family_name_first", text) == [name]


@pytest.mark.parametrize("text", [
    "Scores on arrival: HEART, EDACS and TIMI.",  # the family name is an English word
    "Motivo: G6 P5, 36 SDG, TA 164/110, proteinuria",  # two letters are no given name
])
def test_capitals_in_pairs_that_no_list_makes_a_name(text: str) -> None:
    assert spans("family_name_first", text) == []
