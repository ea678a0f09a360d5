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
