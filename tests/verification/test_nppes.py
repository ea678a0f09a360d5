"""The NPPES-format adapter against a real local HTTP server answering like the public NPI
Registry API v2.1 (shapes written from its documentation at npiregistry.cms.hhs.gov/api-page)."""

import time

import pytest
from werkzeug import Response

from clinnet.verification.registry import RegistryUnavailable, get_registry

NPI = "9990000009"

FOUND = {
    "result_count": 1,
    "results": [{
        "created_epoch": "1183680000000",
        "enumeration_type": "NPI-1",
        "last_updated_epoch": "1269302400000",
        "number": NPI,
        "addresses": [{
            "country_code": "US", "country_name": "United States", "address_purpose": "LOCATION",
            "address_type": "DOM", "address_1": "1 MAIN ST", "city": "ALBANY", "state": "NY",
            "postal_code": "122070000", "telephone_number": "518-555-0100",
        }],
        "practiceLocations": [],
        "basic": {
            "first_name": "ADA", "last_name": "OKAFOR", "middle_name": "N", "credential": "M.D.",
            "sole_proprietor": "NO", "sex": "F", "enumeration_date": "2007-07-06",
            "last_updated": "2010-03-23", "status": "A", "name_prefix": "Dr.",
        },
        "taxonomies": [
            {"code": "207R00000X", "taxonomy_group": "", "desc": "Internal Medicine",
             "state": "NY", "license": "200101", "primary": True},
            {"code": "207RC0000X", "taxonomy_group": "", "desc": "Cardiovascular Disease",
             "state": "NJ", "license": "25MA0001", "primary": False},
        ],
        "identifiers": [],
        "endpoints": [{
            "endpointType": "DIRECT", "endpointTypeDescription": "Direct Messaging Address",
            "endpoint": "Ada.Okafor@direct.mercy.example", "affiliation": "Y",
            "affiliationName": "Mercy General Hospital", "use": "DIR",
            "useDescription": "Direct", "contentType": "OTHER", "country_code": "US",
        }],
        "other_names": [],
    }],
}


@pytest.fixture
def nppes(app, httpserver):
    app.config.update(REGISTRY="nppes", NPPES_URL=httpserver.url_for("/api/"),
                      REGISTRY_DEADLINE=1.0, NPPES_RETRIES=1)
    return httpserver


def expect(server):
    return server.expect_ordered_request(
        "/api/", query_string={"version": "2.1", "number": NPI})


def test_found_maps_the_documented_fields(nppes):
    expect(nppes).respond_with_json(FOUND)
    record = get_registry().lookup(NPI)
    assert record.number == NPI
    assert record.enumeration_type == "NPI-1"
    assert (record.basic.first_name, record.basic.last_name, record.basic.status) == \
        ("ADA", "OKAFOR", "A")
    assert [(t.code, t.primary, t.state, t.license) for t in record.taxonomies] == [
        ("207R00000X", True, "NY", "200101"), ("207RC0000X", False, "NJ", "25MA0001")]
    # NPPES lists licences without their standing.
    assert [(lic.state, lic.number, lic.status) for lic in record.licences] == [
        ("NY", "200101", None), ("NJ", "25MA0001", None)]
    assert record.contact_email == "ada.okafor@direct.mercy.example"
    assert record.organization == "Mercy General Hospital"
    nppes.check_assertions()


def test_zero_results_is_not_found(nppes):
    expect(nppes).respond_with_json({"result_count": 0, "results": []})
    assert get_registry().lookup(NPI) is None


def test_an_errors_body_is_unavailable(nppes):
    expect(nppes).respond_with_json(
        {"Errors": [{"description": "Field number requires 10 digits", "field": "number",
                     "number": "04"}]})
    with pytest.raises(RegistryUnavailable, match="refused the query: Field number requires"):
        get_registry().lookup(NPI)


def test_a_500_is_retried_once_then_unavailable(nppes):
    expect(nppes).respond_with_data("oops", status=500)
    expect(nppes).respond_with_data("oops", status=503)
    with pytest.raises(RegistryUnavailable, match="HTTP 503"):
        get_registry().lookup(NPI)
    nppes.check_assertions()


def test_one_500_then_an_answer_succeeds(nppes):
    expect(nppes).respond_with_data("oops", status=502)
    expect(nppes).respond_with_json(FOUND)
    assert get_registry().lookup(NPI).basic.last_name == "OKAFOR"


def test_a_timeout_is_unavailable(nppes):
    def slow(request):
        time.sleep(1.5)
        return Response("{}", content_type="application/json")

    nppes.expect_request("/api/").respond_with_handler(slow)
    started = time.monotonic()
    with pytest.raises(RegistryUnavailable, match="timed out"):
        get_registry().lookup(NPI)
    assert time.monotonic() - started < 3


@pytest.mark.parametrize("body", ["<html>Service unavailable</html>", "[1, 2]",
                                  '{"result_count": 1, "results": [{"basic": {}}]}',
                                  '{"results": []}'])
def test_malformed_answers_are_unavailable(nppes, body):
    nppes.expect_request("/api/").respond_with_data(body, content_type="application/json")
    with pytest.raises(RegistryUnavailable, match=r"not JSON|not the documented JSON"):
        get_registry().lookup(NPI)


def test_only_http_addresses_are_accepted(app):
    app.config.update(REGISTRY="nppes", NPPES_URL="file:///etc/passwd")
    with pytest.raises(RegistryUnavailable, match="http"):
        get_registry().lookup(NPI)
