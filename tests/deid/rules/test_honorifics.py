from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "name"), [
    ("Seen today: Smt. Kamalavalli Sundaram, 67, with fever.", "Kamalavalli Sundaram"),
    ("W/ro Yeshiwork came with her son.", "Yeshiwork"),
    ("Bu Sumirah brought the child to the clinic.", "Sumirah"),
    ("Chief Obiageli Nwankwo, 70, with a stroke.", "Obiageli Nwankwo"),
    ("Her Tita Baby calls every evening.", "Baby"),
    ("smt lakshmamma came with her son, fever 3 days", "lakshmamma"),
    ("Sra. Ximena Coaquira, 40, attended.", "Ximena Coaquira"),
])
def test_the_name_after_a_title_is_found(text: str, name: str) -> None:
    assert spans("honorific_name", text) == [name]


@pytest.mark.parametrize("text", [
    "Chief Complaint: chest pain for two days.",
    "He ate rice and drank tea. Ate Breakfast was written on the chart.",
    "Pan American Health Organization guidance was followed.",
    "She travelled to Sri Lanka last year.",
    "Mixed-case note: the pak of gauze, bu not today.",
])
def test_titles_that_are_ordinary_words_are_left_alone(text: str) -> None:
    assert spans("honorific_name", text) == []


def test_the_title_is_not_part_of_the_name() -> None:
    assert found("PATIENT: Tmt. Kamalavalli Sundaram    AGE/SEX: 71/F", "NAME") == [
        "Kamalavalli Sundaram"]
    assert found("Ato Gebremariam Woldesenbet, 45, with cough.", "NAME") == [
        "Gebremariam Woldesenbet"]
    assert found("Patient Pani Grażyna Wołoszyn, 70.", "NAME") == ["Grażyna Wołoszyn"]


def test_a_title_inside_a_longer_name_is_left_to_it() -> None:
    assert spans("honorific_name", "our patient Fatma Han\u0131m Ankara'dan geldi.") == []
