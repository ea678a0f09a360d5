"""Checks that walk every route, so routes added by later features are covered as they land:
CSRF on every POST, security headers on every page for every role, IDOR on every object."""

import re

import pytest
from flask import url_for
from sqlalchemy import func, select

from clinnet.accounts.models import User, UserSession
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.core.headers import CONTENT_SECURITY_POLICY
from clinnet.extensions import db
from tests.helpers import make_app
from tests.security import walk


def test_every_route_argument_is_registered_for_the_walks(app):
    for rule in app.url_map.iter_rules():
        if rule.arguments:
            assert rule.endpoint in walk.OWNED_OBJECTS or rule.endpoint in \
                walk.OTHER_ARGUMENTS, f"register {rule.endpoint} in tests/security/walk.py"


def _state():
    """What a refused request must leave as it was."""
    users = db.session.execute(select(User.id, User.email, User.password_hash, User.role,
                                      User.status, User.session_token,
                                      User.totp_secret)).all()
    sessions = db.session.scalar(select(func.count()).select_from(UserSession))
    return users, sessions


def test_every_post_route_refuses_a_missing_or_foreign_csrf_token(app):
    checked = []
    for rule in walk.rules(app, "POST"):
        if rule.endpoint in walk.CSRF_EXEMPT:
            continue
        user = walk.member_for(app, rule.endpoint)
        browser = walk.signed_in(app, user)
        with app.test_request_context():
            url = url_for(rule.endpoint, **walk.url_values(rule.endpoint, user))
        before = _state()
        events = db.session.scalar(select(func.count()).select_from(AuditEvent))
        missing = browser.post(url, {"email": "a@example.org", "password": "x" * 20},
                               csrf=False)
        assert missing.status_code == 400, rule.endpoint
        foreign = walk.signed_in(app, None).csrf_token()  # valid, but another browser's
        wrong = browser.post(url, {"csrf_token": foreign, "email": "a@example.org"})
        assert wrong.status_code == 400, rule.endpoint
        assert _state() == before, rule.endpoint
        assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == events
        checked.append(rule.endpoint)
    assert {"auth.login", "auth.logout", "account.change_password"} <= set(checked)


_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I)
_INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)


def _assert_security_headers(response, signed_in: bool, where):
    headers = response.headers
    assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY, where
    for directive in ("default-src 'self'", "object-src 'none'", "base-uri 'none'",
                      "frame-ancestors 'none'", "form-action 'self'"):
        assert directive in headers["Content-Security-Policy"], where
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff", where
    token_page = str(where[0]).startswith(("auth.", "account."))
    assert headers["Referrer-Policy"] == ("no-referrer" if token_page else "same-origin"), where
    assert "camera=()" in headers["Permissions-Policy"], where
    assert headers["X-Frame-Options"] == "DENY", where
    assert "Strict-Transport-Security" not in headers  # tests run over plain HTTP
    if signed_in:
        assert headers["Cache-Control"] == "no-store", where
    if response.mimetype == "text/html":
        html = response.get_data(as_text=True)
        assert not _INLINE_SCRIPT.search(html), where
        assert not _INLINE_HANDLER.search(html), where
        assert " style=" not in html, where
    response.close()


@pytest.mark.parametrize("role", [None, *Role])
def test_every_page_for_every_role_carries_the_security_headers(app, role):
    user = walk.member_for(app, "cases.feed", role) if role else None
    browser = walk.signed_in(app, user)
    pages = 0
    for rule in walk.rules(app, "GET"):
        if rule.endpoint == "static":
            continue
        with app.test_request_context():
            url = url_for(rule.endpoint, **walk.url_values(rule.endpoint, user))
        response = browser.get(url)
        _assert_security_headers(response, user is not None, (rule.endpoint, role))
        pages += response.status_code == 200
    for url in ("/no/such/page", "/static/clinnet.css"):
        _assert_security_headers(browser.get(url), user is not None, (url, role))
    assert pages >= 2


def test_hsts_is_sent_outside_development(app):
    production_like = make_app(app, TESTING=False, BASE_URL="https://localhost",
                               MAIL_BACKEND="smtp", SMTP_HOST="127.0.0.1")
    with production_like.app_context():
        response = production_like.test_client().get("/auth/login")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "Secure" in response.headers.get("Set-Cookie", "Secure")


@pytest.mark.parametrize("endpoint", sorted(walk.OWNED_OBJECTS))
def test_members_cannot_reach_other_members_objects(app, endpoint):
    """IDOR: for every object route, a member who is not the owner gets 404 or 403."""
    rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)
    owner = walk.member_for(app, endpoint)
    intruder = walk.member_for(app, endpoint)
    values = walk.OWNED_OBJECTS[endpoint](owner)
    browser = walk.signed_in(app, intruder)
    with app.test_request_context():
        url = url_for(endpoint, **values)
    for method in sorted(rule.methods & {"GET", "POST"}):
        response = browser.get(url) if method == "GET" else browser.post(url)
        assert response.status_code in (403, 404), (endpoint, method)
    # ...and the owner can (the test would pass vacuously for a route that 404s for everyone).
    owner_browser = walk.signed_in(app, owner)
    method = "GET" if "GET" in rule.methods else "POST"
    response = owner_browser.get(url) if method == "GET" else owner_browser.post(url)
    assert response.status_code not in (403, 404), endpoint


EVIL_NEXT = [
    "https://evil.example/", "//evil.example/", "/\\evil.example", "\\\\evil.example",
    "javascript:alert(1)", "http:evil.example", "/\t/evil.example", "/\r\n/evil.example",
    " //evil.example", "/\n/evil.example", "https:/\\evil.example", "data:text/html,x",
]


@pytest.mark.parametrize("evil", EVIL_NEXT)
def test_next_never_leaves_the_site(client, users, evil):
    from tests.helpers import totp_code

    physician, admin = users[Role.PHYSICIAN], users[Role.ADMIN]
    response = client.post("/auth/login", {"email": physician.email, "password":
                                           "a long enough test passphrase"},
                           query_string={"next": evil})
    assert response.headers["Location"] == "/"
    client.logout()
    client.post("/auth/login", {"email": admin.email, "password":
                                "a long enough test passphrase"}, query_string={"next": evil})
    response = client.post("/auth/two-factor", {"code": totp_code(admin)})
    assert response.headers["Location"] == "/admin/"  # an admin's home, not the evil next
    response = client.post("/account/reauthenticate", {"password":
                                                       "a long enough test passphrase",
                                                       "code": totp_code(admin)},
                           query_string={"next": evil})
    assert response.headers["Location"] == "/account/"


def test_oversized_requests_are_refused_with_a_page(client, app):
    body = {"email": "a@example.org", "password": "x" * (app.config["MAX_CONTENT_LENGTH"] + 1)}
    response = client.post("/auth/login", body)
    assert response.status_code == 413
    assert "larger than clinnet accepts" in response.get_data(as_text=True)


def test_nul_characters_are_refused_not_crashed_on(client):
    response = client.post("/auth/login", {"email": "a\x00@example.org", "password": "x" * 20})
    assert response.status_code == 400
