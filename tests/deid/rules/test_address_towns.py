from __future__ import annotations

import pytest

from clinnet.deid import LOCATION
from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "place"), [
    ("Home address Kopernikusstraße 19, 10243 Berlin. His girlfriend called at 0300",
     "Kopernikusstraße 19, 10243 Berlin"),
    ("She lives at Willamette Heights Memory Care, Salem. EMS took her in",
     "Willamette Heights Memory Care, Salem"),
    ("Renal Transplant Unit, Clydeview University Hospital, Glasgow G51 4TF Tel 0141 496 0732",
     "Clydeview University Hospital, Glasgow G51 4TF"),
    ("Hospital Nacional Edgardo Rebagliati, Lima. Paciente de 63 años",
     "Hospital Nacional Edgardo Rebagliati, Lima"),
])
def test_the_town_after_an_address_or_a_facility_joins_it(text: str, place: str) -> None:
    assert place in found(text, LOCATION)


@pytest.mark.parametrize(("text", "left_out"), [
    ("Transferred to Mercy Hospital, Emergency Department. Seen at 2 am", "Emergency"),
    ("Transferred to Boston Children's Hospital, Massachusetts. Seen at 2 am", "Massachusetts"),
    ("Cases from Jeddah, Karachi, Lagos. All imported.", "Lagos"),
    ("Febrile infant: Rochester, Philadelphia, and Boston criteria are history", "Philadelphia"),
])
def test_english_words_states_and_lists_stay_out(text: str, left_out: str) -> None:
    assert not any(left_out in f and "," in f for f in found(text, LOCATION)), found(text, LOCATION)


def test_a_label_after_the_town_ends_the_address() -> None:
    flagged = found("Adresse: Tonndorfer Hauptstraße 71, 22045 Hamburg\nAufnahme: 09.12.2024",
                    LOCATION)
    assert any(f.endswith("22045 Hamburg") for f in flagged), flagged
    assert found("Raumfahrtweg 7, 10243 Admitted on the ward.", LOCATION) == [
        "Raumfahrtweg 7, 10243"]


@pytest.mark.parametrize(("text", "place"), [
    ("Address on file: 4520 Rainier Ave S, Apt 12, Seattle 98118.", "4520 Rainier Ave S"),
    ("living at 219 Algoma St N, near the lake", "219 Algoma St N"),
])
def test_a_streets_compass_point_after_it_is_part_of_it(text: str, place: str) -> None:
    assert any(f.startswith(place) for f in found(text, LOCATION)), found(text, LOCATION)


def test_an_indian_pin_after_a_dash_ends_the_address() -> None:
    # an en dash, as Indian letterheads write it
    flagged = found("Address: No. 7, Kamarajar Street, Ganapathy, Coimbatore \u2013 641006 Brought",
                    LOCATION)
    assert any(f.endswith("641006") for f in flagged), flagged


@pytest.mark.parametrize(("text", "address"), [
    ("They rent a back unit at 318 Natividad Rd #B, 93906. I'm filling out the form",
     "318 Natividad Rd #B, 93906"),
    ("Address ul. Podkarpacka 41/12, 35-082. Now she has RSV", "ul. Podkarpacka 41/12, 35-082"),
])
def test_a_postcode_alone_after_the_street_line_ends_the_address(text: str, address: str) -> None:
    assert address in found(text, LOCATION)
