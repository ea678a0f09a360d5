from __future__ import annotations

import pytest

from clinnet.deid import LOCATION, scan
from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "place"), [
    ("works nights at Lucky Dragon casino, needs a work note", "Lucky Dragon casino"),
    ("missed the early shift at Red River Poultry plant. They live", "Red River Poultry plant"),
    ("Pt works at Harold's Chicken #62 and is worried", "Harold's Chicken #62"),
    ("migrant, works at Siam Garment Factory 3 in Mae Sot", "Siam Garment Factory 3"),
    ("lives at Grace Harbor shelter, case manager aware", "Grace Harbor shelter"),
])
def test_a_found_workplace_takes_in_its_lower_case_head_or_number(text: str, place: str) -> None:
    assert place in found(text, LOCATION)


@pytest.mark.parametrize(("text", "place"), [
    ("admitted to Mercy 2 days ago with sepsis", "Mercy"),
    ("she moved to Leeds 2019 from Hull", "Leeds"),
])
def test_a_count_or_a_year_after_a_place_stays_out(text: str, place: str) -> None:
    assert place in found(text, LOCATION)


def test_a_head_after_no_finding_is_no_finding() -> None:
    assert [f.text for f in scan("Give the Normal saline bag now, then the Big mine of data.")
            if f.category == LOCATION] == []


@pytest.mark.parametrize(("text", "place"), [
    ("92 yo f from Maple Grove SNF sent in with a K of 6.8", "Maple Grove SNF"),
    ("FM resident at Chinle IHS, seeing him on Tuesday", "Chinle IHS"),
    ("Referred from MULAGO NATIONAL REFERRAL HOSPITAL with the films",
     "MULAGO NATIONAL REFERRAL HOSPITAL"),
])
def test_a_kind_of_facility_after_the_place_is_part_of_its_name(text: str, place: str) -> None:
    assert place in found(text, LOCATION)


def test_a_state_code_after_a_town_is_not_taken_in() -> None:
    assert "Boston" in found("Transferred to Boston MA yesterday", LOCATION)
    assert "Boston MA" not in found("Transferred to Boston MA yesterday", LOCATION)


@pytest.mark.parametrize(("text", "place"), [
    ("The adjuster at Salt Creek Claims Services never called back.", "Salt Creek Claims Services"),
    ("Polysomnography at Tidewater Bay Sleep Lab: AHI 38.", "Tidewater Bay Sleep Lab"),
])
def test_head_words_in_title_case_end_the_name(text: str, place: str) -> None:
    assert any(place in f for f in found(text, "LOCATION")), found(text, "LOCATION")


def test_head_words_in_capitals_need_a_name_in_capitals() -> None:
    flagged = found("Referred to Cedar Falls LAB for a repeat INR.", "LOCATION")
    assert all("LAB" not in f for f in flagged), flagged


@pytest.mark.parametrize(("text", "place"), [
    ("Referred from Bukomansimbi HC IV with a BP of 220/130.", "Bukomansimbi HC IV"),
    ("Transferred by boat to Tromsø sykehus overnight.", "Tromsø sykehus"),
])
def test_a_health_centre_level_and_a_hospital_word_of_norway(text: str, place: str) -> None:
    assert any(place in f for f in found(text, "LOCATION")), found(text, "LOCATION")


@pytest.mark.parametrize(("text", "place"), [
    ("Twins born 12.08.2024 at 35+2 in Szpital Wojewódzki nr 2: both well",
     "Szpital Wojewódzki nr 2"),
    ("fisherman at Usenge beach, wife also coughing", "Usenge beach"),
    ("stabbed near Gandhipuram bus stand at about 22:30", "Gandhipuram bus stand"),
    ("review in OPD, dressing at Kitgum HC IV. Attendant: her brother", "Kitgum HC IV"),
])
def test_a_numbered_institution_or_a_beach_takes_in_its_tail(text: str, place: str) -> None:
    assert place in found(text, LOCATION)


def test_a_beach_after_no_place_is_no_finding() -> None:
    assert found("Sepsis after a day on the beach, now febrile", LOCATION) == []


@pytest.mark.parametrize(("text", "place"), [
    ("referred from Mityana Health Centre IV with obstructed labour", "Mityana Health Centre IV"),
    ("snakebite, transferred to Kasungu DH yesterday", "Kasungu DH"),
    ("ASHA worker from Rampur HSC brought her", "Rampur HSC"),
    ("the nurse at Walgett MPS rang for advice", "Walgett MPS"),
])
def test_a_level_or_a_kind_of_facility_after_its_place(text: str, place: str) -> None:
    assert place in found(text, LOCATION)


def test_a_roman_level_after_no_health_centre_stays_out() -> None:
    assert "Kasungu" in found("Grade IV reflux, lives in Kasungu IV fluids given", LOCATION)
    assert not any("IV" in p for p in found("Grade IV reflux, lives in Kasungu IV fluids given",
                                              LOCATION))
