from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "date"), [
    ("We fly back to Oaxaca on the 20th.", "the 20th"),
    ("Came to us Sat the 9th with an abscess.", "the 9th"),
    ("returned from Umrah on 17/04, febrile", "17/04"),
    ("lost twice since Labor Day", "Labor Day"),
    ("bedbound since mid-January", "mid-January"),
    ("hemicolectomy last March, then CAPOX", "last March"),
    ("2 CRBSIs (MSSA Jul, Serratia later)", "Jul"),
    ("Since lipiec 2024 burning pain", "lipiec 2024"),
])
def test_dates_as_people_say_them(text: str, date: str) -> None:
    assert date in spans("spoken_date", text)


@pytest.mark.parametrize("text", [
    "pt placed on 1st step mattress",
    "HCT 28 after 2nd unit of PRBC",
    "on the 5th percentile for weight",
    "PSV 15/5 with RR 12",
    "GCS 13/15 on arrival",
    "the 9th rib is fractured",
    "you May want to wait",
])
def test_counts_settings_and_scores_are_not_dates(text: str) -> None:
    assert spans("spoken_date", text) == []
