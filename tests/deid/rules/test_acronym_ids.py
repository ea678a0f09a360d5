from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "number"), [
    ("Seen by Dr. Graham Whitfield, CPSO 104882", "104882"),
    ("Dr Prakash Thapa, NMC no. 14825", "14825"),
    ("Patient: Seamus Doherty, H&C no. 3214 556 789. Lives nearby", "3214 556 789"),
    ("Pt: Angus MacIsaac, HCN 1234 567 890, chart to follow", "1234 567 890"),
    ("DOB 12-JAN-1990  AHCIP 40218-3377  HIDE ROOM", "40218-3377"),
    ("arrived 2023, UCI 11-2847-3391, OHIP pending", "11-2847-3391"),
    ("Status card on file, OHIP 5531 892 046 XR, home community far north", "5531 892 046 XR"),
    ("Registered with the IMC reg 412907, signing off", "412907"),
])
def test_a_number_shaped_like_an_identifier_after_an_unknown_acronym(text: str,
                                                                     number: str) -> None:
    assert spans("acronym_id", text) == [number]


@pytest.mark.parametrize("text", [
    "BNP 4100, PSA 1200 ng/mL, PLT 150-450, WBC 14.2",
    "HIV VL 250000 copies at diagnosis, CD4 84",
    "Enrolled in NCT 04280705; NDC 0002-8215-01 for the vial",
    "ED 0800-1600 only, OR 0730-1930",
    "CK 120000 U/L on day 2, EF 45, NIHSS 9, GCS 15",
    "TEL 0244 190 337 for the ward",
    "DOB 12-01-1990, reviewed today",
    "RCT 2019-2023 cohort of 1200 patients",
    "ROBEL 403-555-0189 4) next patient",
])
def test_values_dates_public_codes_and_phones_are_left_alone(text: str) -> None:
    assert spans("acronym_id", text) == []


def test_in_a_note_in_capitals_the_acronym_is_read_back_from_the_number() -> None:
    text = "NAME: CARDINAL, WINSTON   HSN: 701 448 213   CHART 22\nAHCIP 40218-3377\nDOB 1950"
    assert spans("acronym_id", text) == ["701 448 213", "40218-3377"]


def test_a_code_letter_after_the_number_never_comes_from_the_next_line() -> None:
    assert spans("acronym_id", "Seen today. FIN 77120458813\nI: unstable") == ["77120458813"]
