from __future__ import annotations

from tests.deid.rules._helpers import found, spans


def test_first_person_contractions_are_not_names() -> None:
    text = "Seen in clinic. I've asked her to return. I'd repeat the scan. I'm not sure."
    assert spans("first_person", text) == ["I've", "I'd", "I'm"]
    assert found(text, "NAME") == []


def test_names_with_an_apostrophe_stay_names() -> None:
    text = "Seen with Mr. O'Rourke and Dr. D'Souza. I've told them."
    assert spans("first_person", text) == ["I've"]
    assert found(text, "NAME") == ["O'Rourke", "D'Souza"]
