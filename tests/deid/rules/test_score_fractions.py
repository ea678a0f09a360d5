from __future__ import annotations

import pytest

from clinnet.deid import DATE
from tests.deid.rules._helpers import found


@pytest.mark.parametrize("text", [
    "Screening: PHQ-9 11/27, GAD-7 9/21, AUDIT-C 3.",
    "Grade (2+3+2 = 7/9), margins clear.",
    "Soft ESM grade 2/6, 3/6 after exercise, at the LUSB.",
    "Booked at 11/40, scan normal.",
    "In UK notes \u20186/12\u2019 is six months, not a date.",
])
def test_scores_grades_gestations_and_notation_are_no_dates(text: str) -> None:
    assert found(text, DATE) == []


@pytest.mark.parametrize("text", [
    "Seen in clinic on 3/6 with the rash.",
    "Admitted 12/21, discharged 12/24.",
])
def test_dates_stay_dates(text: str) -> None:
    assert found(text, DATE) != []
