from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "date"), [
    ("EBUS 29/1: adenocarcinoma, PD-L1 60%", "29/1"),
    ("PET 27/9 nil distant; surgery planned", "27/9"),
    ("delivered by C/S 22/05, baby to NBU", "22/05"),
    ("Presented 2 days later (27/4) with a swollen hand", "27/4"),
    ("headache 14/7 22:41, BP 168/110", "14/7"),
    ("Admitted since 31/12 for induction", "31/12"),
])
def test_a_day_first_date_without_a_year(text: str, date: str) -> None:
    assert spans("day_month", text) == [date]


@pytest.mark.parametrize("text", [
    "abx for 14/7 then stop, 18/12 history of cough, 24/7 cover",
    "BiPAP 14/5, PEEP 14/8, PS 15/5 overnight",
    "pain 13/10 on arrival",
    "16/3 nodes positive after neoadjuvant",
    "BP 120/80, GCS 14/15, MMSE 24/30, EF 25/35",
    "seen 1/29/1 and 3/22/05 in the old format",
])
def test_settings_scores_durations_and_other_dates_are_left_alone(text: str) -> None:
    assert spans("day_month", text) == []


@pytest.mark.parametrize(("text", "pair"), [
    ("Presented to the ED Saturday 10/5 with petechiae and shock.", "10/5"),
    ("CT was done Tue 3/4, read the next morning.", "3/4"),
])
def test_a_pair_after_a_weekday_is_a_date(text: str, pair: str) -> None:
    assert spans("weekday_date", text) == [pair]


@pytest.mark.parametrize("text", [
    "sat 94/88 on room air",  # a saturation, typed small
    "Sat 14/15 on the GCS",  # no day and month
])
def test_a_weekday_like_word_before_a_ratio_is_no_date(text: str) -> None:
    assert spans("weekday_date", text) == []
