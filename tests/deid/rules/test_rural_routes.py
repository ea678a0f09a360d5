from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


def test_rural_route_and_highway_contract_boxes_with_their_town() -> None:
    assert spans("rural_route", "Lives on a farm, RR 4 Box 221, Hartsel. Widowed.") == [
        "RR 4 Box 221", "Hartsel"]
    assert spans("rural_route", "ADDRESS HC 71 BOX 9B, WOLF POINT MT") == [
        "HC 71 BOX 9B", "WOLF POINT"]
    assert spans("rural_route", "mail goes to Rural Route 3, Box 40 in the county") == [
        "Rural Route 3, Box 40"]


def test_a_highway_mile_marker_and_the_town_near_it() -> None:
    assert spans("rural_route", "MVC on I-94 at mile marker 118 near Dickinson, 2 pts") == [
        "I-94 at mile marker 118", "Dickinson"]
    assert spans("rural_route", "found by hikers past milepost 37, hypothermic") == [
        "milepost 37"]
    assert spans("rural_route", "ROLLOVER HWY 12 MM 48, NEAR LEMMON") == ["HWY 12 MM 48", "LEMMON"]


@pytest.mark.parametrize("text", [
    "Box 4 of the form was left blank",
    "lesion 12 mm, MP joint swollen",
    "post-op day 2, the box of gloves ran out",
    "a 3 mm stone at mile 2 of the ureter",
])
def test_look_alikes_are_left_alone(text: str) -> None:
    assert spans("rural_route", text) == []
