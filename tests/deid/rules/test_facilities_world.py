from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "facility"), [
    ("transférée au CHU de Rouen hier soir", "CHU de Rouen"),
    ("résident de l'EHPAD Les Tilleuls depuis 2021", "EHPAD Les Tilleuls"),
    ("dirujuk ke RSUD Cengkareng Kamis 4/4", "RSUD Cengkareng"),
    ("kontrol di RS Mitra Keluarga bulan lalu", "RS Mitra Keluarga"),
    ("referred to RSUP Dr. Kariadi for ERCP", "RSUP Dr. Kariadi"),
    ("internat la Spitalul Județean Arad cu pneumonie", "Spitalul Judetean Arad"),
    ("suivi au Centre Hospitalier de Cholet, service de gériatrie",
     "Centre Hospitalier de Cholet"),
    ("operado no Hospital das Clínicas de Porto Alegre", "Hospital das Clinicas de Porto Alegre"),
    ("control en la UMF 28 del IMSS", "UMF 28"),
])
def test_hospitals_named_the_way_other_countries_name_them(text: str, facility: str) -> None:
    assert facility in spans("world_facility", text)


@pytest.mark.parametrize("text", [
    "RS Clear, CVS S1S2 no murmur",
    "CHI 3 on the scale",
    "ingresó al hospital de la zona",
    "lo vieron en el Hospital de Día",
    "un Centre Hospitalier Universitaire, pas une clinique",
])
def test_kinds_of_hospital_and_look_alikes_are_left(text: str) -> None:
    assert spans("world_facility", text) == []
