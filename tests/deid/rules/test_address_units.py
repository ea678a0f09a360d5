from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "address"), [
    ("lives at house 9 road 12 block F near the mosque", "house 9 road 12 block F"),
    ("home is Flat 804, Block C, Sun Hing Court, Kowloon", "Flat 804, Block C, Sun Hing Court"),
    ("adresa str. Florilor nr. 9, bl. C3, sc. 2, ap. 41, Iasi",
     "str. Florilor nr. 9, bl. C3, sc. 2, ap. 41"),
    ("oturuyor: Bahar Sok. No:7 D:12, Üsküdar", "Bahar Sok. No:7 D:12"),
    ("nhà ở số 8 ngõ 112 phố Hàng Bông, quận Hoàn Kiếm", "so 8 ngo 112 pho Hang Bong"),
    ("tinggal di Jl. Kenanga No. 4, RT 03/RW 07, Depok", "Jl. Kenanga No. 4, RT 03/RW 07"),
    ("vive en Calle Mayor 12, 5° D, Zaragoza", "5° D"),
    ("Villa 12, Street 31, Al Barsha", "Villa 12, Street 31"),
    ("moved to Bldg 12 in the compound", "Bldg 12"),
])
def test_numbered_address_parts(text: str, address: str) -> None:
    assert address in spans("address_units", text)


@pytest.mark.parametrize("text", [
    "block A2 cut, 4 sections stained; K: 4.1, Na: 139",
    "moved to floor 3 after the scan",
    "vaccine lot 4417, zone 2 of the chart",
    "no. 3 of 5 cultures positive, the 2nd at 3° C",
    "right bundle branch block 2:1",
    "T 37.9°C, HR 110, first-degree block",
])
def test_clinical_numbers_are_no_address(text: str) -> None:
    assert spans("address_units", text) == []


@pytest.mark.parametrize("text", [
    "MORPHINE METABOLITES M3G/M6G RAISED",
    "GIVEN MG SO4 2 GM",
    "T WAVES FLAT. 100 MG GIVEN",
    "TRANSFERRED INTO UNIT S ON FRIDAY",
])
def test_drugs_and_ward_letters_are_no_address(text: str) -> None:
    assert spans("address_units", text) == []
