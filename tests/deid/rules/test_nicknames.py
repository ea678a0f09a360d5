from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "name"), [
    ('52M, Bartholomew "Tolly" Okonkwo, welder, presents with', 'Bartholomew "Tolly" Okonkwo'),
    ('6 y/o girl (goes by "Bee"), 2nd episode', "Bee"),
    ("her brother, known as \u201cSkip\u201d, drives her in", "Skip"),
    ("Grandad Wiremu 'Bunny' Tapsell, 81, on the ward", "Wiremu 'Bunny' Tapsell"),
    ("on nights everyone calls her \u201cNan\u201d. Na 128", "Nan"),
    ("Fergal Mac Giolla ('Fergie'), 44, hurler", "Fergie"),
    ("Ioana Popescu ('Nana' to the grandkids), 80, lives", "Nana"),
])
def test_a_nickname_is_part_of_the_name(text: str, name: str) -> None:
    assert spans("nickname", text) == [name]


@pytest.mark.parametrize("text", [
    'a "frank" bleed from the stoma',
    'We did not want to "do everything" without asking her',
    'WE DID NOT WANT TO DO "MORE TESTS" ON HER',
    'the so-called "Mercedes" incision',
    "the rash ('slapped cheek') is typical of parvovirus",
    "treated per protocol ('Sepsis Six') in ED",
    "Gram stain ('GPC in clusters') on the bottle",
])
def test_quoted_words_in_prose_are_not_nicknames(text: str) -> None:
    assert spans("nickname", text) == []


@pytest.mark.parametrize(("text", "nick"), [
    ("71M rancher, goes by Buck (Lyle Ostrander on the chart)", "Buck"),
    ("known as Tiny to everyone on the ward", "Tiny"),
])
def test_a_nickname_without_quotes_after_goes_by(text: str, nick: str) -> None:
    assert nick in spans("nickname", text)


@pytest.mark.parametrize("text", [
    "she goes by bus to dialysis",
    "also known as Type 2 MI",
    "known as The Fens locally",
    "also known as Takotsubo",
])
def test_words_after_goes_by_that_are_no_nickname(text: str) -> None:
    assert spans("nickname", text) == []


@pytest.mark.parametrize(("text", "nick"), [
    ("Mr. Collier (everybody calls him Ransom) lives with his wife.", "Ransom"),
    ("Her grandkids call her Birdie and so does the ward.", "Birdie"),
])
def test_a_bare_nickname_after_calls_him(text: str, nick: str) -> None:
    assert nick in found(text, "NAME")  # a scan runs the rule (its hints hold "call")


@pytest.mark.parametrize("text", [
    "She calls her Mum every day from the ward phone.",
    "Please call him Monday about the results.",
])
def test_kin_and_days_after_call_him_are_no_nickname(text: str) -> None:
    assert spans("nickname", text) == []
