from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "numbers"), [
    ("Bleeps: med reg 2231, SHO 2240, outreach 5555", ["2231", "2240", "5555"]),
    ("bleep ortho SHO 4471 if Hb < 90", ["4471"]),
    ("Page RT 4417 for vent issues", ["4417"]),
    ("If anything: senior Okonjo x5-7741.", ["5-7741"]),
    ("ASKING FOR A SLEEPING PILL, CALLBACK X4190", ["4190"]),
])
def test_a_number_to_call_after_its_word(text: str, numbers: list[str]) -> None:
    assert spans("bleep_number", text) == numbers


@pytest.mark.parametrize("text", [
    "see page 12 of 40 of the guideline",
    "paged at 0300 hrs about the K",
    "vanc 2 x 1000 mg",
    "the 2019 page of the handbook",
    "PAGER LOG 0300\u20130600, what night interns get paged for",
])
def test_pages_times_and_products_are_left_alone(text: str) -> None:
    assert spans("bleep_number", text) == []


@pytest.mark.parametrize(("text", "numbers"), [
    ("Stationsarzt Dr. Hollweg, Piepser 6613, informiert", ["6613"]),
    ("ansvarig läkare, sökare 2219, ring vid frågor", ["2219"]),
    ("interne de garde bip 4472", ["4472"]),
    ("the FY2 was bleeped (5531) twice", ["5531"]),
    ("Extensions: triage 311, theatre 318", ["311", "318"]),
])
def test_pager_words_of_other_languages_and_bracketed_numbers(text: str,
                                                             numbers: list[str]) -> None:
    assert spans("bleep_number", text) == numbers


@pytest.mark.parametrize("text", [
    "Funk 12 Stunden später, bip 2 fois",
    "busca 3 veces al día",
])
def test_counts_and_times_after_pager_words_are_no_numbers(text: str) -> None:
    assert spans("bleep_number", text) == []
