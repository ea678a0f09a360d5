"""The stub registry: its CSV format, `clinnet registry import`, and live reloading."""

import os

import pytest

from clinnet.verification.registry import (
    CsvRegistry,
    RegistryFileError,
    RegistryUnavailable,
    get_registry,
    parse_csv,
)
from tests.verification.util import HEADER, csv_text, row


def test_rows_of_one_npi_become_one_record_with_every_licence():
    text = csv_text(row(), row(license_state="NJ", license_number="25MA1", taxonomy_primary="N",
                               license_status="expired", license_expires="2020-01-31"))
    record = parse_csv(text)["9990000009"]
    assert record.basic.last_name == "OKAFOR"
    assert [(lic.state, lic.status) for lic in record.licences] == [("NY", "active"),
                                                                    ("NJ", "expired")]
    assert [t.primary for t in record.taxonomies] == [True, False]
    assert record.contact_email == "ada@mercy.example"


@pytest.mark.parametrize(("bad_row", "message"), [
    (row(npi="1990000007"), "npi '1990000007' is not a valid NPI (check the number"),
    (row(npi="19900"), "is not a valid NPI (an npi is exactly 10 digits.)"),
    (row(license_expires="2030-02-30"), "license_expires '2030-02-30' is not a date"),
    (row(license_expires="31/01/2030"), "is not a date (YYYY-MM-DD)"),
    (row(license_state="XX"), "license_state 'XX' is not a US state or territory code"),
    (row(license_status="lapsed"), "license_status must be one of active, expired"),
    (row(enumeration_type="NPI-3"), "enumeration_type must be NPI-1"),
    (row(last_name=""), "last_name is empty"),
    (row(taxonomy_code="207R"), "taxonomy_code '207R' is not a 10-character taxonomy code"),
    (row(first_name="A" * 81), "first_name is longer than 80 characters"),
    (row(first_name="Ada\x07"), "first_name holds control characters"),
    (row(contact_email="not-an-address"), "contact_email 'not-an-address' is not an email"),
    (row() + ",extra", "expected 17 fields"),
    (",".join(row().split(",")[:-2]), "expected 17 fields"),
])
def test_bad_rows_are_reported_by_line(bad_row, message):
    with pytest.raises(RegistryFileError) as caught:
        parse_csv(csv_text(row(), bad_row))
    assert [line for line, _ in caught.value.problems] == [3]
    assert message in caught.value.problems[0][1]


def test_missing_columns_and_disagreeing_rows_are_reported():
    with pytest.raises(RegistryFileError) as caught:
        parse_csv(HEADER.replace(",license_expires", "") + "\n")
    assert caught.value.problems == [(1, "missing columns: license_expires")]
    with pytest.raises(RegistryFileError) as caught:
        parse_csv(csv_text(row(), row(last_name="OKAFOR-SMITH", license_number="2")))
    assert caught.value.problems == [(3, "last_name differs from line 2 for NPI 9990000009")]
    with pytest.raises(RegistryFileError) as caught:
        parse_csv(HEADER + "\n")
    assert caught.value.problems == [(1, "the file holds no records")]


def test_import_installs_a_good_file(app, tmp_path):
    app.config["REGISTRY_CSV"] = str(tmp_path / "installed.csv")
    source = tmp_path / "new.csv"
    source.write_text(csv_text(row()), encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["registry", "import", str(source)])
    assert result.exit_code == 0, result.output
    assert "Installed 1 NPI record(s)" in result.output
    assert get_registry().lookup("9990000009").basic.first_name == "ADA"


def test_import_of_a_bad_file_loads_nothing(app, registry, tmp_path):
    before = registry.read_bytes()
    source = tmp_path / "bad.csv"
    source.write_text(csv_text(row(), row(npi="9990000017"), row(npi="123", license_expires="x")),
                      encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["registry", "import", str(source)])
    assert result.exit_code != 0
    assert "line 4: npi '123' is not a valid NPI" in result.output
    assert "line 4: license_expires 'x' is not a date" in result.output
    assert "nothing was loaded" in result.output
    assert registry.read_bytes() == before


def test_import_refuses_a_file_that_is_not_utf8(app, registry, tmp_path):
    source = tmp_path / "latin1.csv"
    source.write_bytes(csv_text(row(first_name="JOSÉ")).encode("latin-1"))
    result = app.test_cli_runner().invoke(args=["registry", "import", str(source)])
    assert result.exit_code != 0
    assert "not UTF-8" in result.output


def test_changes_to_the_file_are_picked_up_without_restart(tmp_path):
    path = tmp_path / "registry.csv"
    path.write_text(csv_text(row()), encoding="utf-8")
    registry = CsvRegistry(path)
    assert registry.lookup("9990000017") is None
    path.write_text(csv_text(row(), row(npi="9990000017", license_number="7")),
                    encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # coarse clocks
    assert registry.lookup("9990000017") is not None


def test_a_missing_or_broken_file_is_an_outage_not_a_not_found(tmp_path):
    with pytest.raises(RegistryUnavailable, match="is missing"):
        CsvRegistry(tmp_path / "none.csv").lookup("9990000009")
    broken = tmp_path / "broken.csv"
    broken.write_text("npi\n1\n", encoding="utf-8")
    with pytest.raises(RegistryUnavailable, match="cannot be read"):
        CsvRegistry(broken).lookup("9990000009")
