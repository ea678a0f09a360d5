from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "employer"), [
    ("a line worker on the kill floor at Prairie Gold Pork Packers since May",
     "Prairie Gold Pork Packers"),
    ("she is a seamstress at Lotus Alterations & Tailoring in town",
     "Lotus Alterations & Tailoring"),
    ("he drove for Keystone Coach Lines for 31 years", "Keystone Coach Lines"),
    ("her parents work at Shree Ganesh Textiles in Surat", "Shree Ganesh Textiles"),
])
def test_an_employer_named_after_a_job_is_a_place(text: str, employer: str) -> None:
    assert spans("employer_after_job", text) == [employer]


@pytest.mark.parametrize("text", [
    "a nurse at the Cancer Center",
    "a social worker with Medicaid Services",
    "a driver for the ED",
    "worked with the team for weeks",
])
def test_generic_or_clinical_names_after_a_job_are_not_employers(text: str) -> None:
    assert spans("employer_after_job", text) == []


def test_more_jobs_and_a_shift_or_job_at_a_place() -> None:
    assert spans("employer_after_job", "she is a hairdresser at Pine Street Cuts") == [
        "Pine Street Cuts"]
    assert spans("employer_after_job", "has a shift at Rusty Lantern Diner tonight") == [
        "Rusty Lantern Diner"]
    assert spans("employer_after_job", "a new job at Cobalt Freight Systems") == [
        "Cobalt Freight Systems"]


def test_a_shift_at_a_kind_of_service_is_no_employer() -> None:
    assert spans("employer_after_job", "after my shift at the Emergency Department") == []
