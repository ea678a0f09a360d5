from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "place"), [
    ("stayed 3 weeks in barangay Santa Cruz Norte during the floods", "Santa Cruz Norte"),
    ("from vereda El Porvenir, municipio de Quibd\u00f3", "El Porvenir"),
    ("writing from a clinic in Dadaab Camp 2 this week", "Dadaab Camp 2"),
    ("died at home in Possum Ridge, AR, with family", "Possum Ridge"),
    # head words after the name: a language's own are part of it, an English one when
    # capitalised
    ("herder boy from Tsagaan-Uul soum, Khovd aimag, admitted", "Tsagaan-Uul soum"),
    ("herder boy from Tsagaan-Uul soum, Khovd aimag, admitted", "Khovd aimag"),
    ("lives in Sabirabad rayonu with her son", "Sabirabad rayonu"),
    ("Bor i Sorsele, Arjeplogs kommun, 4 mil", "Arjeplogs kommun"),
    ("Address: Ward No. 7, Sikles, Madi Rural Municipality", "Madi Rural Municipality"),
    ("Address: Ward No. 7, Sikles, Madi Rural Municipality", "Ward No. 7"),
    ("came from Jalalabad camp district 3 today", "Jalalabad"),
    ("Facility: Dire Health Centre, Hamer woreda\nPatient name: Abebe", "Hamer"),
])
def test_a_named_local_subdivision_is_a_place(text: str, place: str) -> None:
    assert place in spans("local_subdivision", text)


@pytest.mark.parametrize("text", [
    "the ward was busy overnight",
    "seen by Smith, MD yesterday",
    "in the Nursing ward",
    "Base camp at 5000 m, then the boot camp",
    "Lives in the municipality near the river",
])
def test_words_for_subdivisions_alone_are_not_places(text: str) -> None:
    assert spans("local_subdivision", text) == []


def test_a_heading_names_nothing_on_the_next_line() -> None:
    assert "Patient" not in spans("local_subdivision", "Hamer woreda\nPatient name: Abebe")


@pytest.mark.parametrize(("text", "place"), [
    ("mora no bairro Jardim das Flores com a filha", "bairro Jardim das Flores"),
    ("tinggal di Desa Sukamaju dekat pasar", "Desa Sukamaju"),
    ("a family in Ph\u01b0\u1eddng 9 since March", "Phuong 9"),
    ("from Zone 4, near the taxi rank", "Zone 4"),
    ("village Chak 112 NB, cotton picker", "Chak 112 NB"),
    ("evde, Yenikent mahallesi", "Yenikent mahallesi"),
    ("born at home in Korapur village", "Korapur"),
])
def test_foreign_subdivision_words_before_or_after_the_name(text: str, place: str) -> None:
    assert place in spans("local_subdivision", text)


@pytest.mark.parametrize("text", [
    "zone 2 fracture of the fifth metatarsal",
    "ROP in zone II, stage 3",
    "REBOA deployed in Zone 1, then Zone 3 for the pelvis",
    "Zone II penetrating neck injury, stable",
    "seen in the village clinic",
    "the same village as her mother",
])
def test_subdivision_words_in_prose_are_not_places(text: str) -> None:
    assert spans("local_subdivision", text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("a farmer from huyện Đan Phượng, Hà Nội", "Dan Phuong"),
    ("vive en distrito de Huancaya, Lima", "Huancaya"),
    ("freguesia de Cedofeita, Porto", "Cedofeita"),
    ("tick bite in Zhambyl district last week", "Zhambyl district"),
])
def test_district_words_of_more_countries(text: str, place: str) -> None:
    assert place in spans("local_subdivision", text)


def test_a_capitalised_district_is_left_to_other_rules() -> None:
    assert spans("local_subdivision", "The Lake District is lovely") == []


@pytest.mark.parametrize(("text", "place"), [
    ("pacienta din Dej, jud. Cluj, HER2 pozitiv", "Cluj"),
    ("domiciliat în municipiul Turda, strada Libertății", "Turda"),
    ("zam. Biskupice, gm. Niepolomice, brak alergii", "Niepolomice"),
    ("bydliště Polička, okres Svitavy\nDiagnóza: ADPKD", "Svitavy"),
])
def test_romanian_polish_and_czech_counties_and_communes(text: str, place: str) -> None:
    assert spans("local_subdivision", text) == [place]


@pytest.mark.parametrize("text", [
    "email her at ana.pop@mail.com. Thank you",
    "the okres word alone, the gmina and the powiat in a lecture",
])
def test_a_domain_end_or_a_word_alone_is_no_county(text: str) -> None:
    assert spans("local_subdivision", text) == []
