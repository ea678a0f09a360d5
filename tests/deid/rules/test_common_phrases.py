from __future__ import annotations

import pytest

from clinnet.deid.categories import LOCATION, NAME
from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "phrase"), [
    ("her Advance Care Directive says no CPR", "Advance Care Directive"),
    ("the chemist made up a Webster pack for him", "Webster pack"),
    ("the loop recorder is MR Conditional, the old leads MR Unsafe", "MR Conditional"),
    ("rheumatic fever is common among Samoan families here", "Samoan families"),
    ("we refer to the Dutch centre for this", "Dutch centre"),
    ("a clinic for Somali speakers on Fridays", "Somali speakers"),
    ("please send the report by Thursday", "by Thursday"),
    ("she also takes Liu Wei Di Huang Wan at night", "Liu Wei Di Huang Wan"),
    ("the herbal shop sold her Gui Pi Tang", "Gui Pi Tang"),
    ("carries Yunnan Baiyao for bleeding", "Yunnan Baiyao"),
])
def test_phrases_that_name_no_one(text: str, phrase: str) -> None:
    assert phrase in spans("common_phrase", text)


@pytest.mark.parametrize("text", [
    "the Whitcombe family visited",
    "Ward 4 patients were moved",
    "seen by Dr Tang on Monday",
    "Li San was admitted",
])
def test_names_and_families_stay_findable(text: str) -> None:
    assert all(s not in ("Whitcombe family", "Dr Tang", "Li San") for s in
               spans("common_phrase", text))


def test_a_weekday_after_by_is_no_name_but_a_name_after_by_is() -> None:
    assert found("HR wants the form by Monday, thanks", NAME) == []
    assert found("Admitted by Dr Okonkwo-Reyes on Friday", NAME) != []


def test_a_people_word_before_its_group_is_no_place() -> None:
    assert found("Gout is common in Pacific families, so we screen early.", LOCATION) == []


def test_a_surname_that_is_also_a_place_word_keeps_its_family() -> None:
    assert spans("common_phrase", "the Cook family and the Karen family came") == []
