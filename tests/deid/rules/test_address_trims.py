"""A state's code and a postcode's label are cut out of an address (own examples)."""

from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "state"), [
    ("Lives at 812 Birchwood Lane, Duluth, MN 55803 with her son.", "MN"),
    ("Address: 4 Wattle Close, Orange NSW 2800. Seen today.", "NSW"),
])
def test_a_state_code_in_an_address_is_no_identifier(text: str, state: str) -> None:
    flagged = found(text, "LOCATION")
    assert flagged
    assert all(state not in f.split() for f in flagged), flagged


def test_a_postcode_label_is_cut_and_the_postcode_kept() -> None:
    flagged = found("Endereço: Rua Tupis, 45, Centro, Ipatinga, CEP 35160-000 ok", "LOCATION")
    assert any("35160-000" in f for f in flagged)
    assert all("CEP" not in f for f in flagged)


def test_a_city_written_as_its_code_stays() -> None:
    assert "DC" in found("Her son lives in DC and visits monthly.", "LOCATION")
