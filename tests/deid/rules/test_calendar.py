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


@pytest.mark.parametrize(("text", "date"), [
    ("Dx 23/9 after a skin biopsy", "23/9"),
    ("excised 17/2. margins clear", "17/2"),
    ("chemo started 28/5 at the day unit", "28/5"),
    ("she fell at home on Boxing Day and lay there", "Boxing Day"),
    ("admitted over Anzac Day weekend", "Anzac Day"),
    ("sober since St Stephen's Day last year", "St Stephen's Day"),
])
def test_day_first_dates_after_an_event_word_and_holidays_of_other_countries(
        text: str, date: str) -> None:
    assert date in spans("spoken_date", text)


def test_around_the_clock_is_no_date() -> None:
    assert spans("spoken_date", "back home on 24/7 oxygen") == []


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


@pytest.mark.parametrize(("text", "date"), [
    ("Bed 4 admitted Thurs 14/11, Bed 7 later.", "14/11"),
    ("Timeline:\n- 27/12: did not attend, road cut by rain.", "27/12"),
    ("Timeline:\n- 3/1: seen in clinic\n- 27/12-28/12: off food", "27/12-28/12"),
    ("Course:\n  * 9/2: extubated", "9/2"),
])
def test_a_day_and_month_after_a_weekday_or_opening_a_timeline_line(text: str, date: str) -> None:
    assert date in spans("spoken_date", text)


@pytest.mark.parametrize("text", [
    "Scores:\n13/15: GCS on arrival",  # no month is 15
    "BP log:\n- 120/80: morning",
    "seen at 14/11 kPa",  # no timeline line, no date word
])
def test_numbers_that_cannot_be_a_day_and_month_open_no_timeline(text: str) -> None:
    assert spans("spoken_date", text) == []
