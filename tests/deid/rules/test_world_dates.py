from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "date"), [
    ("nöbetten sonra, 9 Mart 2022 gecesi", "9 Mart 2022"),
    ("ingresó el 14 de mayo con fiebre", "14 de mayo"),
    ("vue le 3 avril aux urgences", "3 avril"),
    ("przyjęty 12 marca 2021", "12 marca 2021"),
    ("operiert am 5. Juni", "5. Juni"),
    ("datang 17 Agustus ke puskesmas", "17 Agustus"),
    ("z likarni 4 bereznia", "4 bereznia"),
    ("Parole date 21 March; mother will house him", "21 March"),
    ("rapat Selasa 14/5 di ruang", "Selasa 14/5"),
    ("saw her on the twenty-first of March", "the twenty-first of March"),
    ("admitted november ninth period", "november ninth"),
    ("flew home on the 3rd of this month", "3rd of this month"),
    ("her fits came back around Valentine's Day", "Valentine's Day"),
    ("every Fourth of July weekend he gets burned", "Fourth of July"),
    ("fell on New Year's Eve at the party", "New Year's Eve"),
    ("not herself since May, when her husband died", "May"),
])
def test_dates_in_other_words(text: str, date: str) -> None:
    assert date in spans("world_date", text)


@pytest.mark.parametrize("text", [
    "Christmas disease is haemophilia B",
    "the Christmas tree lights",
    "you May want to repeat it",
    "in May be a viral picture",  # a mis-typed verb
    "took 2 mayo packets",
    "ordered 3 Mac tablets",
    "the fifth metatarsal base",
    "Selasa rapat 45/5 ruang",
])
def test_look_alikes_are_not_dates(text: str) -> None:
    assert spans("world_date", text) == []
