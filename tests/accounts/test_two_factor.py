"""Two-factor sign-in: enrolment, the two-step sign-in, single-use codes, recovery codes,
mandatory for staff."""

import re

import pyotp
from sqlalchemy import select

from clinnet.accounts.models import User
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.extensions import db
from tests.helpers import Browser, enrol_two_factor, make_user, page_text, totp_code


def actions():
    return list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_physician_enrols_then_signs_in_with_a_code_and_a_recovery_code(app, client):
    member = make_user(Role.PHYSICIAN)
    other_browser = Browser(app.test_client())
    other_browser.login(member.email)
    client.login(member.email)

    page = client.get("/account/two-factor")
    html = page.get_data(as_text=True)
    assert 'src="data:image/svg+xml' in html  # QR code made by us, no external service
    secret = re.search(r'class="secret">([A-Z2-7 ]+)<', html).group(1).replace(" ", "")
    wrong = client.post("/account/two-factor", {"code": "000000"})
    assert "does not match" in page_text(wrong)

    done = client.post("/account/two-factor", {"code": pyotp.TOTP(secret).now()})
    codes = re.findall(r"<code>([a-z2-9]{5}-[a-z2-9]{5})</code>", done.get_data(as_text=True))
    assert len(set(codes)) == 10
    db.session.refresh(member)
    assert member.two_factor_enabled
    assert codes[0] not in (member.recovery_code_hashes or "")  # only hashes are kept
    assert secret not in member.totp_secret  # stored encrypted
    assert client.get("/").status_code == 200  # this browser stays signed in
    assert other_browser.get("/").headers["Location"].startswith("/auth/login")  # others end

    client.logout()
    response = client.login(member.email)
    assert response.headers["Location"] == "/auth/two-factor"
    # Half-way through, nothing is granted.
    assert client.get("/").headers["Location"].startswith("/auth/login")
    assert client.get("/account/").headers["Location"].startswith("/auth/login")
    code = totp_code(member)
    assert client.post("/auth/two-factor", {"code": code}).headers["Location"] == "/"
    client.logout()

    client.login(member.email)
    reused = client.post("/auth/two-factor", {"code": code})  # the same code again
    assert reused.status_code == 200
    assert "That code is not valid" in page_text(reused)
    assert client.post("/auth/two-factor", {"code": codes[0].upper()}).headers["Location"] == "/"
    client.logout()
    client.login(member.email)
    assert "not valid" in page_text(client.post("/auth/two-factor", {"code": codes[0]}))
    assert {"account.two_factor_enabled", "auth.password_verified",
            "auth.recovery_code_used"} <= set(actions())


def test_code_step_expires_and_cannot_be_reached_without_the_password(client, app):
    member = make_user(Role.PHYSICIAN)
    enrol_two_factor(member)
    assert client.get("/auth/two-factor").headers["Location"] == "/auth/login"
    client.login(member.email)
    with client.session_transaction() as session:
        session["_2fa_at"] = utcnow().timestamp() - 6 * 60
    response = client.post("/auth/two-factor", {"code": totp_code(member)})
    assert response.headers["Location"] == "/auth/login"


def test_wrong_codes_lock_code_entry_for_a_while(client, app):
    """Issue 13 item 3 keeps the lockout for codes: only someone with the password gets here."""
    app.config["TWO_FACTOR_LOCKOUT_THRESHOLD"] = 3
    member = make_user(Role.PHYSICIAN)
    enrol_two_factor(member)
    client.login(member.email)
    for _ in range(3):
        client.post("/auth/two-factor", {"code": "123456"})
    client.login(member.email)
    response = client.post("/auth/two-factor", {"code": totp_code(member)})
    assert "not valid" in page_text(response)  # locked, even with the right code
    assert "auth.locked" in actions()


