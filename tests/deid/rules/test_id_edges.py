"""The letters around a number that belong to it (own examples)."""

from __future__ import annotations

from tests.deid.rules._helpers import found


def _ids(text: str) -> list[str]:
    return [f for cat in ("MRN", "OTHER_ID", "HEALTH_PLAN") for f in found(text, cat)]


def test_a_hospital_prefix_goes_with_its_number() -> None:
    assert any(f.startswith("RGH") for f in _ids("Hosp no: RGH 4417093, admitted via ED."))


def test_a_label_before_the_number_stays_out() -> None:
    assert all(not f.startswith("MRN") for f in _ids("MRN 4417093, admitted via ED."))


def test_a_health_card_version_code_goes_with_the_number() -> None:
    assert any(f.endswith("KT") for f in _ids("OHIP: 4471 208 553 KT, expires next year."))


def test_a_unit_after_a_number_is_no_version_code() -> None:
    assert all(not f.endswith("PM") for f in _ids("Ref 4417093 PM callback from the lab."))
