from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "place"), [
    ("collapsed at the bus stop at Juniper and 41st this morning", "Juniper and 41st"),
    ("the shelter near 3rd & Alameda", "3rd & Alameda"),
    ("a kiosk on the corner of Fulton and Marigold", "Fulton and Marigold"),
    ("rollover on County Road 212 after midnight", "County Road 212"),
    ("met the ambulance at mile marker 63 on Hwy 12", "mile marker 63 on Hwy 12"),
    ("T-boned at Hwy 2 and 9th St SW around 2300", "Hwy 2 and 9th St SW"),
    ("SCENE: FM 2210 & CR 14, ejected", "FM 2210 & CR 14"),
    ("farmhouse at W2283 County Rd JJ, well water", "W2283 County Rd JJ"),
    ("rolled the quad on Road 41 NW last night", "Road 41 NW"),
    ("RTC on the A38 near Bodmin, car into a wall", "A38"),
    ("lorry driver, came off the M62 at junction 24", "M62"),
])
def test_corners_and_numbered_roads_are_places(text: str, place: str) -> None:
    assert spans("street_corner", text) == [place]


@pytest.mark.parametrize("text", [
    "think of Gitelman and Bartter first",
    "Cr 2.1 and BUN 40",
    "SR 60-70s, no ectopy",
    "the 3rd and 4th fingers",
    "at 5th and final attempt",
    "Road traffic accident; Road safety is a public health issue",
    "Cr 1.4 and Hb 9.2, SR 70s & NSR later",
    "laceration over the A2 pulley; on the M1 receptor agonist",
])
def test_eponyms_labs_and_ordinals_are_not_streets(text: str) -> None:
    assert spans("street_corner", text) == []
