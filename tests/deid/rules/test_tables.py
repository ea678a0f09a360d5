from __future__ import annotations

import pytest

from tests.deid.rules._helpers import found, spans

BOARD = """Clinic list for Monday:

| # | Patient | Hosp No | Age/Sex | Admitted | Issue |
|---|---------|---------|---------|----------|-------|
| 1 | Marsh, Tobias | RX0045512 | 67M | 14/02 | CHF |
| 2 | Oyelaran Dapo; Quill, Netta | WH/23/7781 | 96/F | 3 Jan | falls |
| 3 | n/a | - | 91 days | day 3 | neonate |
"""


def test_a_patient_column_gives_its_cells_the_name_category() -> None:
    assert spans("table_name", BOARD) == ["Marsh, Tobias", "Oyelaran Dapo", "Quill, Netta"]


def test_a_record_number_column_holds_ids_but_not_row_numbers() -> None:
    assert spans("table_id", BOARD) == ["RX0045512", "WH/23/7781"]


def test_an_age_column_holds_ages_only_over_89_and_in_years() -> None:
    assert spans("table_age", BOARD) == ["96"]


def test_an_admission_column_holds_dates_but_not_relative_days() -> None:
    assert spans("table_date", BOARD) == ["14/02", "3 Jan"]


def test_a_two_column_table_is_read_row_by_row() -> None:
    text = ("| Field | Value |\n|---|---|\n| Nombre | Ximena Rulfo Anaya |\n"
            "| Edad | 102 |\n| Diagnosis | Parkinson |\n| Phone | 0812 555 0193 |\n")
    assert spans("table_name", text) == ["Ximena Rulfo Anaya"]
    assert spans("table_age", text) == ["102"]
    assert spans("table_phone", text) == ["0812 555 0193"]


def test_a_table_without_identifier_columns_is_left_alone() -> None:
    text = ("| Drug | Dose | Target |\n|---|---|---|\n| Furosemide | 40 mg | 95 |\n"
            "| Bisoprolol | 2.5 mg | HR 60 |\n")
    assert spans("table_name", text) == []
    assert spans("table_age", text) == []
    assert found("| Drug | Dose |\n|---|---|\n| Ramipril | 95 |\n", "AGE_OVER_89") == []


def test_specialties_and_placeholders_in_a_name_column_are_no_names() -> None:
    text = ("| Consultant | Bed |\n|---|---|\n| Cardiology | 4 |\n| pending | 5 |\n"
            "| Dr Anselm Pike | 6 |\n")
    assert spans("table_name", text) == ["Anselm Pike"]


def test_a_table_pasted_without_its_separator_row() -> None:
    text = ("RM | PT | AGE | CC | DISPO\n"
            "1 | STREET, HAROLD | 91 | CHF exac | admit tele\n"
            "3 | OKAFOR, GRACE | 34 | ?ectopic | OB aware\n")
    assert spans("table_name", text) == ["STREET, HAROLD", "OKAFOR, GRACE"]
    assert spans("table_age", text) == ["91"]


@pytest.mark.parametrize("text", [
    # a chat line with bars, not a table: no header names a kind of identifier
    "BP 120/80 | HR 88 | SpO2 96\nBP 118/76 | HR 84 | SpO2 97\n",
    # one line with bars and nothing under it
    "Plan: CT | LP | bloods\nthen review.\n",
])
def test_lines_with_bars_that_are_no_table(text: str) -> None:
    assert spans("table_name", text) == []
    assert spans("table_age", text) == []


def test_a_column_of_communes_or_health_areas_holds_places() -> None:
    table = ("Code | Nom | Âge | Sexe | Commune | Localité | Début\n"
             "CTC-01 | Jean Pierre | 44 | M | Gros-Morne | Bois Neuf | 02/11\n"
             "CTC-02 | Rose Louis | 6 | F | Gros-Morne | idem | 03/11\n")
    places = found(table, "LOCATION")
    assert "Gros-Morne" in places
    assert "Bois Neuf" in places
    assert "idem" not in places
