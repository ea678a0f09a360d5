"""The words before a place that belong to its name (own examples)."""

from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "place"), [
    ("Her funeral mass is at St. Casimir Basilica on Friday, the family asked.", "St. Casimir"),
    ("He crewed on the MV Southern Wanderer until the fall at Darwin.", "MV Southern Wanderer"),
    ("Lives at 2210 Brackenridge Dr, Apt 3 with her daughter, third floor walk-up.",
     "2210 Brackenridge Dr"),
    ("Hit by a car crossing at E Ogletree Ave near the school.", "E Ogletree Ave"),
    ("Transferred from the Hollins Valley Children's Clinic for Special Families last week.",
     "Clinic for Special Families"),
])
def test_the_words_before_a_place_belong_to_it(text: str, place: str) -> None:
    assert any(place in f for f in found(text, "LOCATION")), found(text, "LOCATION")


@pytest.mark.parametrize("text", [
    "Vitals at 2210: HR 88, BP 132/80, sats 97% on RA.",
    "The St. Louis criteria were met; ICU team aware.",
])
def test_look_alikes_take_nothing_in(text: str) -> None:
    for f in found(text, "LOCATION"):
        assert not f.startswith(("2210", "ICU")), f


def test_an_acronym_a_clinical_list_knows_stays_out() -> None:
    flagged = found("Stable overnight in the ICU Mercy called back about the bed.", "LOCATION")
    assert all(not f.startswith("ICU") for f in flagged), flagged


def test_a_hospital_system_acronym_goes_with_its_hospital() -> None:
    text = "She was first seen at MWHC Ravensdale General, then came to us."
    assert any(f.startswith("MWHC") for f in found(text, "LOCATION")), found(text, "LOCATION")


def test_a_ship_prefix_names_a_vessel_only_in_a_note_about_one() -> None:
    assert "MV Southern Wanderer" in found(
        "He crewed on the MV Southern Wanderer for ten years.", "LOCATION")
    assert found("MV Repair planned next month; MS Relapse last year.", "LOCATION") == []


@pytest.mark.parametrize(("text", "place"), [
    ("Il habite au 17 rue de Siam, 29200 Brest depuis un an.", "17 rue de Siam"),
    ("Employeur : Transports Rivière, 18 avenue Jean-Jaurès, 69200 Vénissieux.",
     "18 avenue Jean-Jaurès"),
    ("cantiere in via Ugo La Malfa 112, Palermo. Infortunio del 18/02/2025",
     "via Ugo La Malfa 112"),
    ("NHS No 612 409 8837\n27 Moorside Crescent, Sowerby Bridge HX6 3QT", "27 Moorside Crescent"),
])
def test_a_streets_kind_and_number_before_its_name_belong_to_it(text: str, place: str) -> None:
    assert any(place in f for f in found(text, "LOCATION")), found(text, "LOCATION")


def test_via_before_a_town_is_english() -> None:
    assert not any(f.startswith("via") for f in found(
        "arrived from Mumbai via Frankfurt on the night flight", "LOCATION"))


@pytest.mark.parametrize(("text", "place"), [
    ("Lives alone, Flat 6, Marlowe House, Kingsland Road, Hackney E8 4AA.",
     "Flat 6, Marlowe House"),
    ("Lives in a subdivided flat at 4/F, 187 Tai Nan Street, Sham Shui Po.",
     "4/F, 187 Tai Nan Street"),
    ("Address No. 7, Kamarajar Street, Ganapathy", "No. 7, Kamarajar Street"),
])
def test_a_flats_or_units_number_before_its_building_belongs_to_it(text: str, place: str) -> None:
    assert any(place in f for f in found(text, "LOCATION")), found(text, "LOCATION")


@pytest.mark.parametrize(("text", "place"), [
    ("ANM from the village took her to SDH Mahua by auto", "SDH Mahua"),
    ("referred onward to CHC Barwani the same night", "CHC Barwani"),
])
def test_a_kind_of_facility_before_the_place_even_when_clinical_initials(text: str,
                                                                         place: str) -> None:
    assert place in found(text, "LOCATION")


def test_clinical_initials_before_a_word_that_is_no_place_take_nothing_in() -> None:
    assert found("CT: SDH Right side, no shift. PHC Guidelines apply.", "LOCATION") == []
