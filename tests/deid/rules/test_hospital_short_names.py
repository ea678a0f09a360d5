from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "want"), [
    ("transferred to Saltmarsh Children's for ECMO", ["Saltmarsh Children's"]),
    ("the echo at Red Cedar Children's was normal", ["Red Cedar Children's"]),
    ("she was at Quonnapaug Valley General last year", ["Quonnapaug Valley General"]),
    ("presented to Fernhill Regional ED at 02:00", ["Fernhill Regional ED"]),
    ("flown to Kestrel Regional ED overnight", ["Kestrel Regional ED"]),
])
def test_short_names_of_hospitals(text: str, want: list[str]) -> None:
    assert spans("hospital_short_name", text) == want


@pytest.mark.parametrize("text", [
    "the Surgeon General warned about smoking",
    "Adult and Children's services are merged",
    "Kestrel Regional Medical Center",
    "Mass General Hospital",
    "In General, we avoid it",
    "Northern Regional guidelines differ",
    "ask the Attorney General",
])
def test_ranks_services_and_longer_names_are_left_alone(text: str) -> None:
    assert spans("hospital_short_name", text) == []
