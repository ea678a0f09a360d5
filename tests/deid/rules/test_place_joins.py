"""A facility's name goes on after "of" or "for" (own examples)."""

from __future__ import annotations

from tests.deid.rules._helpers import found


def test_the_name_goes_on_after_a_kind_of_facility() -> None:
    text = "She boards at the Nebraska School for the Blind during the week."
    assert "Nebraska School for the Blind" in found(text, "LOCATION")


def test_an_office_takes_the_words_after_of() -> None:
    text = "The death was reported to the Pender County Office of the Medical Examiner."
    assert "Pender County Office of the Medical Examiner" in found(text, "LOCATION")


def test_a_town_does_not_take_the_words_after_for() -> None:
    text = "He flew to Boston for the Fontan revision in March."
    assert all("Fontan" not in f for f in found(text, "LOCATION"))
