from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "town"), [
    ("Runs sheep on a block outside Wirrabara, no mobile signal.", "Wirrabara"),
    ("Station is about 240 km SW of Winton by dirt road.", "Winton"),
    ("Son lives out in Kittanning and visits Sundays.", "Kittanning"),
    ("Trailer up a hollow off Quicksand, no running water.", "Quicksand"),
    ("Dairy farm outside Mosinee, WI, 30 cows.", "Mosinee"),
    ("small holding outside Fern in Lane County", "Fern"),
])
def test_towns_by_where_something_is_from_them(text: str, town: str) -> None:
    assert town in spans("town_nearby", text)


@pytest.mark.parametrize("text", [
    "CT read by an outside Radiology group",
    "Lives outside Texas now, moved for work",
    "films from outside Hospital were not sent",
    "30 minutes of CPR before ROSC",
    "she smokes outside Monday to Friday",
    "OUTSIDE HOSPITAL RECORDS REQUESTED",
])
def test_departments_regions_and_sentences_are_no_towns(text: str) -> None:
    assert spans("town_nearby", text) == []
