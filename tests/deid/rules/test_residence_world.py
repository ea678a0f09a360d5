from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "place"), [
    ("Don Ramiro, 88, vive solo en Chillán con su perro", "Chillan"),
    ("a neta mora em São José dos Campos", "Sao Jose dos Campos"),
    ("Mme L. habite à Vénissieux, seule", "Venissieux"),
    ("Herr M., wohnhaft in Pasing, Sturz", "Pasing"),
    ("mevrouw woont in Zwolle bij haar zoon", "Zwolle"),
    ("sonen ringer från Luleå varje dag", "Lulea"),
    ("pacientul, domiciliat în Turda, tuse", "Turda"),
    ("Pak Darto tinggal di Cibubur sejak 2010", "Cibubur"),
    ("I am a resident in Da Nang, a question", "Da Nang"),
])
def test_places_after_words_for_living_there(text: str, place: str) -> None:
    assert place in spans("residence_world", text)


@pytest.mark.parametrize("text", [
    "viene de Urgencias con fiebre",
    "vive en la residencia desde marzo",
    "a resident in Internal Medicine asked",
    "habite seule, autonome",
])
def test_care_words_and_lower_case_are_no_place(text: str) -> None:
    assert spans("residence_world", text) == []
