"""Identifiers known by their shape, and the last four digits of a number (own examples)."""

from __future__ import annotations

import pytest

from clinnet.deid import scan
from tests.deid.rules._helpers import found


@pytest.mark.parametrize(("text", "value", "category"), [
    ("The car outside was hers, a grey Corsa, BD62 TXL, parked on the lines.", "BD62 TXL",
     "VEHICLE"),
    ("Units given: G1527 24 339120 and G1527 24 339122, both O neg.", "G1527 24 339120",
     "OTHER_ID"),
    ("HKID M604118(9), lives with her son in Sha Tin.", "M604118(9)", "OTHER_ID"),
    ("National ID 08-1177243 K 37, from Chitungwiza.", "08-1177243 K 37", "OTHER_ID"),
    ("Frozen section S25-04471 confirmed clear margins.", "S25-04471", "OTHER_ID"),
    ("Programme number MBR-HIV-00912 on the green card.", "MBR-HIV-00912", "OTHER_ID"),
    ("SSN (last 4): 2290, Medicare pending.", "2290", "SSN"),
    ("Her debit card ending in 7781 was used twice.", "7781", "ACCOUNT"),
    ("Aadhaar XXXX XXXX 5102 on the discharge slip.", "XXXX XXXX 5102", "OTHER_ID"),
    ("Patient: Gunnel Åberg, 19410322-3308, boende i Kiruna", "19410322-3308", "OTHER_ID"),
    ("Majors 6, KGH3318204, awaiting a bed", "KGH3318204", "OTHER_ID"),
    ("afiliado (no. SA0441283391) desde 2019", "SA0441283391", "OTHER_ID"),
    ("CRT-D QKL208814R implanted 2022, RV lead fine", "QKL208814R", "OTHER_ID"),
])
def test_an_identifier_by_its_shape(text: str, value: str, category: str) -> None:
    assert value in found(text, category)


@pytest.mark.parametrize("text", [
    "ICD-10-CM codes, L4-L5-S1 fusion, HER2/neu 3+, BRCA1/2 negative.",
    "UO 100-200/HOUR, vent AC/450/14/40, PAD-28-30, HR-110-133.",
    "TP53 MDS and MS04 PCA running; sats 94% on 2L.",
    "**** 0315 hr dropping below 60, paced.",
    "RECOVERY (NCT04381936), tirzepatide (LY3298176), Cochrane CD000567.",
    "ISRCTN12345678 and ACTRN12619000123456 report the same arm.",
])
def test_clinical_codes_ranges_and_settings_are_no_identifiers(text: str) -> None:
    assert [f for f in scan(text) if f.rule in (
        "id_shape", "plate_shape", "last_four", "last_four_ssn", "last_four_account")] == []
