from __future__ import annotations

import pytest

from clinnet.deid import LOCATION
from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "expected"), [
    ("Llevado al Hospital Santa Clotilde Ibarrola el lunes.", "Hospital Santa Clotilde Ibarrola"),
    ("veio do Hospital Estadual Dona Amélia ontem", "Hospital Estadual Dona Amélia"),
    ("Referred from Teaching Hospital Kegalle.", "Teaching Hospital Kegalle"),
    ("She was admitted to the Royal Wexham overnight.", "Royal Wexham"),
    ("evacuated to Bilotserkiv hospital at dawn", "Bilotserkiv hospital"),
])
def test_short_forms_of_hospitals_are_found(text: str, expected: str) -> None:
    assert len(spans("facility_short_form", text)) == 1
    assert expected in found(text, LOCATION)


@pytest.mark.parametrize("text", [
    "Hospital Course: uneventful, home day 3.",
    "Hospital Medicine took over on Monday.",
    "El Hospital General de Agudos tiene guardia.",
    "She is a fellow of the Royal College of Physicians.",
    "Follow-up at Chagas clinic in three months.",
    "Sent to Fracture clinic on Monday.",
    "HOSPITAL COURSE: PATIENT DID WELL.",
])
def test_generic_heads_and_clinical_names_are_left_alone(text: str) -> None:
    assert spans("facility_short_form", text) == []
