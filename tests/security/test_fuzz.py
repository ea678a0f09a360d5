"""Property-based fuzzing of every form: whatever is typed, no 500, and input the form refuses
changes nothing. Forms are found by walking the URL map, so new ones are fuzzed as they land."""

from __future__ import annotations

import re

import pytest
from flask import url_for
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from clinnet.accounts.models import User, UserSession
from clinnet.extensions import db
from tests.security import walk

# Fields every form gets, whether or not it has them (unknown fields must be ignored).
COMMON_FIELDS = ("email", "password", "code", "current_password", "new_password", "next")
_INPUT_NAME = re.compile(r'<(?:input|textarea|select)[^>]*\bname="([^"]+)"', re.I)

text_values = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=100, max_size=300),
    st.sampled_from(["", " ", "\x00", "a" * 5000, "0" * 6, "%00", "../../etc/passwd",
                     "' OR 1=1 --", "${7*7}", "{{7*7}}", "\r\nX-Injected: 1", "\ud7ff"]),
)


def _state():
    users = db.session.execute(select(User.id, User.email, User.password_hash, User.role,
                                      User.status, User.totp_secret)).all()
    return users, db.session.scalar(select(func.count()).select_from(UserSession))


def _form_fields(browser, url) -> list[str]:
    page = browser.get(url)
    names = set(_INPUT_NAME.findall(page.get_data(as_text=True))) if page.status_code == 200 \
        else set()
    return sorted((names | set(COMMON_FIELDS)) - {"csrf_token"})


def _form_endpoints(app):
    """Every POST route that has a page of its own with a form (GET and POST)."""
    return sorted(rule.endpoint for rule in walk.rules(app, "POST") if "GET" in rule.methods)


def test_the_fuzzed_forms_include_the_account_forms(app):
    assert {"auth.login", "auth.register", "auth.reset_request", "auth.verify_code",
            "account.change_password", "account.change_email", "account.two_factor",
            "account.reauthenticate"} <= set(_form_endpoints(app))


@pytest.mark.config(RATELIMITS_ENABLED=False)
def test_no_form_answers_500_or_changes_state_on_refused_input(app):
    for endpoint in _form_endpoints(app):
        _fuzz(app, endpoint)


def _fuzz(app, endpoint):
    user = walk.member_for(app, endpoint)
    browser = walk.signed_in(app, user)
    with app.test_request_context():
        url = url_for(endpoint, **walk.url_values(endpoint, user))
    fields = _form_fields(browser, url)

    @settings(max_examples=12, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow])
    @given(values=st.fixed_dictionaries(dict.fromkeys(fields, text_values)))
    def post_refused_input(values):
        before = _state()
        response = browser.post(url, values)
        assert response.status_code < 500, (endpoint, values)
        if response.status_code == 200 or 400 <= response.status_code < 500:
            assert _state() == before, (endpoint, values)  # refused: nothing changed

    post_refused_input()


@pytest.mark.parametrize("url", [
    "/moderation/log?page=99999999999999999999999",
    "/moderation/log?target_id=99999999999999999999999&target_type=case",
    "/admin/audit?actor=99999999999999999999999",
    "/admin/audit?page=99999999999999999999999&actor=1",
    "/cases/?page=-99999999999999999999999",
])
def test_numbers_beyond_64_bits_in_a_query_string_are_not_a_500(app, url, users):
    """Issue 13 item 11: ?page= and ?actor= beyond 64 bits."""
    from clinnet.core.authz import Role

    browser = walk.signed_in(app, users[Role.ADMIN])
    assert browser.get(url).status_code == 200
