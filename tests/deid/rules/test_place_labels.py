"""The place a form's label asks for (own examples)."""

from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "place"), [
    ("Name: Wanjiku Mwangi  Age: 34  Village: Gatundu  Sub-location: Kiganjo", "Gatundu"),
    ("Home community: Qikiqtarjuaq   Escort: aunt", "Qikiqtarjuaq"),
    ("Locality: Shivajinagar    PIN: 411005", "Shivajinagar"),
    ("Village/LC1: Nsambya III   Collected: 02-Mar-2025", "Nsambya III"),
    ("Promotor: Eliseo Ajú   Aldea: Xecaracoj   Edad: 2 años", "Xecaracoj"),
    ("Pacient: Pavel Dvořák, obec: Horní Lhota, okres Zlín", "Horní Lhota"),
    ("Kijiji: Mwembeni, kata ya Kibosho", "Mwembeni"),
    ("Geburtsort: Bad Reichenhall   Staatsangehörigkeit: deutsch", "Bad Reichenhall"),
])
def test_the_place_after_its_label_is_found(text: str, place: str) -> None:
    assert place in found(text, "LOCATION")


@pytest.mark.parametrize("text", [
    "Location: PICU bed 4; NOT the ward",
    "LOCATION: INPT / OUTPT / ED",
    "Location: left forearm, 3 cm laceration. City: unknown",
    "Sickle cell: O2 above FL350 is not needed. Public sector: BPaLM for everyone.",
])
def test_hospital_locations_lower_case_values_and_ambiguous_labels(text: str) -> None:
    assert found(text, "LOCATION") == []
