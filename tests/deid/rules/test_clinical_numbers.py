from __future__ import annotations

import pytest

from clinnet.deid import DATE, NAME, OTHER_ID, scan
from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "number"), [
    ("Referral: 4/7 hx of productive cough", "4/7"),
    ("weight loss, 5/12 history", "5/12"),
    ("wound check at 3/52 post-op", "3/52"),
    ("Plan: GP 2/52. Stop the NSAID.", "2/52"),
    ("OPD 6/12 with a repeat scan", "6/12"),
    ("was seen 2/7 ago in clinic", "2/7"),
    ("TTO: doxycycline 7/7, review in 4/52", "4/52"),
    ("mortality 1/14 in the first cohort versus 5/19 in the second", "5/19"),
    ("ypT2 N1a (2/14), margins clear", "2/14"),
    ("6/20 survivors had a good outcome", "6/20"),
    ("SNOMED code for sepsis is 91302008", "91302008"),
    ("LOINC 2345-7 (glucose), CPT 99213", "99213"),
])
def test_durations_counts_and_codes_are_vetoed(text: str, number: str) -> None:
    assert any(number in v for v in spans("clinical_numbers", text))


@pytest.mark.parametrize("text", [
    "0/9 survivors with blunt trauma versus 5/19 with penetrating",
    "Referral: 4/7 hx of productive cough",
    "SNOMED code for sepsis is 91302008",
])
def test_vetoed_numbers_are_not_findings(text: str) -> None:
    assert not [f for f in scan(text) if f.category in ("DATE", "OTHER_ID")]


@pytest.mark.parametrize("text", [
    "admitted on 3/12 with chest pain",
    "follow-up booked 4/7, bring the diary",
    "her MRN 4471902 and the LOINC list",
    "ICD deactivated 03/02/2025 by the rep",
    "hernia repair with mesh 7/15, home the next day",
    "no growth so far from 8/29 cultures",
])
def test_dates_and_ids_without_that_context_stay(text: str) -> None:
    vetoed = spans("clinical_numbers", text)
    kept = ("3/12", "4/7", "4471902", "03/02", "7/15", "8/29")
    assert not any(n in v for v in vetoed for n in kept)


@pytest.mark.parametrize("text", [
    "VA 6/18 right eye, 6/9 left with pinhole.",
    "Snellen 6/12 = 20/40, fields full.",
    "BCVA 20/60 OD after the injection.",
    "Paperwork: FMCSA form QRS-4410 and DVLA form VISN2 are both done.",
])
def test_visual_acuity_and_form_codes_are_no_dates_or_ids(text: str) -> None:
    assert found(text, DATE) == []
    assert found(text, OTHER_ID) == []
    assert found(text, NAME) == []


def test_a_date_without_an_acuity_word_is_still_a_date() -> None:
    assert found("Seen in eye clinic on 6/9, drops started.", DATE) != []
