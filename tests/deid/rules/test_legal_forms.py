"""A company named with its legal form (own examples)."""

from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "company"), [
    ("He hauls gravel for Tamarack Ridge Aggregates, Inc. out of Bemidji.",
     "Tamarack Ridge Aggregates, Inc."),
    ("Letter from HOLLOWAY & VANCE, PLLC about the deposition.", "HOLLOWAY & VANCE, PLLC"),
    ("Empleador: Construcciones Bravo Hnos. S.R.L. desde 2015.",
     "Construcciones Bravo Hnos. S.R.L."),
    ("Operaio presso Marmi Apuani Valdera s.r.l. a Carrara.", "Marmi Apuani Valdera s.r.l."),
    ("Works at Fenwick & Daughters, the fishmongers.", "Fenwick & Daughters"),
    ("Drives for Okoye Brothers & Partners since May.", "Okoye Brothers & Partners"),
])
def test_a_company_and_its_form_are_a_workplace(text: str, company: str) -> None:
    assert company in found(text, "LOCATION")


@pytest.mark.parametrize("text", [
    "Propofol inc. to 50 mcg/kg/min overnight, then weaned.",
    "PROPOFOL INC TO 75, HR INC WITH STIMULATION.",
    "Home Care, Inc. sends an aide three times a week.",
    "Her sons & daughters visit on Sundays.",
    "Axial SpA with uveitis, HLA-B27 positive.",
])
def test_increases_generic_names_and_spondyloarthritis_are_no_company(text: str) -> None:
    assert found(text, "LOCATION") == []