def test_staff_must_enrol_before_reaching_their_pages(client):
    admin = make_user(Role.ADMIN, two_factor=False)
    client.login_as(admin)
    assert client.get("/").status_code == 200  # physician pages still work
    response = client.get("/admin/")
    assert response.headers["Location"] == "/account/two-factor"
    assert client.post("/account/two-factor/disable").status_code == 302
    enrol_two_factor(admin)
    client.login_as(db.session.get(User, admin.id))
    assert client.get("/admin/").status_code == 200
    response = client.post("/account/two-factor/disable", follow_redirects=True)
    assert "must keep two-factor" in page_text(response)
    assert db.session.get(User, admin.id).two_factor_enabled


def test_staff_sign_in_lands_on_enrolment_when_not_enrolled(client):
    moderator = make_user(Role.MODERATOR, two_factor=False)
    assert client.login(moderator.email).headers["Location"] == "/account/two-factor"


def test_physician_can_turn_two_factor_off_and_get_new_recovery_codes(client):
    member = make_user(Role.PHYSICIAN)
    old_codes = enrol_two_factor(member)
    client.login_2fa(member.email, user=member)
    response = client.post("/account/two-factor/recovery-codes")
    new_codes = re.findall(r"<code>([a-z2-9-]{11})</code>", response.get_data(as_text=True))
    assert len(new_codes) == 10
    assert not set(new_codes) & set(old_codes)
    client.post("/account/two-factor/disable")
    assert not db.session.get(User, member.id).two_factor_enabled
    assert client.get("/").status_code == 200


def test_password_reset_does_not_skip_the_second_factor(client, app):
    from clinnet.notifications.mail import outbox

    member = make_user(Role.PHYSICIAN)
    enrol_two_factor(member)
    client.post("/auth/reset", {"email": member.email})
    link = re.search(r"http://localhost(/auth/reset/\S+)", outbox()[-1].body).group(1)
    response = client.post(link, {"password": "a brand new long passphrase"})
    assert response.headers["Location"] == "/auth/login"
    assert client.get("/").headers["Location"].startswith("/auth/login")
    response = client.login(member.email, "a brand new long passphrase")
    assert response.headers["Location"] == "/auth/two-factor"


def test_a_code_claimed_by_another_worker_meanwhile_is_refused(app):
    """Two requests racing with one code: the second sees a stale member but still loses."""
    import pytest
    from sqlalchemy import update

    from clinnet.accounts import services

    member = make_user(Role.PHYSICIAN)
    codes = enrol_two_factor(member)  # the stored hashes are in the codes' order
    code = totp_code(member)
    step = pyotp.TOTP(services.totp_secret_of(member)).timecode(utcnow())
    stale_hashes = member.recovery_code_hashes
    with db.engine.begin() as conn:  # another worker uses the code and a recovery code
        conn.execute(update(User).where(User.id == member.id).values(
            totp_last_counter=step + 1, recovery_code_hashes=stale_hashes.split(" ", 1)[1]))
    assert member.totp_last_counter is None  # this request's copy has not seen it
    with pytest.raises(services.AccountError):
        services.verify_second_factor(member, code)
    db.session.expire_all()
    member = db.session.get(User, member.id)
    assert member.recovery_code_hashes  # read now, before the other worker's next use
    with db.engine.begin() as conn:
        conn.execute(update(User).where(User.id == member.id).values(
            recovery_code_hashes=member.recovery_code_hashes.split(" ", 1)[1]))
    with pytest.raises(services.AccountError):
        services.verify_second_factor(member, codes[1])


def test_the_secret_being_enrolled_stays_on_the_server(app, client):
    """Issue 13 item 5: not in the (signed, readable) session cookie."""
    member = make_user(Role.PHYSICIAN)
    client.login(member.email)
    html = client.get("/account/two-factor").get_data(as_text=True)
    secret = re.search(r'class="secret">([A-Z2-7 ]+)<', html).group(1).replace(" ", "")
    cookie = client.client.get_cookie("clinnet_session").value
    session = app.session_interface.get_signing_serializer(app).loads(cookie)
    assert secret not in repr(session)
    db.session.refresh(member)
    assert member.totp_pending_secret  # kept encrypted on the member's row
    assert secret not in member.totp_pending_secret
    # The same page shown again offers the same secret (a second tab does not break the first).
    again = client.get("/account/two-factor").get_data(as_text=True)
    assert secret.upper()[:4] in again
