
import pytest
from sqlalchemy import func, select

from clinnet.accounts import services
from clinnet.accounts.models import User
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.extensions import db
from tests.helpers import PASSWORD, mailed_link, make_user, page_text


def actions() -> list[str]:
    return list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def user_count() -> int:
    return db.session.scalar(select(func.count()).select_from(User))


def test_register_confirm_sign_out_and_back_in_journey(client):
    response = client.post("/auth/register", {"email": "New.Doc@Example.org",
                                              "password": PASSWORD}, follow_redirects=True)
    assert "We sent a message to new.doc@example.org" in page_text(response)
    # Not signed in, and no sign-in until the address is confirmed.
    assert client.get("/verification/status").status_code == 302
    refused = client.login("new.doc@example.org")
    assert "Confirm your email address first" in page_text(refused)

    link = mailed_link("/auth/confirm/", to="new.doc@example.org")
    opened = client.get(link)
    assert opened.headers["Location"] == "/auth/confirm"  # the token leaves the address bar
    assert opened.headers["Referrer-Policy"] == "no-referrer"
    confirmed = client.post("/auth/confirm", follow_redirects=True)
    assert "Your address is confirmed" in page_text(confirmed)

    response = client.login("new.doc@EXAMPLE.org")
    assert response.headers["Location"] == "/verification/status"
    status_page = client.get("/verification/status")
    assert "waiting for licence verification" in page_text(status_page)
    # An applicant sees no clinical content: the feed sends them back to their status.
    assert client.get("/").headers["Location"] == "/verification/status"

    assert client.get("/auth/logout").status_code == 405  # sign-out is POST only
    assert client.logout().status_code == 302
    assert client.get("/verification/status").status_code == 302
    assert client.get(link, follow_redirects=True).status_code == 200
    assert "already been used" in page_text(client.post("/auth/confirm", follow_redirects=True))
    assert actions() == ["account.registered", "auth.login_refused", "account.email_confirmed",
                         "auth.login", "auth.logout"]


def test_physician_lands_on_feed_and_next_is_honoured_only_when_local(client, users):
    physician = users[Role.PHYSICIAN]
    assert client.login(physician.email).headers["Location"] == "/"
    client.logout()
    response = client.post("/auth/login?next=/admin/",
                           {"email": physician.email, "password": PASSWORD})
    assert response.headers["Location"] == "/admin/"
    client.logout()
    for evil in ("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:x"):
        response = client.post(f"/auth/login?next={evil}",
                               {"email": physician.email, "password": PASSWORD})
        assert response.headers["Location"] == "/", evil
        client.logout()


def test_anonymous_is_sent_to_sign_in_with_next(client):
    response = client.get("/admin/?tab=x")
    assert response.status_code == 302
    assert response.headers["Location"] == "/auth/login?next=/admin/?tab%3Dx"


def test_emails_are_unique_whatever_their_case_and_registration_reveals_nothing(client):
    from clinnet.notifications.mail import outbox

    make_user(Role.APPLICANT, email="doc@example.org")
    taken = client.post("/auth/register", {"email": "DOC@example.org", "password": PASSWORD},
                        follow_redirects=True)
    new = client.post("/auth/register", {"email": "new@example.org", "password": PASSWORD},
                      follow_redirects=True)
    assert page_text(taken).replace("doc@", "new@") == page_text(new)
    assert user_count() == 2
    assert [(m.to, m.subject) for m in outbox()] == [
        ("doc@example.org", "Someone tried to register on clinnet with your address"),
        ("new@example.org", "Confirm your clinnet account")]
    # The existing member's password is untouched and they sign in as before.
    assert client.login("doc@example.org").headers["Location"] == "/verification/status"


def test_registering_an_unconfirmed_address_again_replaces_the_first_link(client):
    client.post("/auth/register", {"email": "doc@example.org", "password": PASSWORD})
    first = mailed_link("/auth/confirm/")
    client.post("/auth/register", {"email": "doc@example.org",
                                   "password": "the owner's own passphrase"})
    second = mailed_link("/auth/confirm/")
    assert first != second
    assert user_count() == 1
    client.get(first)
    assert "no longer valid" in page_text(client.post("/auth/confirm", follow_redirects=True))
    client.get(second)
    client.post("/auth/confirm")
    assert "incorrect" in page_text(client.login("doc@example.org"))
    assert client.login("doc@example.org", "the owner's own passphrase").status_code == 302


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short pass", "Use at least 12 characters."),
        ("password1234", "This password is too common."),
        ("Password123456!", "This password is too common."),
        ("aaaaaaaaaaaaaaaa", "Use more than two different characters."),
        ("newdoctor@example.org", "Do not use your email address as your password."),
        ("x" * 257, "Use at most 256 characters."),
    ],
)
def test_weak_passwords_are_refused_with_a_reason(client, password, message):
    response = client.post("/auth/register",
                           {"email": "newdoctor@example.org", "password": password})
    assert response.status_code == 200
    assert message in page_text(response)
    assert user_count() == 0


