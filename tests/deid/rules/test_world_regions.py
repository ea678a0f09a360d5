from __future__ import annotations

import pytest

from clinnet.deid import LOCATION, NAME
from clinnet.deid.rules import Note
from clinnet.deid.rules.world_regions import world_regions
from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "region"), [
    ("Dengue season is bad this year in Tamil Nadu, as always.", "Tamil Nadu"),
    ("Grew up on a farm in rural Rio Grande do Sul before moving.", "Rio Grande do Sul"),
    ("Leprosy is still seen in Chhattisgarh and elsewhere.", "Chhattisgarh"),
    ("Referral from a clinic in Zamfara State next week.", "Zamfara State"),
    ("Seen in a village near Kisumu, Nyanza Province, decades ago.", "Nyanza Province"),
])
def test_a_state_or_province_is_not_an_identifier(text: str, region: str) -> None:
    spans = list(world_regions(Note.of(text)))
    assert region in [text[a:b] for a, b in spans]
    assert not any(region in f for f in found(text, NAME) + found(text, LOCATION))


def test_the_town_before_its_state_is_still_found() -> None:
    text = "Farmer, 52, from Ikire, Osun State, admitted with fever."
    assert "Osun State" in [text[a:b] for a, b in world_regions(Note.of(text))]
    assert "Ikire" not in [text[a:b] for a, b in world_regions(Note.of(text))]


@pytest.mark.parametrize("text", [
    "| 3 | Sindh | 60 | pending |",                   # a one-word region alone: maybe a name
    "Admitted to Kerala Institute of Medical Sciences.",  # starts an institution's name
    "Lives in Lima with her son.",                      # a region that is also a town
    "Her daughter Victoria visits daily.",              # a region that is a given name
])
def test_look_alikes_are_left_to_the_other_rules(text: str) -> None:
    assert list(world_regions(Note.of(text))) == []
