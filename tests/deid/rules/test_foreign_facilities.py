from __future__ import annotations

import pytest

from clinnet.deid import LOCATION
from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "facility"), [
    ("thyroidectomy in 2023 at Szpital Miejski w Kartuzach, then", "Szpital Miejski w Kartuzach"),
    ("referred from B\u1ec7nh vi\u1ec7n \u0110a khoa T\u00e2n Ph\u00fa yesterday",
     "B\u1ec7nh vi\u1ec7n \u0110a khoa T\u00e2n Ph\u00fa"),
    ("she cleans at Iglesia Bautista Nueva Esperanza on weekends",
     "Iglesia Bautista Nueva Esperanza"),
    ("a teacher at Szko\u0142a Podstawowa nr 4 w Rumi", "Szko\u0142a Podstawowa nr 4 w Rumi"),
    ("he went to Op\u0161ta bolnica \u010ca\u010dak with a red eye",
     "Op\u0161ta bolnica \u010ca\u010dak"),
    ("tumour board, Presidio Ospedaliero di Cetraro, gioved\u00ec",
     "Presidio Ospedaliero di Cetraro"),
    ("from our list at Sj\u00fakrah\u00fasi\u00f0 \u00e1 \u00cdsafir\u00f0i, gj\u00f6rg\u00e6sla",
     "Sj\u00fakrah\u00fasi\u00f0 \u00e1 \u00cdsafir\u00f0i"),
])
def test_a_facility_named_in_another_language_is_a_place(text: str, facility: str) -> None:
    assert found(text, LOCATION) == [facility]


@pytest.mark.parametrize("text", [
    "la escuela de su barrio cerr\u00f3",
    "in the hospital overnight",
    "Ecole-style teaching rounds",
])
def test_the_words_alone_are_not_a_facility(text: str) -> None:
    assert spans("foreign_facility", text) == []


@pytest.mark.parametrize(("text", "facility"), [
    ("referred from Centre de Santé Petit Goâve II", "Centre de Sante Petit Goave II"),
    ("first dose at the dispensaire Ain Chock yesterday", "dispensaire Ain Chock"),
    ("hoidettu Porin keskussairaala osastolla", "Porin keskussairaala"),
    ("elev vid Tallbackens gymnasium i Luleå", "Tallbackens gymnasium"),
    ("lakó, Kossuth úti Háziorvosi Rendelő", "Kossuth uti Haziorvosi Rendelo"),
    ("derechohabiente de la HGZ No. 8 en Toluca", "HGZ No. 8"),
])
def test_facilities_named_before_their_head_or_by_number(text: str, facility: str) -> None:
    assert facility in spans("foreign_facility", text)


@pytest.mark.parametrize("text", [
    "The gymnasium at school was closed",
    "a Megyei Kórház belgyógyászata",
    "Háziorvosi Rendelő nyitva",
    "HGZ levels were normal",
])
def test_generic_heads_alone_are_not_facilities(text: str) -> None:
    assert spans("foreign_facility", text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("Intensiviste à l'Hôpital Sainte-Brigitte de Trois-Rivières.",
     "Hôpital Sainte-Brigitte de Trois-Rivières"),
    ("Ricoverata dell'Ospedale Santa Croce ieri.", "Ospedale Santa Croce"),
])
def test_a_head_after_an_elided_article(text: str, place: str) -> None:
    assert place in found(text, "LOCATION")


@pytest.mark.parametrize(("text", "facility"), [
    ("Lähete: Tampereen sydänkeskus, kardiologian osasto", "Tampereen sydänkeskus"),
    ("went straight to the lab at Oulun sydänyksikkö, 30 km away", "Oulun sydänyksikkö"),
    ("She teaches at Västerby skola and wants to keep working", "Västerby skola"),
    ("DISCHARGE SUMMARY Hospitali ya Wilaya Mvomero", "Hospitali ya Wilaya Mvomero"),
    ("treated at the Instituto de Oncologia do Tejo. His mother", "Instituto de Oncologia do Tejo"),
])
def test_facility_words_of_more_languages(text: str, facility: str) -> None:
    assert any(facility in f for f in found(text, LOCATION)), found(text, LOCATION)


def test_a_school_word_with_no_name_is_none() -> None:
    assert spans("foreign_facility", "Barnen går i skola varje dag.") == []


@pytest.mark.parametrize(("text", "facility"), [
    ("chuyển từ Trung tâm Y tế huyện Phong Điền lúc 3 giờ",
     "Trung tâm Y tế huyện Phong Điền"),
    ("sinh tại Trạm Y tế xã Hương Vinh, 2 giờ sau chuyển", "Trạm Y tế xã Hương Vinh"),
])
def test_a_vietnamese_centre_or_commune_station_whole(text: str, facility: str) -> None:
    assert facility in found(text, LOCATION)


def test_two_lower_case_words_after_another_language_s_name_end_it() -> None:
    """Only a Vietnamese name holds two words in lower case: after a Turkish one they are
    the sentence ("neurology since ...")."""
    from clinnet.deid import scan

    texts = [f.text for f in scan("followed at Moda Devlet Hastanesi neurology since Ekim 2022")]
    assert "Moda Devlet Hastanesi" in texts
    assert all("since" not in t for t in texts)
