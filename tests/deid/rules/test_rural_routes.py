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


def test_a_route_written_rt_before_its_box() -> None:
    assert spans("rural_route", "EMS run: 71M, Rt. 3 Box 52, Vansant, chest pain") == [
        "Rt. 3 Box 52", "Vansant"]


@pytest.mark.parametrize(("text", "road"), [
    ("trailer is off CR 118 past the cattle guard", "CR 118"),
    ("a colonia on FM 1015 north of the river", "FM 1015"),
    ("rolled his truck west on US-491 near the chapter house", "US-491"),
])
def test_a_county_or_farm_road_after_a_word_that_puts_someone_on_it(text: str, road: str) -> None:
    assert spans("county_road", text) == [road]


@pytest.mark.parametrize("text", [
    "CR 12 months after R-CHOP, then PR on restaging",
    "switched to nifedipine SR 30 mg; on SR 16 mg at night",
    "achieved CR on cycle 4; US 2 views of the liver",
])
def test_responses_doses_and_views_are_no_roads(text: str) -> None:
    assert spans("county_road", text) == []
