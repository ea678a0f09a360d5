"""Toll-free and freephone lines are an organisation's, not a patient's (own examples)."""

from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "number"), [
    ("Poison Control (1-800-222-1222) said to keep the NAC going.", "1-800-222-1222"),
    ("The pharmacy benefit line is (877) 555-0100.", "(877) 555-0100"),
    ("Shelter's helpline (0808 800 4444) found him a bed.", "0808 800 4444"),
    ("Samaritans Ireland on 1800 459 459 were called.", "1800 459 459"),
])
def test_a_toll_free_number_is_vetoed(text: str, number: str) -> None:
    assert number in spans("toll_free", text)
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("text", [
    "Daughter's cell (304) 555-0142.",
    "Her mobile 0803 555 0142 is on the chart.",
])
def test_a_personal_number_is_left_alone(text: str) -> None:
    assert spans("toll_free", text) == []


def test_a_toll_free_number_someone_is_reached_on_stays_a_phone() -> None:
    text = "Daughter Lena cell# 410-555-0142 work# 888-555-0163 ask for her by name."
    assert "888-555-0163" in found(text, "PHONE")
