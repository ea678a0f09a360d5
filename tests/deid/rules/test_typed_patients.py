from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "name"), [
    ("any bed in hdu?? pt ramesh kulkarni 61m sepsis, on norad", "ramesh kulkarni"),
    ("sorry typos, pt is hope, admitted w dka overnight", "hope"),
    ("patient aoife brennan 24f, 2nd trimester, vomiting", "aoife brennan"),
    ("pt name is tevita 8 yo w fever", "tevita"),
])
def test_a_name_in_lower_case_after_pt_before_the_age(text: str, name: str) -> None:
    assert spans("typed_patient", text) == [name]


@pytest.mark.parametrize("text", [
    "pt is stable, sats 94, plan home",
    "pt was seen 45m ago by ortho",
    "patient copd 67m on 2L",
    "pt has 3 kids, pt in bed 4, 45 f",
    "pt is better. pt was fine, 2 hrs later",
    "pt isabel, admitted overnight",  # no "is" before the name: the comma does not close it
])
def test_states_events_and_clinical_words_after_pt_are_no_names(text: str) -> None:
    assert spans("typed_patient", text) == []