@pytest.mark.parametrize(
    "email",
    ["", "not-an-email", "doc@example.org\r\nBcc: x@evil.example", "<script>@example.org",
     "a" * 250 + "@example.org", "doc@example.org' OR '1'='1"],
)
def test_bad_emails_get_a_message_and_change_nothing(client, email):
    response = client.post("/auth/register", {"email": email, "password": PASSWORD})
    assert response.status_code == 200
    assert "email" in page_text(response).lower()
    assert "<script>@" not in response.get_data(as_text=True)
    assert user_count() == 0


def test_non_utf8_form_data_is_refused_without_a_crash(client):
    # Werkzeug drops an undecodable body, so the form arrives without its CSRF token.
    body = b"email=\xff\xfe\x80@example.org&password=\xc3\x28aaaaaaaaaaaaaa&csrf_token=" + \
        client.csrf_token().encode()
    response = client._request("post", "/auth/register", data=body,
                               content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "reload the page and submit it again" in page_text(response)
    assert user_count() == 0


def test_missing_csrf_token_explains_that_the_form_expired(client):
    response = client.post("/auth/register", {"email": "a@example.org", "password": PASSWORD},
                           csrf=False)
    assert response.status_code == 400
    assert "This form has expired" in page_text(response)
    assert user_count() == 0


def test_unknown_email_and_wrong_password_get_the_same_message(client, users):
    wrong = client.login(users[Role.PHYSICIAN].email, "a wrong but long password")
    unknown = client.login("nobody@example.org", "a wrong but long password")
    assert wrong.status_code == unknown.status_code == 200
    assert page_text(wrong) == page_text(unknown)
    assert "Email or password is incorrect" in page_text(wrong)


def test_suspended_member_is_signed_out_at_once_and_cannot_sign_in(client, users):
    member, admin = users[Role.PHYSICIAN], users[Role.ADMIN]
    client.login(member.email)
    assert client.get("/").status_code == 200
    services.suspend(member, admin, "Licence expired in the registry", source="admin")
    response = client.get("/")
    assert response.headers["Location"].startswith("/auth/login")
    response = client.login(member.email)
    assert "Your account is suspended: Licence expired in the registry." in page_text(response)
    services.reinstate(member, admin)
    assert client.login(member.email).headers["Location"] == "/"
    assert {"user.suspended", "user.reinstated", "auth.login_refused"} <= set(actions())


def test_password_hash_is_upgraded_when_parameters_change(client, app, users):
    user = users[Role.PHYSICIAN]
    old_hash = user.password_hash
    app.config["PASSWORD_HASH_TIME_COST"] = 2
    assert client.login(user.email).status_code == 302
    db.session.refresh(user)
    assert user.password_hash != old_hash
    assert "t=2" in user.password_hash
    assert user.password_hash.startswith("$argon2id$")


def test_demoting_a_member_ends_their_sessions_and_the_last_admin_stays(client, users):
    moderator, admin = users[Role.MODERATOR], users[Role.ADMIN]
    client.login_2fa(moderator.email, user=moderator)
    assert client.get("/").status_code == 200
    services.set_role(moderator, Role.PHYSICIAN, admin)
    assert client.get("/").headers["Location"].startswith("/auth/login")
    with pytest.raises(services.AccountError, match="at least one admin"):
        services.set_role(admin, Role.PHYSICIAN, admin)
    assert admin.role == Role.ADMIN


def test_session_cookie_flags(client, users):
    response = client.login(users[Role.PHYSICIAN].email)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_verified_members_get_a_stable_unique_pseudonym(app):
    first = make_user(Role.PHYSICIAN)
    second = make_user(Role.PHYSICIAN)
    applicant = make_user(Role.APPLICANT)
    assert first.pseudonym.startswith("Colleague ")
    assert first.pseudonym != second.pseudonym
    assert applicant.pseudonym is None
    assert services.ensure_pseudonym(first) == first.pseudonym
    assert first.public_name(anonymous=True) == first.pseudonym
