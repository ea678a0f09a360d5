from __future__ import annotations

import pytest

from clinnet.deid.rules import facility_initials
from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "initials"), [
    ("Referred to Mabvuku District Hospital on Monday. MDH had no blood, so", "MDH"),
    ("Ingresó en el Hospital Universitario Reina Leonor (HURL); alta del HURL el 3", "HURL"),
    ("Seen at Saint Kilian Memorial Hospital. SKMH ortho said no.", "SKMH"),
])
def test_a_hospital_said_again_by_its_initials(text: str, initials: str) -> None:
    assert found(text, "LOCATION").count(initials) == text.count(initials)


@pytest.mark.parametrize("text", [
    "The Indian Health Service (IHS) funds the clinic; IHS policy 3-2.",
    "Check the Community Health Aide Manual (CHAM), chapter 4.",
    "Started at Mabvuku District Hospital; the MD had no time.",
])
def test_public_bodies_books_and_other_words_are_not_echoed(text: str) -> None:
    assert not {"IHS", "CHAM", "MD"} & set(found(text, "LOCATION"))


def test_initials_skip_the_small_words() -> None:
    assert facility_initials.initials("Hospital Universitario Virgen de la Cabeza") == "HUVC"
    assert facility_initials.initials("St.-Agnes-Krankenhaus Bensberg") == "SAKB"
