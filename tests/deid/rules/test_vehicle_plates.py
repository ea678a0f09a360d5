from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "plate"), [
    ("found asleep at the wheel of his own pickup (KLM 4402) at a green light", "KLM 4402"),
    ("a passenger in a minibus taxi (BX 31 TR GP) that rolled", "BX 31 TR GP"),
    ("drives home on his break in his ute 2ABC 518, 9 hrs", "2ABC 518"),
    ("the police report lists the truck as HTR 8812, VIN pending", "HTR 8812"),
    ("his car (47-118-92) is still parked at the station", "47-118-92"),
])
def test_a_plate_a_few_words_after_the_vehicle(text: str, plate: str) -> None:
    assert spans("vehicle_plate", text) == [plate]


@pytest.mark.parametrize("text", [
    "drives a Ford truck (F-150) and a car (RAV4), then the van 2 hours later",
    "bought the car (2019) second hand",
    "Bed 3 - NGUYEN Van Thanh 63M URN 1120447, POD5",
])
def test_models_years_and_names_are_no_plates(text: str) -> None:
    assert spans("vehicle_plate", text) == []


@pytest.mark.parametrize(("text", "plate"), [
    ("brought in by the district ambulance KTB 5530-19 at dawn", "KTB 5530-19"),
    ("Ambulancia: JR-7713-B, salió a las 4", "JR-7713-B"),
    ("his lobster boat WH 218 came in early", "WH 218"),
    ("flown out on the Cessna N5512Q once the fog lifted", "N5512Q"),
    ("drove his van (7K3 4490) to the depot", "7K3 4490"),
])
def test_ambulances_boats_aircraft_and_plates_of_one_letter(text: str, plate: str) -> None:
    assert spans("vehicle_plate", text) == [plate]


@pytest.mark.parametrize("text", [
    "the ambulance ETA 25 MIN, GCS 14 on scene",
    "112 (ambulance), 190 SAMU, 911 elsewhere",
    "Ambulance crew gave 2 L of saline, boat 12 m long",
    "CAB 1204 is the cost code; Van Houten 2231",
])
def test_words_times_and_codes_after_the_vehicle_are_no_plates(text: str) -> None:
    assert spans("vehicle_plate", text) == []
