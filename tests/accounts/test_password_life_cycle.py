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
from tests.helpers import PASSWORD, Browser, mailed_link, make_app, make_user, page_text

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


def test_changing_email_needs_recent_sign_in_and_is_confirmed_from_the_new_address(
        client, users):
    from clinnet.accounts.models import UserSession

    member = users[Role.PHYSICIAN]
    old = member.email
    client.login(member.email)
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
    assert member.email == old  # nothing changes until the new address confirms
    assert outbox()[-1].to == "new.address@example.org"
    link = mailed_link("/account/email/confirm/")
    assert client.get(link).headers["Location"] == "/account/email/confirm"
    page = client.get("/account/email/confirm")
    assert "new.address@example.org" in page_text(page)
    assert page.headers["Referrer-Policy"] == "no-referrer"
    done = client.post("/account/email/confirm", follow_redirects=True)
    assert "Your email address is now new.address@example.org" in page_text(done)
    db.session.refresh(member)
    assert member.email == "new.address@example.org"
    assert outbox()[-1].to == old  # the old address is told
    client.get(link)  # the link worked once
    assert "already used" in page_text(client.get("/account/email/confirm",
                                                  follow_redirects=True))
    actions = db.session.scalars(select(AuditEvent.action)).all()
    assert {"account.email_change_requested", "account.email_changed"} <= set(actions)
    details = " ".join(db.session.scalars(select(AuditEvent.details)).all())
    assert "new.address" not in details  # keyed hashes, not addresses
    assert old not in details


def test_email_change_answers_the_same_for_a_taken_address(client, users):
    member, other = users[Role.PHYSICIAN], users[Role.APPLICANT]
    client.login(member.email)
    taken = client.post("/account/email", {"email": other.email}, follow_redirects=True)
    free = client.post("/account/email", {"email": "free.address@example.org"},
                       follow_redirects=True)
    assert page_text(taken).replace(other.email, "X") == \
        page_text(free).replace("free.address@example.org", "X")
    assert [m.to for m in outbox()] == [other.email, "free.address@example.org"]
    assert "already belongs to a clinnet account" in outbox()[0].body
    db.session.refresh(member)
    assert member.email != other.email


def test_a_change_link_only_works_for_its_own_account(app, client, users):
    member, other = users[Role.PHYSICIAN], make_user(Role.PHYSICIAN)
    client.login(member.email)
    client.post("/account/email", {"email": "mine@example.org"})
    link = mailed_link("/account/email/confirm/")
    thief = Browser(app.test_client())
    thief.login(other.email)
    thief.get(link)
    assert "not for this account" in page_text(thief.get("/account/email/confirm",
                                                         follow_redirects=True))
    assert db.session.get(type(other), other.id).email == other.email


def test_links_in_mail_use_the_configured_address_not_the_host_header(app, users):
    """Issue 13 item 1: behind a trusted proxy, a client-sent X-Forwarded-Host must not choose
    the host of the link mailed to the victim."""
    proxied = make_app(app, TRUSTED_PROXIES=1, BASE_URL="https://clinnet.example.org")
    with proxied.app_context():
        browser = Browser(proxied.test_client())
        browser.post("/auth/reset", {"email": users[Role.PHYSICIAN].email},
                     headers={"X-Forwarded-Host": "evil.example"})
        body = proxied.extensions["clinnet.outbox"][-1].body
    assert "https://clinnet.example.org/auth/reset/" in body
    assert "evil.example" not in body


def test_reset_token_leaves_the_address_bar_after_the_first_request(client, users):
    client.post("/auth/reset", {"email": users[Role.PHYSICIAN].email})
    link = reset_link()
    opened = client.get(link)
    assert opened.headers["Location"] == "/auth/reset/new"
    assert opened.headers["Referrer-Policy"] == "no-referrer"
    page = client.get("/auth/reset/new")
    assert page.status_code == 200
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert link.rsplit("/", 1)[1] not in page.get_data(as_text=True)
    assert client.post("/auth/reset/new", {"password": NEW}).headers["Location"] == \
        "/auth/login"


def test_a_reset_request_answers_the_same_when_the_mail_server_is_down(client, app, users):
    import socket

    with socket.socket() as unused:  # a port with nothing listening: connection refused
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    app.config.update(MAIL_BACKEND="smtp", SMTP_HOST="127.0.0.1", SMTP_PORT=port,
                      SMTP_TIMEOUT=1.0)
    known = client.post("/auth/reset", {"email": users[Role.PHYSICIAN].email},
                        follow_redirects=True)
    unknown = client.post("/auth/reset", {"email": "nobody@example.org"}, follow_redirects=True)
    assert known.status_code == unknown.status_code == 200
    assert page_text(known) == page_text(unknown)
