from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "place"), [
    ("lives alone at Blk 88 Tampines Central Ave 3 #04-12, since May",
     "Blk 88 Tampines Central Ave 3 #04-12"),
    ("flat in Singapore 520088, alone", "520088"),
    ("Address: Blk 3 Lot 9, Phase 1, Dasma", "Blk 3 Lot 9, Phase 1"),
    ("Rua Augusta 12, 1100-053 Lisboa", "1100-053"),
    ("Toshkent sh., Yunusobod tumani, Navoi ko'chasi 5-uy", "Navoi ko'chasi 5-uy"),
    ("from Olmazor mahallasi, referred today", "Olmazor mahallasi"),
    ("his tent was in Arafat camp 45 during the rites", "Arafat camp 45"),
    ("stays at Tuas Lodge 3 with the crew", "Tuas Lodge 3"),
    ("admitted to Bimarestan-e Shahid Rajaei overnight", "Bimarestan-e Shahid Rajaei"),
    ("transferred to Benh vien Nhi Trung uong 12/3", "Benh vien Nhi Trung uong"),
    ("came to Klinik Kesihatan Bandar Baru 2 with fever", "Klinik Kesihatan Bandar Baru 2"),
    ("PETICIÓN - HOSPITAL COMARCAL DE TORTOSA - ANÁLISIS", "HOSPITAL COMARCAL DE TORTOSA"),
    ("she moved to Moshav Nahalal last year", "Moshav Nahalal"),
    ("PCI at City Clinical Hospital No. 40 on day 2", "City Clinical Hospital No. 40"),
    ("followed by Polyclinic No. 3.", "Polyclinic No. 3"),
    ("consultorio CMF 22, family doctor", "CMF 22"),
    ("ingresado en GBUZ SO Kirovskaya TsRB con neumonía", "GBUZ SO Kirovskaya TsRB"),
    ("si marlon 22 yo from purok 5, brgy san roque, taytay", "brgy san roque"),
    ("from Brgy. San Roque II, Antipolo", "Brgy. San Roque II"),
])
def test_a_local_address_or_facility_is_a_place(text: str, place: str) -> None:
    assert place in spans("address_local", text)


@pytest.mark.parametrize("text", [
    "base camp 2 at 5000 m, then summit",
    "Hospital No. 4521 on the wristband",
    "kibbutz life suits her",
    "Singapore 2023 guidelines",
    "block 3 of the lecture series",
    "Summer camp 3 was cancelled",
])
def test_look_alikes_are_not_places(text: str) -> None:
    assert spans("address_local", text) == []
