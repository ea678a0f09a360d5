from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "names"), [
    ('The son said it best. Barnaby: "She has been ready for months."', ["Barnaby"]),
    ('I started with "Odile, Lucan - what do you understand so far?"', ["Odile", "Lucan"]),
    ('She states her name is "Tamsin" and nothing else.', ["Tamsin"]),
])
def test_speakers_and_people_addressed_in_reported_speech_are_names(text, names) -> None:
    assert spans("dialogue_name", text) == names


@pytest.mark.parametrize("text", [
    'Plan: "watchful waiting" per family.',
    '"Honestly, we expected worse," the daughter said.',
    'The note said: "No CPR".',
])
def test_quoted_prose_is_not_a_name(text: str) -> None:
    assert spans("dialogue_name", text) == []
