"""A generational suffix is part of the name (own examples)."""

from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "name"), [
    ("Driver was Tomas Villareal Jr., 24M, GCS 14 on scene.", "Tomas Villareal Jr."),
    ("Seen by Dr. Harlan Pruett III this morning.", "Harlan Pruett III"),
])
def test_the_suffix_goes_with_the_name(text: str, name: str) -> None:
    assert name in found(text, "NAME")


def test_a_grade_after_an_eponym_is_not_taken_for_a_suffix() -> None:
    assert found("Gartland III supracondylar fracture, pulses intact.", "NAME") == []
