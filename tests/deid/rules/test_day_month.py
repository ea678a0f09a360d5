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


@pytest.mark.parametrize(("text", "date"), [
    ("G2P1, 28+3, PPROM approx 0500 22/7, nil contractions", "22/7"),
    ("Betamethasone 11.4 mg IM 1st dose 22/7 1410, erythromycin", "22/7"),
])
def test_a_clock_time_before_or_after_makes_a_july_pair_a_date(text: str, date: str) -> None:
    assert spans("day_month", text) == [date]


@pytest.mark.parametrize(("text", "date"), [
    ("Fem-pop bypass op vrijdag 14-02. Wond lekt", "14-02"),
    ("Il has fever since 25.09, his brother is fine", "25.09"),
    ("immunoglobulin given on 13.05, within 96 h", "13.05"),
])
def test_a_dotted_or_dashed_day_and_month_after_a_date_word(text: str, date: str) -> None:
    assert spans("day_month_dotted", text) == [date]


@pytest.mark.parametrize("text", [
    "K 3.03, Hb 10.05, range 12-10 on 2.5 L",
    "Limit correction to 8-10 mmol/L in 24 h",
    "by day 7 on 8-12 mg, then stop",
])
def test_values_and_ranges_are_no_dates(text: str) -> None:
    assert spans("day_month_dotted", text) == []
