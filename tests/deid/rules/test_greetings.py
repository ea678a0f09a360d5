from __future__ import annotations

import pytest

from clinnet.deid.categories import NAME
from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "greeting"), [
    ("Bonsoir à tous. Un patient de 70 ans avec une dyspnée.", "Bonsoir a tous"),
    ("Bula vinaka. 54F with a boil on the shin.", "Bula vinaka"),
    ("Kia ora koutou, a question about a rash.", "Kia ora koutou"),
    ("Salam all. A question from our district clinic.", "Salam all"),
    ("Eid Mubarak, everyone! Quick one about insulin.", "Eid Mubarak"),
    ("Liebe Kollegen, eine kurze Frage zur Antikoagulation.", "Liebe Kollegen"),
    ("Fråga till kolleger: hur länge ger ni heparin?", "Fraga till kolleger"),
    ("Thanks all for the replies.\nNgā mihi nui,\nTe Rangi", "Nga mihi nui"),
    ("Colegas, una consulta sobre anticoagulación.", "Colegas"),
    ("Merhaba hocam, sorum var:", "Merhaba hocam"),
])
def test_greetings_of_other_languages(text: str, greeting: str) -> None:
    assert greeting in spans("greeting", text)


def test_no_greeting_is_read_as_a_name() -> None:
    assert found("Bonjour à tous. Une question sur la warfarine.", NAME) == []
    assert found("Kia ora koutou. 12M with sore throat and arthralgia.", NAME) == []


@pytest.mark.parametrize("text", [
    "Shalom was admitted with chest pain",  # a given name, not a greeting
    "seen with her neighbour Mrs Bula yesterday",  # mid-sentence: left to the name rules
    "We met Madame Bonjour at the clinic",
])
def test_names_that_are_greeting_words_stay(text: str) -> None:
    assert spans("greeting", text) == []


def test_a_name_after_the_greeting_is_still_found() -> None:
    assert any("Marisol" in f for f in found("Hola Marisol, your patient Tomasz Wrobel is here",
                                             NAME))
