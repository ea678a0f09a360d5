from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "place"), [
    ("his van was towed to Marlow Creek Auto Salvage overnight", "Marlow Creek Auto Salvage"),
    ("she banks at Granite Hills Savings Bank in town", "Granite Hills Savings Bank"),
    ("they stayed at the Seaview Lantern Inn for a week", "Seaview Lantern Inn"),
    ("he loads grain at Prairie Gold Co-op most mornings", "Prairie Gold Co-op"),
    ("her employer is Kessington Textiles, day shift", "Kessington Textiles"),
    ("sews at Zarvino Denim since 2019", "Zarvino Denim"),
    ("guide for Yeti Trail Treks in the season", "Yeti Trail Treks"),
    ("works at the mill, Rimba Jaya Sdn Bhd", "Rimba Jaya Sdn Bhd"),
    ("trabaja en la Panadería Doña Chayo desde niña", "Panaderia Dona Chayo"),  # folded text
    ("foreman at the PT Maju Bersama plant", "PT Maju Bersama"),
])
def test_a_business_name_with_its_head_is_a_place(text: str, place: str) -> None:
    assert place in spans("business_name", text)


@pytest.mark.parametrize("text", [
    "Review of Systems: negative",
    "Central Nervous Systems involvement",
    "Blood Bank called about the crossmatch",
    "Farmers Market tomatoes are in season",  # ordinary words with nothing placing them
    "PT Eval done, OT Consult tomorrow",
    "ALL SYSTEMS REVIEWED",
])
def test_generic_or_unplaced_heads_are_not_businesses(text: str) -> None:
    assert spans("business_name", text) == []
