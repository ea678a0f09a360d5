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


@pytest.mark.parametrize(("text", "name"), [
    ("Second assessment: K. Mthembu, psych nurse, 15/06/2024", "K. Mthembu"),
    ("Reported by phone to L. Ng; copy faxed to the ward", "L. Ng"),
    ("Dr. (Mrs.) S. P. Gunawardena Consultant Clinical Oncologist", "S. P. Gunawardena"),
    ("referred by huisarts J.P. Kuipers from the practice", "J.P. Kuipers"),
    ("cc Mr D A Stott (patient)", "D A Stott"),
])
def test_initials_before_a_family_name(text: str, name: str) -> None:
    assert name in spans("initials_surname", text)


@pytest.mark.parametrize("text", [
    "E. coli in the urine, H. Pylori positive",
    "start vitamin C. Ask the family about diet",
    "core temperature 24 °C. Swiss staging applies",
    "as shown by J. Okonkwo et al. 2019 in the trial",
    "Il D.Lgs. 81/2008 fissa il valore",
    "A Smith and B Jones were the authors",
])
def test_species_sentence_ends_units_citations_and_articles_stay_out(text: str) -> None:
    assert spans("initials_surname", text) == []
