from __future__ import annotations

import datetime

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "date"), [
    ("Family meeting moved to Thursday 22nd, after clinic.", "Thursday 22nd"),
    ("ward round on Tues 3rd flagged the rash", "Tues 3rd"),
    ("fell at home Sun the 14th, lay there overnight", "Sun the 14th"),
    ("sober since xmas '21 and proud of it", "xmas '21"),
    ("last seen well at Thanksgiving \u201918", "Thanksgiving \u201918"),
    ("admitted on the 4th inst. with a GI bleed", "the 4th inst."),
    ("your letter of 12th ult. arrived", "12th ult."),
])
def test_dates_people_type(text: str, date: str) -> None:
    assert date in spans("typed_date", text)


def test_a_birth_year_that_makes_the_person_ninety_or_more() -> None:
    year = datetime.datetime.now(datetime.UTC).year - 93
    assert str(year) in spans("typed_date", f"Still drives; born in {year} on a farm.")


@pytest.mark.parametrize("text", [
    "chemo Fri 2nd dose went in fine",
    "on call Sat 3rd shift in a row",
    "born in 1978, works as a joiner",
    "great-grandfather born in 1881 in Cork",
    "easter egg allergy? no, cocoa",
    "2nd instance of the error this week",
])
def test_counts_young_birth_years_and_look_alikes(text: str) -> None:
    assert spans("typed_date", text) == []
