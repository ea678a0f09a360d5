from __future__ import annotations

import pytest

from clinnet.deid.categories import DATE
from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "holiday"), [
    ("Fever since Eid-ul-Adha, so about five days.", "Eid-ul-Adha"),
    ("came in after dashain with a cough", "dashain"),
    ("paracetamol OD over hogmanay into ne'erday", "ne'erday"),
    ("He wants to see 102, which he turns on Juneteenth.", "Juneteenth"),
    ("Admitted post-Lebaran with dengue shock.", "Lebaran"),
    ("lambing since St David's Day, so no time off", "St David's Day"),
    ("collapsed during the Dia de Muertos procession", "Dia de Muertos"),
])
def test_a_holiday_as_the_time_of_an_event_is_a_date(text: str, holiday: str) -> None:
    assert holiday in spans("holiday_time", text)
    assert holiday in found(text, DATE)


@pytest.mark.parametrize("text", [
    "The Diwali lights were lovely this year.",
    "Christmas disease is haemophilia B.",
    "Insulin advice for Ramadan: halve the basal.",
    "Is it kosher-for-Passover?",
    "We run pre-Ramadan counselling for older patients.",
])
def test_a_holiday_that_names_no_day_is_left_alone(text: str) -> None:
    assert spans("holiday_time", text) == []


@pytest.mark.parametrize(("text", "holiday"), [
    ("couldn't go home to see his parents for Dashain this year", "Dashain"),
    ("the whole team was away for Nowruz so it was me and one resident", "Nowruz"),
    ("came on night duty Diwali night, 11 burns by 2am", "Diwali"),
    ("Bayram day 1, our hand clinic looked like a war zone", "Bayram"),
    ("she sends us a card every Mother's Day", "Mother's Day"),
])
def test_a_holiday_after_a_journey_and_for_before_a_part_of_its_day_or_after_every(
        text: str, holiday: str) -> None:
    assert spans("holiday_time", text) == [holiday]


@pytest.mark.parametrize("text", [
    "Insulin dose advice for Ramadan is in the handbook.",
    "A kosher-for-Passover formulary exists.",
    "The Diwali lights were lovely on the ward.",
])
def test_a_holiday_named_as_a_season_is_left_alone(text: str) -> None:
    assert spans("holiday_time", text) == []


@pytest.mark.parametrize(("text", "day"), [
    ("The family wants to wait until after Hmong New Year to take it out.", "Hmong New Year"),
    ("After Tamil New Year she stopped the metformin.", "Tamil New Year"),
])
def test_a_peoples_new_year_dates_an_event(text: str, day: str) -> None:
    assert day in spans("holiday_time", text)


def test_a_new_year_greeting_dates_nothing() -> None:
    assert spans("holiday_time", "Happy New Year all, quiet night on the ward.") == []
