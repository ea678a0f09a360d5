"""Test helpers: a CSRF-aware browser, member factories and page assertions."""

from __future__ import annotations

import contextvars
import itertools
import re
import secrets

from flask import current_app
from itsdangerous import URLSafeTimedSerializer

from clinnet.accounts import services as accounts
from clinnet.core.authz import Role
from clinnet.extensions import db

PASSWORD = "a long enough test passphrase"
_counter = itertools.count(1)


def make_user(role: Role = Role.PHYSICIAN, email: str | None = None, password: str = PASSWORD,
              two_factor: bool | None = None):
    """A member of `role`; staff are enrolled in 2FA as clinnet requires, unless told not to."""
    email = email or f"{role.value}{next(_counter)}@example.org"
    user = accounts.create_member(email, password, role)
    if two_factor if two_factor is not None else role >= Role.MODERATOR:
        enrol_two_factor(user)
    return user


class Browser:
    """The Flask test client, filling in a valid CSRF token on every POST like a real form."""

    def __init__(self, client):
        self.client = client

    def __getattr__(self, name):
        return getattr(self.client, name)

    def _request(self, method, *args, **kwargs):
        # Each request runs in a fresh context, so it gets its own app context, `g` and database
        # session as in production, instead of sharing the test's.
        response = contextvars.Context().run(getattr(self.client, method), *args, **kwargs)
        # End the test's own transaction: what it loaded earlier is re-read from the database,
        # and on SQLite a new transaction sees what the request committed.
        db.session.commit()
        return response

    def get(self, *args, **kwargs):
        return self._request("get", *args, **kwargs)

    def csrf_token(self) -> str:
        with self.client.session_transaction() as session:
            raw = session.setdefault("csrf_token", secrets.token_hex(20))
        serializer = URLSafeTimedSerializer(current_app.secret_key, salt="wtf-csrf-token")
        return serializer.dumps(raw)

    def post(self, url, data=None, csrf=True, **kwargs):
        data = dict(data or {})
        if csrf and "csrf_token" not in data:
            data["csrf_token"] = self.csrf_token()
        return self._request("post", url, data=data, **kwargs)

    def login(self, email, password=PASSWORD, **kwargs):
        return self.post("/auth/login", {"email": email, "password": password}, **kwargs)

    def login_as(self, user):
        """Sign in without the form (for tests about something else), with a session record
        as a real sign-in makes."""
        from flask_login.utils import _create_identifier

        from clinnet.accounts.sessions import SESSION_KEY, create_record

        raw = create_record(user, "pytest", "127.0.0.1")
        with current_app.test_request_context(environ_base=self.client.environ_base):
            identifier = _create_identifier()  # what Flask-Login's session protection expects
        with self.client.session_transaction() as session:
            session.clear()
            session["_user_id"] = user.session_token
            session["_fresh"] = True
            session["_id"] = identifier
            session[SESSION_KEY] = raw
        return user

    def login_2fa(self, email, password=PASSWORD, user=None):
        """The two-step sign-in: password, then the current code of `user`'s authenticator."""
        first = self.login(email, password)
        assert first.headers.get("Location") == "/auth/two-factor", first.status_code
        return self.post("/auth/two-factor", {"code": totp_code(user or accounts.find_by_email(
            email))})

    def logout(self):
        return self.post("/auth/logout")


def page_text(response) -> str:
    """The visible text of an HTML response, whitespace folded, for assertions."""
    html = response.get_data(as_text=True)
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", text).replace("&#39;", "'").replace("&amp;", "&").strip()


def enrol_two_factor(user, secret: str | None = None) -> list[str]:
    """Turn on 2FA for `user` directly (tests about something else); returns recovery codes."""
    from clinnet.accounts import twofactor

    codes, hashes = twofactor.new_recovery_codes()
    accounts.install_two_factor(user, secret or twofactor.new_secret(),
                                recovery_code_hashes=hashes)
    db.session.commit()
    return codes


def totp_code(user) -> str:
    """A code `user` has not used yet. When this 30-second step's codes are used up, the test
    pretends time moved on by forgetting the last step used (tests must not sleep)."""
    import pyotp

    from clinnet.core.db import utcnow

    db.session.refresh(user)
    totp = pyotp.TOTP(accounts.totp_secret_of(user))
    current = totp.timecode(utcnow())
    last = user.totp_last_counter
    step = current if last is None or last < current else last + 1
    if step > current + 1:
        user.totp_last_counter = current - 1
        db.session.commit()
        step = current
    return totp.generate_otp(step)


def make_app(app, **overrides):
    """Another app on the test database (for settings read only at start-up, e.g. proxies)."""
    from clinnet import create_app

    keys = ("TESTING", "SECRET_KEY", "PASSWORD_HASH_TIME_COST", "PASSWORD_HASH_MEMORY_COST",
            "PASSWORD_HASH_PARALLELISM", "MAIL_BACKEND")
    config = {key: app.config[key] for key in keys}
    config["DATABASE_URL"] = app.config["SQLALCHEMY_DATABASE_URI"]
    config.update(overrides)
    made = create_app(config)
    MADE_APPS.append(made)
    return made


MADE_APPS: list = []  # their database pools are closed after each test (conftest)


def redis_or_skip(url: str):
    """A client for the Redis at `url`; the test is skipped when none runs there, except in CI,
    which starts Redis (not reaching it there is a failure)."""
    import os

    import pytest
    import redis

    client = redis.Redis.from_url(url)
    try:
        client.ping()
    except redis.ConnectionError:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"Redis is not running at {url} (CI runs this test)")
    return client


def mailed_link(prefix: str, to: str | None = None) -> str:
    """The path of the newest mailed link starting with `prefix` (e.g. "/auth/confirm/")."""
    from clinnet.notifications.mail import outbox

    for mail in reversed(outbox()):
        if to is not None and mail.to != to:
            continue
        found = re.search(r"https?://[^/\s]+(" + re.escape(prefix) + r"\S+)", mail.body)
        if found:
            return found.group(1)
    raise AssertionError(f"no mail with a link to {prefix}")


def register(browser, email: str, password: str = PASSWORD):
    """Register through the form, open the mailed link and confirm the address."""
    response = browser.post("/auth/register", {"email": email, "password": password})
    assert response.status_code == 302, response.status_code
    browser.get(mailed_link("/auth/confirm/", to=email.lower()))
    return browser.post("/auth/confirm")


def reset_schema(url: str) -> None:
    """Give a run a clean PostgreSQL schema (CI reuses one database for tests and benches)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
