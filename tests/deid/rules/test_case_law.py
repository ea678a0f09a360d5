from __future__ import annotations

import pytest

from clinnet.deid import LOCATION, NAME
from tests.deid.rules._helpers import found


@pytest.mark.parametrize("text", [
    "Consent teaching: Harrowgate v Wessex Health Board (2011) moved disclosure to the patient.",
    "Duty to warn comes from Pemberly v Regents of the University of Ontario.",
    "See Castellane v. Brightwater Hospital [1998] for the standard of care.",
    "R v Quillfeather [2004] EWCA Crim 12 is still cited on capacity.",
])
def test_a_cited_case_names_no_one(text: str) -> None:
    assert found(text, NAME) == []
    assert found(text, LOCATION) == []


def test_bolam_and_gillick_are_doctrines() -> None:
    assert found("Bolam still applies, and Gillick competence for the 15-year-old.", NAME) == []


@pytest.mark.parametrize("text", [
    # a comparison of two people with no citation is not a case
    "Grip strength: Mr Harrowgate v Mr Pemberly, 32 kg each.",
    "Her lawyer Jane Castellane filed on Monday.",
])
def test_people_outside_a_citation_are_still_found(text: str) -> None:
    assert found(text, NAME) != []


@pytest.mark.parametrize("text", [
    "Nervous shock claims failed in Alcock [1992] UKHL 5 for the relatives at the ground.",
    "Ramirez v. Coastline Freight (2011, en banc) set the apportionment rule.",
])
def test_cases_cited_by_a_neutral_citation_or_a_year_with_more(text: str) -> None:
    assert found(text, "NAME") == []
