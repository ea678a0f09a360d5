"""Logs are JSON lines with a request id, and never hold a password, token, cookie or code."""

import io
import json
import logging

import pytest

from clinnet.core.authz import Role
from clinnet.core.logging import JSONFormatter, RedactingFilter, redact
from tests.helpers import PASSWORD, enrol_two_factor, make_user, totp_code


@pytest.fixture
def log_lines(app):
    """Everything the app logs during the test, formatted as production formats it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JSONFormatter())
    handler.addFilter(RedactingFilter())
    app.logger.addHandler(handler)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines() if line]
    app.logger.removeHandler(handler)


def test_request_id_is_echoed_when_well_formed_and_made_otherwise(client):
    given = client.get("/healthz", headers={"X-Request-ID": "proxy-req-12345678"})
    assert given.headers["X-Request-ID"] == "proxy-req-12345678"
    forged = client.get("/healthz", headers={"X-Request-ID": "<script>alert(1)</script>"})
    assert forged.headers["X-Request-ID"] != "<script>alert(1)</script>"
    assert len(forged.headers["X-Request-ID"]) == 32


def test_security_events_are_json_lines_with_the_request_id(client, users, log_lines):
    client.login_as(users[Role.PHYSICIAN])
    client.get("/admin/", headers={"X-Request-ID": "req-forbidden-0001"})  # 403
    client.post("/auth/logout", csrf=False)  # CSRF failure
    events = {line.get("security_event"): line for line in log_lines()}
    assert events["access_denied"]["request_id"] == "req-forbidden-0001"
    assert events["access_denied"]["user"] == users[Role.PHYSICIAN].id
    assert events["access_denied"]["path"] == "/admin/"
    assert "csrf_failure" in events


@pytest.mark.config(SIGN_IN_FREE_ATTEMPTS=2)
def test_no_secret_reaches_a_log_line(app, client, log_lines):
    member = make_user(Role.PHYSICIAN)
    enrol_two_factor(member)
    code = totp_code(member)
    client.login(member.email, "wrong horse battery staple")
    client.login(member.email, "wrong horse battery staple")  # slows this source down
    cookie_value = "x"
    app.logger.warning("careless: password=%s token=%s code: %s Cookie: clinnet_session=%s",
                       PASSWORD, "tok-abcdef123456", code, "cookie-secret-value")
    app.logger.info("mail body http://localhost/auth/reset/eyJ1IjoxfQ.abc.def link",
                    extra={"body": "A patient note that must not be logged", "otp": code})
    client.post("/auth/reset", {"email": member.email})  # the console of reset links
    text = json.dumps(log_lines())
    for secret in (PASSWORD, "wrong horse battery staple", "tok-abcdef123456", code,
                   "cookie-secret-value", "eyJ1IjoxfQ.abc.def", "A patient note"):
        assert secret not in text, secret
    assert any(line.get("security_event") == "sign_in_alert" for line in log_lines())
    assert cookie_value


@pytest.mark.parametrize(("line", "secret"), [
    ('{"password": "hunter2hunter2"}', "hunter2hunter2"),
    ("csrf_token=abc123def456", "abc123def456"),
    ("Authorization: Bearer abc.def.ghi", "abc.def.ghi"),
    ("SECRET_KEY='s3cr3t-v4lue'", "s3cr3t-v4lue"),
    ("session=.eJwlzjEOwzAIBdC7", ".eJwlzjEOwzAIBdC7"),
])
def test_redaction_patterns(line, secret):
    assert secret not in redact(line)
    assert "[redacted]" in redact(line)
