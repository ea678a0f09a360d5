from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "date"), [
    ("Data przyjęcia: 07-XI-2024, wypis 19-XI-2024", "07-XI-2024"),
    ("konzílium 3.VII.2023 na neurologii", "3.VII.2023"),
    ("internare 14 IX 2022, externare", "14 IX 2022"),
    ("spitalizat din 2. XII. 2021", "2. XII. 2021"),
])
def test_a_day_a_roman_month_and_a_year(text: str, date: str) -> None:
    assert spans("roman_month_date", text)[:1] == [date]


@pytest.mark.parametrize("text", [
    "stage IV 2024 cohort, NYHA III 2019",
    "gave 2 IV 2000 ml of saline",
    "12 IV-2024 is no date anyone writes",
    "seen 2 iv 2024 in lower case",
    "day 45 IV 2024 is out of range",
])
def test_stages_classes_volumes_and_mixed_separators_are_no_dates(text: str) -> None:
    assert spans("roman_month_date", text) == []
