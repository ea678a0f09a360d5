"""A police unit named by its town (own examples)."""

from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "unit"), [
    ("Brought in by Eugene PD after a welfare check.", "Eugene PD"),
    ("Custody at Peckham police station overnight, then here.", "Peckham police station"),
    ("Reported to the Lassen County Sheriff's Office on Friday.", "Lassen County Sheriff's Office"),
])
def test_a_police_unit_named_by_its_town_is_a_place(text: str, unit: str) -> None:
    assert any(unit in f for f in found(text, "LOCATION")), found(text, "LOCATION")


def test_a_kind_of_police_names_no_place() -> None:
    from clinnet.deid import scan
    text = "Transit PD and the State Police Department were both called."
    assert [f for f in scan(text) if f.rule == "police_unit"] == []
