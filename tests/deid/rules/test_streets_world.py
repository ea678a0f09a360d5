from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "expected"), [
    ("Lakik: 1032 Budapest, Bécsi út 17. II/4. Telefon", "Becsi ut 17. II/4"),
    ("bor på Kungsgatan 8 i Lund", "Kungsgatan 8"),
    ("adresse Nørre Allé 14, 3. tv., 2200 København", "Norre Alle 14, 3. tv."),
    ("asuu Pispalan valtatie 41 yksin", "Pispalan valtatie 41"),
    ("bor på Søndervej 9 med sønnen", "Sondervej 9"),
    ("woont aan de Molenweg 12 in Zwolle", "Molenweg 12"),
    ("lives at Olavs gate 3", "Olavs gate 3"),
    ("bydlí Lidická třída 40", "Lidicka trida 40"),
    ("MVA on the Warrego Hwy near the turn-off", "Warrego Hwy"),
    ("found sitting by Anzac Pde after midnight", "Anzac Pde"),
    ("lives at 9 Wattlebird Cres, Morphett Vale", "9 Wattlebird Cres"),
    ("address forty two saman tree drive arima full stop", "forty two saman tree drive"),
    ("he stays on mcnulty road with his aunt", "mcnulty road"),
    ("fell off a moped on route de Tabarka km 12 at dusk", "route de Tabarka km 12"),
    ("lives at No. 5, Aly. 3, Ln. 20, Minquan Rd., Xinzhuang",
     "No. 5, Aly. 3, Ln. 20, Minquan Rd."),
    ("moved to Sanchong Dist. last year", "Sanchong Dist."),
    ("Address: Nerima-ku Shakujii 2-8-11", "Nerima-ku Shakujii 2-8-11"),
    ("住所 〒170-0013 東京", "〒170-0013"),
    ("ADDRESS: LOT 7 CANE GARDEN, ST. PHILIP", "LOT 7 CANE GARDEN"),
    ("they still live at 1840 SW 122nd Ave, unit 3", "1840 SW 122nd Ave"),
])
def test_streets_of_other_countries_and_in_lower_case(text: str, expected: str) -> None:
    assert expected in spans("street_world", text)


@pytest.mark.parametrize("text", [
    "Boarding at Gate 12 when he collapsed.",
    "Tumour regression Mandard TRG 2 after chemo.",
    "Hypoxic Drive was blunted.",
    "echo: 4 Chamber View normal",
    "walked on the main road to the clinic",
    "he walks on foot road to school",
    "Lot 12 of the vaccine was used.",
    "the patient tied 4 knots",
    "Route of administration: IV",
    "gave 2 of 3rd St John's doses",
])
def test_look_alikes_are_not_streets(text: str) -> None:
    assert spans("street_world", text) == []


@pytest.mark.parametrize(("text", "address"), [
    ("Address Bongeunsa-ro 44-gil 17, Gangnam-gu, Seoul", "Bongeunsa-ro 44-gil 17"),
    ("press operator, 88 Maegoksaneop 3-gil, Buk-gu, Ulsan", "88 Maegoksaneop 3-gil"),
    ("Address: Okpo 1-dong, Geoje-si", "Okpo 1-dong"),
])
def test_korean_road_name_addresses(text: str, address: str) -> None:
    assert any(address in s for s in spans("street_world", text)), spans("street_world", text)
