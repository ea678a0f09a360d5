from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "service"), [
    ("brought in by Hardin County EMS after the rollover", "Hardin County EMS"),
    ("AGENCY: OCHILTREE CO EMS   UNIT: MEDIC 2", "OCHILTREE CO EMS"),
    ("Kettleby-Ashwell Fire did the extrication", "Kettleby-Ashwell Fire"),
    ("he volunteers with Wapakoneta Fire Department on weekends", "Wapakoneta Fire Department"),
])
def test_a_local_service_by_its_town_or_county(text: str, service: str) -> None:
    assert spans("emergency_service", text) == [service]


@pytest.mark.parametrize("text", [
    "Volunteer EMS from the next town came first",
    "ADMIT 03:12 VIA EMS FROM HOME",
    "Rural EMS/ED access is the problem; call the National Ambulance Service",
    "found at the home in Salem. EMS took her in",
    "Room Fire alarm went off; State Fire Marshal report pending",
])
def test_generic_services_and_broken_names_are_no_place(text: str) -> None:
    assert spans("emergency_service", text) == []
