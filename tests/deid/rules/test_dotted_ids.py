from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "number"), [
    ("Paciente de 51 años, CC 43.872.115, afiliada a Nueva EPS", "43.872.115"),
    ("Niña de 6 años, TI 1.019.847.332, EPS Sura", "1.019.847.332"),
    ("Titular: C.C. 79.554.210 de Bogotá", "79.554.210"),
])
def test_a_dotted_identity_number_after_its_card(text: str, number: str) -> None:
    assert spans("dotted_id", text) == [number]


@pytest.mark.parametrize("text", [
    "Penicilina benzatínica PEN 2.400.000 UI IM dosis única",
    "PLT 250.000 /mm3, Hb 11.2",
    "Tiene 1.200.000 habitantes la ciudad",
])
def test_doses_counts_and_bare_numbers_are_none(text: str) -> None:
    assert spans("dotted_id", text) == []
