from __future__ import annotations

import pytest

from clinnet.deid import DATE
from tests.deid.rules._helpers import found


@pytest.mark.parametrize("text", [
    "ROSC after the 4th shock with the AED.",
    "The reg was on the 4th of a run of nights.",
    "She tolerated the 3rd dose of ceftriaxone.",
    "Seen on the 2nd of four cycles of R-CHOP.",
])
def test_an_ordinal_that_counts_things_is_no_date(text: str) -> None:
    assert found(text, DATE) == []


@pytest.mark.parametrize(("text", "date"), [
    ("Admitted on the 22nd with chest pain.", "the 22nd"),
    ("Seen on the 4th. Discharged the 9th.", "the 4th"),
    ("Fell on the 14th of May at home.", "14th of May"),
])
def test_a_day_of_the_month_stays_a_date(text: str, date: str) -> None:
    assert date in found(text, DATE)


def test_a_day_of_the_month_before_because_stays_a_date() -> None:
    assert found("He stopped his lithium around the 3rd because of tremor.", DATE) == ["the 3rd"]
