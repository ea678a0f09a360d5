from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "expected"), [
    ("Mora na Rua Coronel Aurelio 212, bairro Centro.", "Rua Coronel Aurelio 212"),
    ("vive en Calle 9 #14-20 con su hija", "Calle 9 #14-20"),
    ("address vul. Shevchenka 7, second floor", "vul. Shevchenka 7"),
    ("rumahnya di Jl. Melati No. 5 dekat pasar", "Jl. Melati No. 5"),
    ("lives off Soi Ramkhamhaeng 24 with her son", "Soi Ramkhamhaeng 24"),
    ("wohnt in der Lindenstraße 12 allein", "Lindenstraße 12"),
    ("lives at Kerkstraat 3 in Gent", "Kerkstraat 3"),
    ("Abitava in Via Garibaldi 31 da sola.", "Via Garibaldi 31"),
    ("of Flat 3, 41 Kestrel Road, Leeds", "Flat 3, 41 Kestrel Road"),
    ("ADDRESS: 7/3 Temple Street, Salem", "7/3 Temple Street"),
])
def test_streets_with_the_street_word_first_and_their_numbers(text: str, expected: str) -> None:
    assert expected in spans("street_head_first", text)


@pytest.mark.parametrize("text", [
    "Sent via Lagos to the referral centre.",
    "Rue the day we stopped the statin.",
    "Met at the Plaza near the station.",
    "no pudo caminar por la calle sola",
    "BP 120/80 Heart Rate regular.",
    "Dose 1/2 Tablet Daily.",
])
def test_look_alikes_are_not_streets(text: str) -> None:
    assert spans("street_head_first", text) == []


@pytest.mark.parametrize(("text", "street"), [
    ("Address: ul. Lenina, d. 7, kv. 12, Tula", "ul. Lenina, d. 7, kv. 12"),
    ("vive en Calle 17 No. 452 e/ 4 y 6, Vedado", "Calle 17 No. 452 e/ 4 y 6"),
    ("lives at Cra. 50 # 12-40 apto 201, Laureles", "Cra. 50 # 12-40 apto 201"),
    ("mora na Rua das Flores 112, 2.º dto., Porto", "Rua das Flores 112, 2.o dto."),
    ("from No. 8, Jalan Kenanga 2/4, Taman Bukit", "No. 8, Jalan Kenanga 2/4"),
    ("RESIDENTE IN VIA GARIBALDI 12, 20121 MILANO", "VIA GARIBALDI 12"),
    ("abita in Corso Vittorio Emanuele 44, Napoli", "Corso Vittorio Emanuele 44"),
])
def test_house_flat_and_cross_streets_after_the_number(text: str, street: str) -> None:
    assert street in spans("street_head_first", text)


@pytest.mark.parametrize("text", [
    "O2 VIA FM 40, SATS 95",
    "FEEDS VIA NGT 30 CC/HR",
])
def test_via_in_capital_letter_notes_is_a_route(text: str) -> None:
    assert spans("street_head_first", text) == []
