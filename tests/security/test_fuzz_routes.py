"""Issue 13 item 11: no state-changing route answers 500, whatever the body: form fields, file
parts in text fields, JSON documents, raw bytes. (bench/fuzz_routes.py sends 10,000.)"""

from collections import Counter

import pytest

from tests.security.fuzzing import fuzz, routes


@pytest.mark.config(RATELIMITS_ENABLED=False)
def test_no_state_changing_route_answers_500_to_any_body(app):
    statuses, failures = Counter(), []
    found = routes(app)
    assert len(found) > 40  # every POST route, found by walking the URL map
    for route in found:
        fuzz(route, examples=6, statuses=statuses, failures=failures)
    assert failures == []
    assert sum(statuses.values()) >= 6 * len(found)


@pytest.mark.parametrize("path", ["/cases/new", "/cases/{case}/replies", "/cases/{case}/edit"])
def test_a_file_part_in_a_text_field_is_a_message_not_a_500(app, users, path):
    """The reproduction from the issue: multipart with the text fields sent as files."""
    import io

    from clinnet.core.authz import Role
    from tests.cases.factories import make_case
    from tests.helpers import Browser

    author = users[Role.PHYSICIAN]
    case = make_case(author)
    browser = Browser(app.test_client())
    browser.login_as(author)
    data = {"csrf_token": browser.csrf_token(), "title": (io.BytesIO(b"x" * 100), "t.txt"),
            "body": (io.BytesIO(b"Mr. Smith"), "b.txt"), "specialty": "cardiology"}
    response = browser._request("post", path.format(case=case.id), data=data,
                                content_type="multipart/form-data")
    assert response.status_code < 500
