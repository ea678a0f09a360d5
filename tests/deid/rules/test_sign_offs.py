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


def test_a_role_in_brackets_or_a_credential_after_the_signature_stays_outside() -> None:
    assert spans("sign_off", "Happy to share the protocol.\n- Chidi (renal reg)") == ["Chidi"]
    assert spans("sign_off", "Mohon sarannya.\n\u2013 dr. Wulandari, Sp.PD") == ["Wulandari"]


def test_a_lower_case_signature_in_a_lower_case_note_with_unit_capitals() -> None:
    assert spans("sign_off", "restricted to 1L, na back to 131 in 4 days -- orla") == ["orla"]


def test_the_last_word_of_a_heading_in_capitals_is_no_signature() -> None:
    assert spans("sign_off", "PEARLS: STEMI IN A 40 YEAR OLD \u2013 THROMBECTOMY.") == []
    assert spans("sign_off", "THANKS ALL\n- MARGARET") == ["MARGARET"]
