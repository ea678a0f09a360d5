from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "name"), [
    ("Would value a second opinion on the margins.\n\u2014 Adaeze", "Adaeze"),
    ("any thoughts on the K? thx - fenella", "fenella"),
    ("Scope booked for Monday.\nThx - JW", "JW"),
    ("Will update after the MDT.\nThanks, Oisin", "Oisin"),
])
def test_a_signed_post_names_its_writer(text: str, name: str) -> None:
    assert spans("sign_off", text) == [name]


@pytest.mark.parametrize("text", [
    "Troponin flat at 0-3-6 h - ICU",
    "Thanks, everyone",
    "Her Na came up 12 - 118 to 130 - too fast",
    "Thanks all - ED",
    "Dose - 40 mg",
    "A nice summary of the trial \u2014 well worth reading",
])
def test_words_after_a_dash_or_a_thank_you_are_not_a_signature(text: str) -> None:
    assert spans("sign_off", text) == []


def test_a_signature_with_a_title_or_after_a_question_is_found() -> None:
    assert spans("sign_off", "Lithium vs ECT? -- Dr Revanth K., Salem") == ["Revanth K"]
    assert spans("sign_off", "thoughts on rK39? -- Kemi") == ["Kemi"]
