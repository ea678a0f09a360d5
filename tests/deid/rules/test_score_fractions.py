from __future__ import annotations

import pytest

from clinnet.deid import DATE
from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize("text", [
    "Screening: PHQ-9 11/27, GAD-7 9/21, AUDIT-C 3.",
    "Grade (2+3+2 = 7/9), margins clear.",
    "Soft ESM grade 2/6, 3/6 after exercise, at the LUSB.",
    "Booked at 11/40, scan normal.",
    "In UK notes \u20186/12\u2019 is six months, not a date.",
    "New 3/6 early diastolic murmur at the left sternal edge.",
    "4/6 PSM radiating to the axilla.",
    "Plan: fracture clinic 2/52, then physio; review in 3/12; TCI 2/7.",
])
def test_scores_grades_gestations_and_notation_are_no_dates(text: str) -> None:
    assert found(text, DATE) == []


@pytest.mark.parametrize("text", [
    "Seen in clinic on 3/6 with the rash.",
    "Admitted 12/21, discharged 12/24.",
    "Fell on 2/6 and again on 3/12.",
    "DOB 1/52, lives alone.",
])
def test_dates_stay_dates(text: str) -> None:
    assert found(text, DATE) != []


@pytest.mark.parametrize(("text", "fraction"), [
    ("Bed 6 - stroke, GCS 6/15, family meeting tomorrow", "6/15"),
    ("methylpred 1 g day 3/3, then taper", "3/3"),
    ("R-CHOP cycle 4/6 next week", "4/6"),
    ("MMSE 24/30 last year", "24/30"),
])
def test_a_score_out_of_its_maximum_or_the_count_of_a_course(text: str, fraction: str) -> None:
    assert fraction in spans("score_fraction", text)


def test_a_date_after_a_tests_name_stays_a_date() -> None:
    assert "6/15" in found("CT 6/15 showed a new infarct", DATE)
