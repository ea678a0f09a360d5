# ruff: noqa: RUF001 (Turkish and other languages' letters are the data)
from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "age"), [
    ("Don Evaristo, 94 años, con disnea", "94"),
    ("Sr. Joaquim, 91 anos, acamado", "91"),
    ("Mme Roux, 96 ans, chute à domicile", "96"),
    ("la signora, 93 anni, vive sola", "93"),
    ("mevrouw is 92 jaar en woont alleen", "92"),
    ("Herr K., 95 Jahre alt, Sturz", "95"),
    ("kvinna, 90 år gammal, med yrsel", "90"),
    ("hasta 97 yaşında, evde düştü", "97"),
    ("cụ ông 93 tuổi, sốt 3 ngày", "93"),
    ("Ibu S, 91 tahun, sesak", "91"),
    ("pani lat 92? nie, pani ma 92 lat", "92"),
    ("a beteg 94 éves", "94"),
    ("potilas on 96 vuotias", "96"),
    ("κυρία 93 ετών με πυρετό", "93"),
    ("бабушка, 95 лет, одышка", "95"),
    ("un anciano de 101 años de edad", "101"),
])
def test_ages_in_other_languages(text: str, age: str) -> None:
    assert age in spans("age_world_words", text)


@pytest.mark.parametrize("text", [
    "hace 90 años que fuma",
    "seit 95 Jahren verheiratet",
    "fuma desde hace 92 anos? no, durante 91 anos",
    "64 años, tabaquismo",
    "depuis 90 ans dans la famille",
    "ferritin 1,95 anos",
])
def test_durations_and_younger_ages_are_left(text: str) -> None:
    assert spans("age_world_words", text) == []


@pytest.mark.parametrize(("text", "age"), [
    ("患者: 中村 トメ 様, 97歳, 女性", "97"),
    ("姓名 王秀英 年龄 92 住址 北京", "92"),
    ("Frau Lenz (Gisela), 93 J., wohnt allein", "93"),
    ("Aino Virtanen, 95 v., asuu kotona", "95"),
])
def test_ages_in_east_asian_scripts_and_cut_short(text: str, age: str) -> None:
    assert age in spans("age_world_words", text)


@pytest.mark.parametrize("text", [
    "血压 95/60, 体重 91 kg",
    "Gruppe J. 92 Seiten, S. 95 ff.",
])
def test_numbers_beside_cjk_values_or_pages_are_no_ages(text: str) -> None:
    assert spans("age_world_words", text) == []
