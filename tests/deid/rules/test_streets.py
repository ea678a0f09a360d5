from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "place"), [
    ("collapsed at the bus stop at Juniper and 41st this morning", "Juniper and 41st"),
    ("the shelter near 3rd & Alameda", "3rd & Alameda"),
    ("a kiosk on the corner of Fulton and Marigold", "Fulton and Marigold"),
    ("rollover on County Road 212 after midnight", "County Road 212"),
    ("met the ambulance at mile marker 63 on Hwy 12", "mile marker 63 on Hwy 12"),
])
def test_corners_and_numbered_roads_are_places(text: str, place: str) -> None:
    assert spans("street_corner", text) == [place]


@pytest.mark.parametrize("text", [
    "think of Gitelman and Bartter first",
    "Cr 2.1 and BUN 40",
    "SR 60-70s, no ectopy",
    "the 3rd and 4th fingers",
    "at 5th and final attempt",
])
def test_eponyms_labs_and_ordinals_are_not_streets(text: str) -> None:
    assert spans("street_corner", text) == []
