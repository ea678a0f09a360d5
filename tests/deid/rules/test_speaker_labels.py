from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "name"), [
    ("[23:41] priyanka s: BP 80/40 after the second bolus", "priyanka s"),
    ("[12/03/24, 06:10] Chidinma SHO: repeat lactate is 4.1", "Chidinma"),
    ("Wojciech Nowak 09:15: INR 6.2, holding warfarin", "Wojciech Nowak"),
    ("07:55 - Tamsin R.: night was quiet", "Tamsin R."),
])
def test_the_speaker_of_a_timestamped_chat_line_is_a_name(text: str, name: str) -> None:
    assert spans("speaker_label", text) == [name]


@pytest.mark.parametrize("text", [
    "[23:41] ED reg: BP 80/40 after the second bolus",
    "[06:10] Charge nurse: repeat lactate is 4.1",
    "Plan: 09:15: recheck INR",
    "[07:55] Pharmacy: vanc level due at 10",
    "Dose: 10:00: paracetamol 1 g",
])
def test_a_label_of_roles_or_words_is_no_name(text: str) -> None:
    assert spans("speaker_label", text) == []


def test_a_role_in_brackets_after_the_speaker_stays_outside() -> None:
    assert spans("speaker_label", "[01:55] Tobin Marsh (gen surg): how far from OR?") == [
        "Tobin Marsh"]
    assert spans("speaker_label", "Ilse Varga (NP) 09:20: CAM-ICU positive") == ["Ilse Varga"]
