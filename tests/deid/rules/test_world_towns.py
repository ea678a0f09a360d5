from __future__ import annotations

import pytest

from clinnet.deid import lexicons
from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "town"), [
    ("Community clinic, Szombathely. Question about a statin.", "Szombathely"),
    ("She moved back to Kraljevo, 4 people in two rooms.", "Kraljevo"),
    ("Teleconsult: he farms outside Kisumu and cannot travel.", "Kisumu"),
    ("Referral from Rovaniemi (winter only).", "Rovaniemi"),
    ("kotikaynti, rovaniemi, pt 54m with copd", "rovaniemi"),
])
def test_a_town_of_another_country_is_a_place(text: str, town: str) -> None:
    assert town in spans("world_town", text)


def test_diacritics_as_written_or_folded_are_the_same_town() -> None:
    assert spans("world_town", "Lives in Hódmezővásárhely with her son.") == [
        "Hodmezovasarhely"]
    assert spans("world_town", "Lives in Hodmezovasarhely with her son.") == [
        "Hodmezovasarhely"]
    assert found("Clinic note, Jyväskylä.", "LOCATION") == ["Jyväskylä"]
    # a letter written as two in the town's own country: "Århus" is also "Aarhus"
    assert spans("world_town", "Ambulatorium, Aalborg.") == ["Aalborg"]


@pytest.mark.parametrize(("text", "place"), [
    ("Adresa: 779 00 Olomouc, 2nd floor", "779 00 Olomouc"),
    ("Cím: 6720 Szeged, first floor", "6720 Szeged"),
    ("Adresse: 5000 Odense C, stuen", "5000 Odense C"),
    ("lives at 4 Banksia Way, Dubbo NSW 2830 with mum", "Dubbo NSW 2830"),
    ("Kontakt: Tromso 9008, Norway", "Tromso 9008"),
])
def test_a_postcode_beside_the_town_is_part_of_it(text: str, place: str) -> None:
    assert place in spans("world_town", text)


@pytest.mark.parametrize(("text", "town"), [
    ("She was born in Split and moved at ten.", "Split"),
    ("Family still lives near Sale, United Kingdom.", "Sale"),
    ("moved to Kimberley last spring", "Kimberley"),
])
def test_a_town_that_is_also_a_word_or_name_needs_place_context(text: str, town: str) -> None:
    assert town in spans("world_town", text)


@pytest.mark.parametrize("text", [
    "In most cases the split dose works; nice result.",
    "Kimberley reviewed the chart.",
    "Split the dose twice daily.",
    "AT THE TIME OF TRANSFER PT WAS STABLE",
    "the Edinburgh Postnatal Depression Scale and the Tokyo Guidelines",
    "Hb Zurich and Hb Malmo are unstable variants",
    "Kigali modification of the Berlin definition",
    "Baghdad boil, Jaipur foot",
    "Dr. Kisumu reviewed her",
    "Budapest vs Prague criteria",
    "Lille 0.62 at day 7",
    "Kashin-Beck disease",
    "Tromso 2019 cohort",
    "Pager # 54321 \nTime 3:00pm",
    "Oyo State and Punjab province",
    "Lives in Ontario, Canada.",
])
def test_words_eponyms_and_named_things_are_not_towns(text: str) -> None:
    assert spans("world_town", text) == []


def test_regions_and_countries_are_not_in_the_gazetteer() -> None:
    towns = lexicons.world_towns()
    for region in ("punjab", "ontario", "bavaria", "queensland", "canada", "india"):
        assert not any(parts == (region,) for parts, _ in towns.get(region, ()))


@pytest.mark.parametrize(("text", "towns"), [
    ("anyone in kisumu or eldoret with antivenom? pt 34M, BP 90/60", ["kisumu", "eldoret"]),
    ("Transfer request: she wants to die in rovaniemi, not here. GCS 14", ["rovaniemi"]),
    ("Hon fick sin stent i linköping 2/3, nu ont igen", ["linköping"]),
])
def test_a_town_typed_in_lower_case_after_a_place_word(text: str, towns: list[str]) -> None:
    assert sorted(found(text, "LOCATION")) == sorted(towns)


@pytest.mark.parametrize("text", [
    "Dose in terrace-style units? Rx from baseline, Ca 2.4",
    "El senyor Josep Pujol i Vidal (91) viu sol",
    "anyone in charge or covering tonight? Bed 4 needs a review",
])
def test_words_after_place_words_and_catalan_joined_names_are_not_towns(text: str) -> None:
    assert spans("world_town", text) == []
