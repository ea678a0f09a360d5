from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "date"), [
    ("ingresó el martes 9 de abril con fiebre", "martes 9 de abril"),
    ("sinds woensdag 3 juli koorts", "woensdag 3 juli"),
    ("vue jeudi 14 mars aux urgences", "jeudi 14 mars"),
    ("Kontrolle am Freitag, 7 Juni 2024", "Freitag, 7 Juni 2024"),
    ("control el 9-abr en consultas", "9-abr"),
    ("cirugía el 14-dic-2023", "14-dic-2023"),
    ("admitted 03/11/2565 to the provincial hospital", "03/11/2565"),
    ("تاریخ: admitted 1401/07/12 with fever", "1401/07/12"),
    ("first seen Heisei 31, April 2 in our clinic", "Heisei 31, April 2"),
    ("stung 23/6 while harvesting", "23/6"),
    ("prover tagen 19/4.", "19/4"),
    ("Sturz am 28/2 zu Hause", "28/2"),
])
def test_more_dates(text: str, date: str) -> None:
    assert date in spans("more_dates", text)


@pytest.mark.parametrize("text", [
    "PEEP 15/5, FiO2 0.4",
    "GCS 13/15 on arrival, pain 14/10",
    "won 2-out in the series, lost 1-set",
    "3-mar scheme without a year",
    "ratio checked 3/12 times",
    "martes de carnaval, no date",
    "Hb 14/11 g",
])
def test_look_alikes_are_left(text: str) -> None:
    assert spans("more_dates", text) == []
