from __future__ import annotations

import pytest

from clinnet.deid import LOCATION
from tests.deid.rules._helpers import found, spans


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


@pytest.mark.parametrize(("text", "place"), [
    ("welder at Slezske strojirny a.s. for 20 years", "Slezske strojirny a.s."),
    ("works for Brnenske stavby s.r.o. on night shifts", "Brnenske stavby s.r.o."),
    ("engineer at Vestkyst Havbrug A/S since 2015", "Vestkyst Havbrug A/S"),
    ("drives for Kuljetus Lahtinen Oy in the winter", "Kuljetus Lahtinen Oy"),
    ("packs boxes at Tisza Papir Kft. near the river", "Tisza Papir Kft."),
    ("mason for Al Safwa Trading W.L.L. in the Gulf", "Al Safwa Trading W.L.L."),
    ("machinist at Ruhuna Garments (Pvt) Ltd, line 3", "Ruhuna Garments (Pvt) Ltd"),
    ("works at Nordvik Tra AB in the port", "Nordvik Tra AB"),
])
def test_a_name_before_a_company_form_is_a_place(text: str, place: str) -> None:
    assert place in spans("business_name", text)


@pytest.mark.parametrize(("text", "place"), [
    ("flown out from Ridgeback Creek Mine on Monday", "Ridgeback Creek Mine"),
    ("a slaughterman at Tullamore Abattoir", "Tullamore Abattoir"),
    ("night shift at the Kooringa sugar mill", "Kooringa sugar mill"),
    ("lives in a van at Redgum Bend Caravan Park", "Redgum Bend Caravan Park"),
    ("body released to Faraday Funeral Services", "Faraday Funeral Services"),
    ("permanent resident at Wattle Glen Aged Care", "Wattle Glen Aged Care"),
    ("REFERRED BY OISTINS POLYCLINIC", "OISTINS POLYCLINIC"),
    ("photos from Thamekhu Health Post this week", "Thamekhu Health Post"),
    ("evacuated from Kashechewan First Nation", "Kashechewan First Nation"),
    ("shearing at Waikoau Station near the coast", "Waikoau Station"),
    ("heavy equipment operator at the Sarpy Creek mine, new HFrEF", "Sarpy Creek mine"),
    ("works nights at the Woolston freezing works", "Woolston freezing works"),
    ("91F from Beaumont Lodge nursing home after a fall", "Beaumont Lodge nursing home"),
    ("she dances at the Echota stomp ground most weekends", "Echota stomp ground"),
    ("lives above the Al-Salam bakery his brother runs", "Al-Salam bakery"),
])
def test_a_name_before_a_workplace_or_facility_head_is_a_place(text: str, place: str) -> None:
    assert place in spans("business_name", text)


@pytest.mark.parametrize("text", [
    "Anti-HBs AB positive, HBsAg negative",
    "Blood group AB, Rh positive",
    "the Fire Station crew arrived first",
    "Called the Police Station twice",
    "So moderate R CTS. The plant nurse saw him",
    "Tuesday Outreach clinic is cancelled",
    "the Northern Territory guideline",
    "Telehealth works well; EDACS works; the Power plant",
    "brought in from A shelter downtown, EBUS-TBNA of station 7",
    "LIVES ON A RANCH OUTSIDE TOWN",
])
def test_clinical_capitals_and_ordinary_heads_are_not_places(text: str) -> None:
    assert spans("business_name", text) == []


@pytest.mark.parametrize(("text", "team"), [
    ("goalkeeper for Harbour Rovers U17, knee pain", "Harbour Rovers U17"),
    ("plays with Tawhero Vale U21 on Saturdays", "Tawhero Vale U21"),
])
def test_a_team_named_with_its_age_grade_is_a_place(text: str, team: str) -> None:
    assert team in spans("business_name", text)


@pytest.mark.parametrize("text", ["U18 guidelines differ", "Troponin U18 upper limit"])
def test_an_age_grade_alone_is_no_team(text: str) -> None:
    assert spans("business_name", text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("filled wrong by Marlow Creek Drug on the high street", "Marlow Creek Drug"),
    ("animator at Quillfeather Studios, long hours", "Quillfeather Studios"),
    ("first officer with Bramblewood Airlines since 2019", "Bramblewood Airlines"),
    ("seen first at Tolliver Gap Urgent Care for a sprain", "Tolliver Gap Urgent Care"),
])
def test_drug_stores_studios_carriers_and_urgent_cares(text: str, place: str) -> None:
    assert place in found(text, LOCATION)


def test_a_kind_of_urgent_care_is_no_place() -> None:
    assert found("needs a Paediatric Urgent Care review", LOCATION) == []
