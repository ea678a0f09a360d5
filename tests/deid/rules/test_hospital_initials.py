from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "place"), [
    ("send him the hour and a half to LUH for an INR tomorrow", "LUH"),
    ("Called UMMC, no beds, so she flew to the next one.", "UMMC"),
    ("call PCH cards, they'll want him.", "PCH"),
    ("pls ask SAMC legal before using the shelter name", "SAMC"),
    ("she was transferred to NWRH overnight", "NWRH"),
])
def test_hospital_initials_where_a_place_goes(text: str, place: str) -> None:
    assert spans("hospital_initials", text) == [place]


@pytest.mark.parametrize("text", [
    "started at LMWH doses; bleed progressed to SAH; titrated to TSH",
    "ECG shows RVH and LVH",
    "we notified MOH and called NMDOH about the cluster",
    "SENT TO UMMC FOR CATH",  # a note in capitals: case says nothing
])
def test_clinical_initials_and_notes_in_capitals_are_left_alone(text: str) -> None:
    assert spans("hospital_initials", text) == []
