from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "address"), [
    ("Adresse: Fjellvegen 118, 2640 Vinstra\nInnlagt 3. mars", "Fjellvegen 118, 2640 Vinstra"),
    ("Address: Rustaveli str. 12, Batumi 6000 Seen today", "Rustaveli str. 12, Batumi 6000"),
    ("Resident: F\u00fczuli k\u00fc\u00e7. 31, m\u0259nzil 8, Bak\u0131 AZ1000 Works: oil",
     "Fuzuli kuc. 31, m\u0259nzil 8, Baki AZ1000"),  # as the normaliser folds it
    ("Address: 2210 Ngwenya Street, Soweto, 1809 Admitted 2024-03-02",
     "2210 Ngwenya Street, Soweto, 1809"),
    ("Address: mkr. Samal-2, d. 11, kv. 7, Astana 010000 Works: miner",
     "mkr. Samal-2, d. 11, kv. 7, Astana 010000"),
    ("Address: 18/3 Nguyen Trai, Phuong 2, Quan 5, TP. Ho Chi Minh. HBV carrier",
     "18/3 Nguyen Trai, Phuong 2, Quan 5, TP. Ho Chi Minh"),
    ("Address: 7/22 Wattle Crescent, Hobart. Seen in clinic", "7/22 Wattle Crescent, Hobart"),
    ("Direcci\u00f3n: Calle Olmo 14, 3\u00ba B, Teruel", "Calle Olmo 14, 3o B, Teruel"),
])
def test_the_address_after_its_label_is_found(text: str, address: str) -> None:
    assert address in spans("address_line", text)


def test_a_korean_label_is_read_as_the_normaliser_leaves_it() -> None:
    from clinnet.deid import scan
    text = "\uc8fc\uc18c: Yeonhui-ro 11-gil 8, Seodaemun-gu, Seoul 03722 Presented"
    assert any(f.text.startswith("Yeonhui-ro 11-gil 8") for f in scan(text))


def test_a_chinese_street_address_is_found() -> None:
    text = "\u5bb6\u5c5e lives at \u4e2d\u5c71\u8def 12\u53f7 5\u5e62 301, can come"
    assert "\u4e2d\u5c71\u8def 12\u53f7 5\u5e62 301" in spans("address_line", text)


@pytest.mark.parametrize("text", [
    "Address: unknown, lives with daughter",
    "We need to address: fluids, then insulin",
    "Address: see above",
    "Address: NFA",
])
def test_no_address_is_not_found(text: str) -> None:
    assert spans("address_line", text) == []
