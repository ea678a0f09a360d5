"""Changing and resetting passwords; changing the email address."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.notifications.mail import outbox
from tests.helpers import PASSWORD, Browser, page_text

NEW = "another long passphrase for tests"


def reset_link() -> str:
    return re.search(r"http://localhost(/auth/reset/\S+)", outbox()[-1].body).group(1)


def test_change_password_ends_other_sessions_and_keeps_this_one(app, client, users):
    member = users[Role.PHYSICIAN]
    other = Browser(app.test_client())
    other.login(member.email)
    client.login(member.email)
    wrong = client.post("/account/password", {"current_password": "not my password at all",
                                              "new_password": NEW})
    assert "Your current password is incorrect." in page_text(wrong)
    common = client.post("/account/password", {"current_password": PASSWORD,
                                               "new_password": "password12345"})
    assert "This password is too common." in page_text(common)

    response = client.post("/account/password", {"current_password": PASSWORD,
                                                  "new_password": NEW})
    assert response.headers["Location"] == "/account/"
    assert client.get("/").status_code == 200
    assert other.get("/").headers["Location"].startswith("/auth/login")
    client.logout()
    assert "incorrect" in page_text(client.login(member.email, PASSWORD))
    assert client.login(member.email, NEW).headers["Location"] == "/"


def test_reset_says_the_same_for_known_and_unknown_addresses(client, users):
    known = client.post("/auth/reset", {"email": users[Role.PHYSICIAN].email},
                        follow_redirects=True)
    unknown = client.post("/auth/reset", {"email": "nobody@example.org"}, follow_redirects=True)
    assert page_text(known) == page_text(unknown)
    assert "If an account uses that address" in page_text(known)
    assert len(outbox()) == 1
    assert outbox()[0].to == users[Role.PHYSICIAN].email


def test_reset_link_works_once_and_ends_every_session(client, app, users):
    member = users[Role.PHYSICIAN]
    signed_in = Browser(app.test_client())
    signed_in.login(member.email)
    client.post("/auth/reset", {"email": member.email})
    link = reset_link()
    weak = client.post(link, {"password": "qwerty123456"})
    assert "too common" in page_text(weak)
    assert client.post(link, {"password": NEW}).headers["Location"] == "/auth/login"
    assert signed_in.get("/").headers["Location"].startswith("/auth/login")
    again = client.post(link, {"password": "yet another long passphrase"},
                        follow_redirects=True)
    assert "already been used" in page_text(again)
    assert client.login(member.email, NEW).headers["Location"] == "/"
    actions = db.session.scalars(select(AuditEvent.action)).all()
    assert "account.password_reset" in actions


@pytest.mark.config(PASSWORD_RESET_MINUTES=30)
def test_reset_link_expires_and_a_forged_one_is_refused(client, users, monkeypatch):
    member = users[Role.PHYSICIAN]
    client.post("/auth/reset", {"email": member.email})
    link = reset_link()
    tampered = link[:-3] + ("aaa" if not link.endswith("aaa") else "bbb")
    assert "not valid" in page_text(client.get(tampered, follow_redirects=True))

    import itsdangerous.timed

    later = (utcnow() + timedelta(minutes=31)).timestamp()
    monkeypatch.setattr(itsdangerous.timed.time, "time", lambda: later)
    assert "expired" in page_text(client.get(link, follow_redirects=True))


def test_changing_email_needs_recent_sign_in_and_tells_the_old_address(client, users):
    from clinnet.accounts.models import UserSession

    member = users[Role.PHYSICIAN]
    old = member.email
    client.login(member.email)
    taken = client.post("/account/email", {"email": users[Role.APPLICANT].email})
    assert "already exists" in page_text(taken)
    record = db.session.scalars(select(UserSession)).one()
    record.authenticated_at = utcnow() - timedelta(hours=1)
    db.session.commit()
    stale = client.post("/account/email", {"email": "new.address@example.org"},
                        headers={"Referer": "http://localhost/account/email"})
    assert stale.headers["Location"] == "/account/reauthenticate?next=/account/email"
    client.post("/account/reauthenticate", {"password": PASSWORD})
    response = client.post("/account/email", {"email": "New.Address@example.org"})
    assert response.headers["Location"] == "/account/"
    db.session.refresh(member)
    assert member.email == "new.address@example.org"
    assert outbox()[-1].to == old
