from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "code"), [
    ("Lives at 3 Mill Lane, Bexhill, TN39 4QR with her son.", "TN39 4QR"),
    ("ADDRESS: 22 FOUNDRY ROW, GATESHEAD, NE8 2BL", "NE8 2BL"),
    ("flat 2, 41 Leith Walk, EH6 8LS, buzzer broken", "EH6 8LS"),
    ("Knocknacarra, Galway H91 R2W4, no car", "H91 R2W4"),
    ("Unit 4, 12 Wattle St, Kingsford NSW 2032. Admitted with", "2032"),
    ("home in Bunbury WA 6230 since the 90s", "6230"),
    ("lives on the reserve road, Gimli R0C 1B0, no phone", "R0C 1B0"),
    ("apartment in Moncton E1C 4M3 with her sister", "E1C 4M3"),
])
def test_postcodes_without_a_label(text: str, code: str) -> None:
    assert code in spans("postcode", text)


@pytest.mark.parametrize("text", [
    "Staging T2 N1 M0, for neoadjuvant",
    "HbA1c 7 KQ on the form",
    "QQ1 2AB is not an area",
    "Allele A12 1BB was not found",
    "the SA 2000 trial enrolled",
    "G6PD 4ABC normal",
    "G1P0A0 at 32 weeks, T2 N1 M0",
    "D1V 6A4 and O1V 6A4 are no Canadian codes",
])
def test_look_alikes_are_left_alone(text: str) -> None:
    assert spans("postcode", text) == []
