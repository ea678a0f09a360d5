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


@pytest.mark.parametrize(("text", "address"), [
    ("Lives 27 Harbour Terrace, Port Chalmers 9023 with his wife.",
     "27 Harbour Terrace, Port Chalmers 9023"),
    ("She lives at Flat 4, Glebe House, Rathmines, Dublin D06 X2Y8. Seen today.",
     "Flat 4, Glebe House, Rathmines, Dublin D06 X2Y8"),
    ("Address 92 rue des Tanneurs, app. 5, 67000 Strasbourg. Daughter visits.",
     "92 rue des Tanneurs, app. 5, 67000 Strasbourg"),
    ("Endereço: Rua das Flores, 42, casa C, Boa Viagem, Recife", "Rua das Flores, 42, casa C"),
])
def test_an_address_after_lives_or_a_label_without_a_colon(text: str, address: str) -> None:
    assert any(address in found for found in spans("address_line", text))


def test_a_town_that_is_a_word_goes_with_its_postcode() -> None:
    assert spans("address_line", "Address: 14 Quarry Lane, Reading 6012. Seen today.") == [
        "14 Quarry Lane, Reading 6012"]


@pytest.mark.parametrize("text", [
    "She lives Monday, Wednesday and Friday at her daughter's.",
    "Lives 90 minutes away in Bryan, TX, so follow-up is hard.",
    "lives at Green Acres Village, AF, CHA2DS2-VASc 4.",
    "LIVES W/ DAUGHTER JOY, CONTACT 330 555 0144.",
])
def test_lives_before_what_is_no_address(text: str) -> None:
    assert spans("address_line", text) == []


@pytest.mark.parametrize(("text", "rest"), [
    ("Residência: Rua Alvarenga Peixoto, 318, apto 12, Lourdes, Belo Horizonte, pai presente.",
     "Lourdes, Belo Horizonte"),
    ("He stays at 9 Kōtare Street, Ōtaki 5512; his sister visits.", "Ōtaki 5512"),
])
def test_the_parts_after_a_street_line_go_with_it(text: str, rest: str) -> None:
    from tests.deid.rules._helpers import found
    assert any(rest in f for f in found(text, "LOCATION")), found(text, "LOCATION")


def test_the_parts_stop_at_the_sentence_end() -> None:
    from tests.deid.rules._helpers import found
    flagged = found("Lives at 14 Tui Road, Taupō. Creatinine 212, K 6.1 today.", "LOCATION")
    assert all("Creatinine" not in f for f in flagged), flagged
