from __future__ import annotations

import pytest

from clinnet.deid import scan


@pytest.mark.parametrize("text", [
    "RASS (Kelowna Agitation-Sedation Scale): +4 combative.",
    "Groningen Frailty Indicator and Tilburg Frailty Indicator both validated.",
    "LDQ (Leeds Dependence Questionnaire, any substance), SADQ for alcohol.",
    "Ottawa Heart Failure Risk Scale; Ottawa COPD Risk Scale next.",
    "The Tromsø Study and the Copenhagen City Heart Study both show it.",
    "Why I dislike the Bradford Factor for absence.",
])
def test_a_town_or_person_inside_a_named_instrument_is_none(text: str) -> None:
    assert [f.text for f in scan(text)] == []


@pytest.mark.parametrize(("text", "found"), [
    ("She lives in Leeds for the Study of Ageing visits.", "Leeds"),
    ("Mrs Richmond scored 12 on the Scale today.", "Richmond"),
    ("Seen by Dr Okafor. Study visit next week.", "Okafor"),
])
def test_a_place_or_name_outside_the_instruments_words_is_still_found(text: str,
                                                                       found: str) -> None:
    assert found in [f.text for f in scan(text)]
