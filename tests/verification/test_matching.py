"""Each matching rule on its own, then `evaluate` for every outcome."""

from datetime import date

import pytest

from clinnet.verification.matching import (
    Claim,
    Outcome,
    email_domain_matches,
    evaluate,
    first_name_matches,
    fold_name,
    normalise_licence_number,
)
from clinnet.verification.registry import Basic, Licence, RegistryRecord, Taxonomy

TODAY = date(2026, 11, 21)


def record(**overrides) -> RegistryRecord:
    values = {
        "number": "9990000009", "enumeration_type": "NPI-1",
        "basic": Basic(first_name="ADA", last_name="OKAFOR", credential="MD", status="A"),
        "taxonomies": (Taxonomy("207R00000X", "Internal Medicine", True, "NY", "200101"),),
        "licences": (Licence("NY", "200101", "active", date(2030, 6, 30)),),
        "contact_email": "ada@mercy.example", "organization": "Mercy",
        "organization_domain": "mercy.example",
    }
    values.update(overrides)
    return RegistryRecord(**values)


def claim(**overrides) -> Claim:
    values = {"npi": "9990000009", "license_state": "NY", "license_number": "200101",
              "first_name": "Ada", "last_name": "Okafor"}
    values.update(overrides)
    return Claim(**values)


def fields(result):
    return [r.field for r in result.reasons]


@pytest.mark.parametrize(("a", "b"), [
    ("Okafor", "OKAFOR"), ("Núñez", "NUNEZ"), ("O'Brien", "OBRIEN"), ("O\u2019Brien", "O BRIEN"),
    ("Marín-O'Neil", "MARIN ONEIL"), ("van der Berg", "VANDERBERG"), ("Straße", "STRASSE"),
])
def test_last_names_equal_after_folding(a, b):
    assert fold_name(a) == fold_name(b)
    assert evaluate(claim(last_name=a), record(basic=Basic("ADA", b)), TODAY).outcome == \
        Outcome.MATCH


def test_a_different_last_name_is_a_mismatch_in_words():
    result = evaluate(claim(last_name="Okafur"), record(), TODAY)
    assert result.outcome == Outcome.MISMATCH
    assert [r.text for r in result.reasons] == [
        "last name 'Okafur' does not match the registry's 'OKAFOR'"]


@pytest.mark.parametrize(("claimed", "registered", "ok"), [
    ("Ada", "ADA", True), ("A.", "ADA", True), ("A", "ADA", True), ("Ada", "A", True),
    ("Adé", "ADE", True), ("Adam", "ADA", False), ("B.", "ADA", False), ("", "ADA", False),
])
def test_first_name_equal_or_an_initial(claimed, registered, ok):
    assert first_name_matches(claimed, registered) is ok


@pytest.mark.parametrize(("typed", "listed"), [
    ("A-012345", "A12345"), ("a 12345", "A12345"), ("0045678", "45678"), ("ME 99871", "ME99871"),
    ("036-112233", "36112233"),
])
def test_licence_numbers_are_normalised(typed, listed):
    assert normalise_licence_number(typed) == normalise_licence_number(listed)


def test_licence_in_another_state_or_with_another_number_is_not_found():
    assert fields(evaluate(claim(license_state="NJ"), record(), TODAY)) == ["license_number"]
    result = evaluate(claim(license_number="200102"), record(), TODAY)
    assert "licence NY 200102 is not among the record's licences (it lists: NY 200101)" in \
        result.reasons[0].text


@pytest.mark.parametrize(("status", "expires", "words"), [
    ("expired", date(2024, 1, 31), "licence NY 200101 is expired"),
    ("suspended", date(2030, 1, 1), "licence NY 200101 is suspended"),
    ("revoked", None, "licence NY 200101 is revoked"),
    ("probation", date(2030, 1, 1), "licence NY 200101 is on probation"),
    ("active", date(2026, 11, 20), "licence NY 200101 expired on 2026-11-20"),
    (None, None, "the registry does not report the standing of licence NY 200101"),
])
def test_licence_must_be_active_and_unexpired(status, expires, words):
    result = evaluate(claim(), record(licences=(Licence("NY", "200101", status, expires),)),
                      TODAY)
    assert result.outcome == Outcome.MISMATCH
    assert words in result.reasons[0].text


def test_licence_expiring_today_still_counts():
    rec = record(licences=(Licence("NY", "200101", "active", TODAY),))
    assert evaluate(claim(), rec, TODAY).outcome == Outcome.MATCH


def test_organisation_and_deactivated_npis_are_refused():
    org = evaluate(claim(), record(enumeration_type="NPI-2"), TODAY)
    assert fields(org) == ["enumeration_type"]
    gone = evaluate(claim(), record(basic=Basic("ADA", "OKAFOR", status="D")), TODAY)
    assert fields(gone) == ["npi_status"]


def test_taxonomy_must_be_a_physician_one_and_prefixes_are_configurable():
    nurse = record(taxonomies=(Taxonomy("363L00000X", "Nurse Practitioner"),))
    result = evaluate(claim(), nurse, TODAY)
    assert fields(result) == ["taxonomy"]
    assert "363L00000X Nurse Practitioner" in result.reasons[0].text
    assert evaluate(claim(), record(taxonomies=(Taxonomy("2084N0400X"),)), TODAY).outcome == \
        Outcome.MATCH
    assert evaluate(claim(), nurse, TODAY, prefixes=("363L",)).outcome == Outcome.MATCH


def test_every_failing_rule_is_reported_at_once():
    bad = record(basic=Basic("BOB", "SMITH"), taxonomies=(Taxonomy("363L00000X"),),
                 licences=(Licence("NY", "200101", "revoked"),))
    assert fields(evaluate(claim(), bad, TODAY)) == [
        "last_name", "first_name", "license_status", "taxonomy"]


def test_outcomes_match_and_not_found():
    assert evaluate(claim(), record(), TODAY).outcome == Outcome.MATCH
    assert evaluate(claim(), record(), TODAY).reasons == ()
    assert evaluate(claim(), None, TODAY).outcome == Outcome.NOT_FOUND


def test_email_domain_against_the_organisation():
    assert email_domain_matches("ada@mercy.example", record()) is True
    assert email_domain_matches("ada@mail.mercy.example", record()) is True
    assert email_domain_matches("ada@gmail.example", record()) is False
    assert email_domain_matches("ada@evilmercy.example", record()) is False
    none = record(contact_email=None, organization_domain=None)
    assert email_domain_matches("ada@mercy.example", none) is None
