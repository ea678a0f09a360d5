"""Dates of laws, funding and meetings in a post about no one (own examples)."""

from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found


@pytest.mark.parametrize("text", [
    "Semaglutide has been funded for T2DM since 1 March 2022 under the new criteria.",
    "The EMA published its opinion in October 2024; the webinar is on 4 December 2024.",
    "Asbestos was banned from 31 December 1999; claims still come in for exposure before.",
    "The new rule has been in force since 11 July 2016 for every traveller.",
    "In our region dengue season runs from July to October; scrub typhus Sept-Jan.",
])
def test_public_dates_in_a_teaching_post_are_no_identifiers(text: str) -> None:
    assert found(text, "DATE") == []


@pytest.mark.parametrize(("text", "date"), [
    ("She was started on it after it was funded, on 14 March 2024.", "14 March 2024"),
    ("Mr Lowe, on SSRIs since June 2023, FAA letter pending.", "June 2023"),
    ("Admitted 3 May 2024; the guideline says review at 6 weeks.", "3 May 2024"),
    ("She was away from July to October, missed every dose.", "July"),
])
def test_a_post_about_a_person_keeps_its_dates(text: str, date: str) -> None:
    assert date in found(text, "DATE")
