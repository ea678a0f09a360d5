"""Flights, seats, craft registrations and lodging units of a traveller (own examples)."""

from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "ident"), [
    ("He was a passenger on DL 2231 when the call for a doctor came.", "DL 2231"),
    ("Flight: NZ 108 Auckland to Honolulu, seat 42K, collapsed at 0300.", "42K"),
    ("They stayed at the Palm Reef Hotel, room 1207, for a week.", "1207"),
    ("Found at Riverside Holiday Park, cabin 14.", "14"),
])
def test_a_travellers_flight_seat_and_room(text: str, ident: str) -> None:
    assert ident in found(text, "OTHER_ID")


@pytest.mark.parametrize(("text", "reg"), [
    ("Air ambulance from Dunedin (ZK-RKA) landed at dawn.", "ZK-RKA"),
    ("Floatplane N5521Q reached the lake the next day.", "N5521Q"),
])
def test_a_craft_registration(text: str, reg: str) -> None:
    assert reg in found(text, "VEHICLE")


@pytest.mark.parametrize("text", [
    "Moved to resus room 2, then bed 14 on the ward.",  # a hospital's rooms and beds
    "Cabin pressure 8 on the flight home was fine.",
    "Sats 95% on RA 2L overnight.",
])
def test_hospital_rooms_and_measures_are_left_alone(text: str) -> None:
    assert found(text, "OTHER_ID") == []
    assert found(text, "VEHICLE") == []
