"""Sessions: a record per browser, timeouts, revoking one or all, re-authentication."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from clinnet.accounts.models import UserSession
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.extensions import db
from tests.helpers import PASSWORD, Browser, make_app, page_text

FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"
IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
          "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")


def records(user):
    return list(db.session.scalars(select(UserSession).where(UserSession.user_id == user.id)))


def test_member_sees_sessions_and_signs_out_another_device_then_everywhere(app, users):
    member = users[Role.PHYSICIAN]
    laptop, phone = Browser(app.test_client()), Browser(app.test_client())
    laptop.login(member.email, headers={"User-Agent": FIREFOX})
    phone.login(member.email, headers={"User-Agent": IPHONE})
    page = page_text(laptop.get("/account/sessions"))
    assert "Firefox on Windows (this browser)" in page
    assert "Safari on iOS" in page
    assert len(records(member)) == 2

    phone_record = next(r for r in records(member) if r.user_agent == "Safari on iOS")
    response = laptop.post(f"/account/sessions/{phone_record.id}/revoke")
    assert response.status_code == 302
    assert phone.get("/").headers["Location"].startswith("/auth/login")  # phone is out
    assert laptop.get("/").status_code == 200  # laptop is not

    phone.login(member.email, headers={"User-Agent": IPHONE})
    assert laptop.post("/account/sessions/revoke-all").headers["Location"] == "/auth/login"
    for browser in (laptop, phone):
        assert browser.get("/").headers["Location"].startswith("/auth/login")
    assert records(member) == []
    assert "auth.signed_out_everywhere" in db.session.scalars(select(AuditEvent.action)).all()


def test_another_members_session_cannot_be_revoked(client, users):
    owner, other = users[Role.PHYSICIAN], users[Role.APPLICANT]
    Browser(client.application.test_client()).login_as(owner)
    target = records(owner)[0]
    client.login_as(other)
    assert client.post(f"/account/sessions/{target.id}/revoke").status_code == 404
    assert db.session.get(UserSession, target.id) is not None


@pytest.mark.config(SESSION_IDLE_MINUTES=30)
def test_idle_session_ends(client, users):
    member = users[Role.PHYSICIAN]
    client.login(member.email)
    record = records(member)[0]
    record.last_seen_at = utcnow() - timedelta(minutes=29)
    db.session.commit()
    assert client.get("/").status_code == 200
    db.session.refresh(record)
    assert utcnow() - record.last_seen_at < timedelta(minutes=1)  # activity keeps it alive

    record.last_seen_at = utcnow() - timedelta(minutes=31)
    db.session.commit()
    response = client.get("/")
    assert response.headers["Location"].startswith("/auth/login")
    assert "without activity" in page_text(client.get(response.headers["Location"]))
    assert records(member) == []


@pytest.mark.config(SESSION_ABSOLUTE_HOURS=12)
def test_session_ends_after_its_absolute_lifetime_even_when_active(client, users):
    member = users[Role.PHYSICIAN]
    client.login(member.email)
    record = records(member)[0]
    record.created_at = utcnow() - timedelta(hours=12, minutes=1)
    db.session.commit()
    assert client.get("/").headers["Location"].startswith("/auth/login")


def test_sign_in_starts_a_new_session_and_forgets_the_old_one(client, users):
    """Session fixation: nothing planted before sign-in survives it."""
    member = users[Role.PHYSICIAN]
    client.get("/auth/login")
    with client.session_transaction() as session:
        session["planted"] = "attacker"
        session["_sid"] = "attacker-chosen-session-id"
    client.login(member.email)
    with client.session_transaction() as session:
        assert "planted" not in session
        assert session["_sid"] != "attacker-chosen-session-id"
        assert session["_user_id"] == member.session_token


def test_sign_out_deletes_the_record_and_an_old_cookie_stays_signed_out(client, users):
    member = users[Role.PHYSICIAN]
    client.login(member.email)
    cookie = client.get_cookie("clinnet_session").value
    client.logout()
    assert records(member) == []
    client.set_cookie("clinnet_session", cookie)  # a copy of the cookie taken before sign-out
    assert client.get("/").headers["Location"].startswith("/auth/login")


@pytest.mark.config(REAUTH_WINDOW_MINUTES=10)
def test_sensitive_pages_ask_for_the_password_again_after_the_window(client, users):
    member = users[Role.PHYSICIAN]
    client.login(member.email)
    assert client.get("/account/password").status_code == 200  # just signed in
    record = records(member)[0]
    record.authenticated_at = utcnow() - timedelta(minutes=11)
    db.session.commit()
    response = client.get("/account/password")
    assert response.headers["Location"] == "/account/reauthenticate?next=/account/password"
    wrong = client.post("/account/reauthenticate?next=/account/password",
                        {"password": "not the password at all"})
    assert "Password or code is incorrect." in page_text(wrong)
    response = client.post("/account/reauthenticate?next=/account/password",
                           {"password": PASSWORD})
    assert response.headers["Location"] == "/account/password"
    assert client.get("/account/password").status_code == 200


def test_admin_changes_need_a_recent_sign_in(app, users):
    """Every POST to an admin page is checked, including ones later features add."""
    from flask import Blueprint

    from clinnet.core.authz import requires_role

    other = make_app(app)
    calls = []
    probe_bp = Blueprint("probe", __name__, url_prefix="/admin/probe")

    @probe_bp.route("/", methods=["GET", "POST"])
    @requires_role(Role.ADMIN)
    def act():
        calls.append(1)
        return "done"

    other.register_blueprint(probe_bp)
    admin = users[Role.ADMIN]
    with other.app_context():
        client = Browser(other.test_client())
        client.login_as(admin)
        first = client.post("/admin/probe/")
        assert first.status_code == 200, first.headers.get("Location")  # just signed in
        record = records(admin)[0]
        record.authenticated_at = utcnow() - timedelta(hours=1)
        db.session.commit()
        assert client.get("/admin/probe/").status_code == 200  # reading needs no re-auth
        response = client.post("/admin/probe/", headers={"Referer": "http://localhost/admin/"})
        assert response.headers["Location"] == "/account/reauthenticate?next=/admin/"
        assert len(calls) == 2
