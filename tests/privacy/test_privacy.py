"""Issue 13 item 13: a member downloads their own data and closes their account; an admin
erases an account on a member's request."""

import json

import pytest
from sqlalchemy import func, select

from clinnet.accounts.models import User
from clinnet.audit.models import AuditEvent
from clinnet.cases import services as cases
from clinnet.cases.models import Case, Reply
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.moderation.models import ModerationAction
from clinnet.notifications.mail import outbox
from clinnet.privacy import services
from clinnet.verification import services as verification
from tests.cases.factories import make_case
from tests.helpers import PASSWORD, Browser, make_user, page_text
from tests.verification.util import LENA


def signed_in(app, user) -> Browser:
    browser = Browser(app.test_client())
    browser.login_as(user)
    return browser


def test_a_member_downloads_everything_that_is_theirs(app, users):
    member, other = users[Role.PHYSICIAN], make_user(Role.PHYSICIAN)
    mine = make_case(member, title="Syncope on the treadmill")
    make_case(member, publish=False, title="Draft about a rash")
    theirs = make_case(other, title="Someone else's case")
    cases.post_reply(theirs, member, "I would check the QT interval.")
    cases.vote_case(theirs, member)
    browser = signed_in(app, member)
    response = browser.post("/account/data/export")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.get_data(as_text=True))
    assert data["format"] == "clinnet-member-data/1"
    assert data["profile"]["email"] == member.email
    assert {c["title"] for c in data["cases"]} == {"Syncope on the treadmill",
                                                    "Draft about a rash"}
    assert [r["body"] for r in data["replies"]] == ["I would check the QT interval."]
    assert data["helpful_votes"]["cases"] == [theirs.id]
    assert any(s["device"] for s in data["sessions"])
    assert "Someone else's case" not in json.dumps(data)
    assert data["cases"][0]["id"] == mine.id
    assert "account.data_exported" in db.session.scalars(select(AuditEvent.action)).all()


def test_closing_keeps_published_posts_as_former_member_and_erases_the_rest(
        app, users, registry):
    member = make_user(Role.APPLICANT)
    verification.submit(member, verification.ApplicationData(**LENA))
    verification.approve(verification.application_of(member), users[Role.ADMIN], "checked")
    published = make_case(db.session.get(User, member.id), title="A published case")
    draft_id = make_case(member, publish=False, title="An unfinished draft").id
    colleague = users[Role.PHYSICIAN]
    reply = cases.post_reply(published, colleague, "Thanks for sharing this one.")
    cases.post_reply(published, member, "Follow-up: the echo was normal.")
    other_device = signed_in(app, member)
    browser = signed_in(app, member)

    unconfirmed = browser.post("/account/close", {})
    assert unconfirmed.status_code == 400
    assert "Tick the box" in page_text(unconfirmed)
    closed = browser.post("/account/close", {"confirm": "y"})
    assert closed.headers["Location"] == "/auth/login"

    db.session.expire_all()
    gone = db.session.get(User, member.id)
    assert gone.is_closed
    assert gone.email == f"closed-{member.id}@closed.invalid"
    assert (gone.first_name, gone.last_name, gone.pseudonym) == (None, None, None)
    assert other_device.get("/").headers["Location"].startswith("/auth/login")  # sessions end
    assert "incorrect" in page_text(Browser(app.test_client()).login(member.email, PASSWORD))
    assert db.session.get(Case, draft_id) is None
    assert db.session.get(Case, published.id) is not None
    assert db.session.get(Reply, reply.id) is not None
    page = page_text(signed_in(app, colleague).get(f"/cases/{published.id}"))
    assert "Former member" in page
    assert "Lena" not in page
    assert "Hoffmann" not in page
    assert "Follow-up: the echo was normal." in page
    # The NPI is free for its real owner again.
    newcomer = make_user(Role.APPLICANT)
    verification.submit(newcomer, verification.ApplicationData(**LENA))
    events = db.session.scalars(select(AuditEvent).where(
        AuditEvent.action == "account.closed")).all()
    assert json.loads(events[0].details) == {"by_admin": False, "kept_posts": 2,
                                              "withdrawn_cases": 1, "withdrawn_replies": 0}
    assert outbox()[-1].to != gone.email


def test_closing_needs_a_recent_sign_in(app, users):
    from datetime import timedelta

    from clinnet.accounts.models import UserSession
    from clinnet.core.db import utcnow

    member = users[Role.PHYSICIAN]
    browser = signed_in(app, member)
    record = db.session.scalars(select(UserSession)).one()
    record.authenticated_at = utcnow() - timedelta(hours=1)
    db.session.commit()
    response = browser.post("/account/close", {"confirm": "y"})
    assert response.headers["Location"].startswith("/account/reauthenticate")
    assert not db.session.get(User, member.id).is_closed


def test_an_admin_erases_an_account_on_request_with_a_reason(app, users):
    member, admin = make_user(Role.PHYSICIAN), users[Role.ADMIN]
    browser = signed_in(app, admin)
    empty = browser.post(f"/admin/members/{member.id}/erase", {"reason": ""})
    assert empty.status_code == 400
    assert not db.session.get(User, member.id).is_closed
    done = browser.post(f"/admin/members/{member.id}/erase",
                        {"reason": "Member's letter of 2 December, identity checked by phone"})
    assert done.status_code == 302
    db.session.expire_all()
    assert db.session.get(User, member.id).is_closed
    assert "An administrator closed your clinnet account" in outbox()[-1].body
    event = db.session.scalars(select(AuditEvent).where(
        AuditEvent.action == "account.closed")).one()
    assert event.actor_id == admin.id
    assert json.loads(event.details)["by_admin"] is True
    logged = db.session.scalars(select(ModerationAction).where(
        ModerationAction.action == "erase")).one()
    assert logged.reason.startswith("Member's letter of 2 December")


def test_the_last_admin_cannot_close_their_account(app, users):
    admin = users[Role.ADMIN]
    with pytest.raises(services.PrivacyError, match="at least one admin"):
        services.close_account(admin, admin)
    assert db.session.scalar(select(func.count()).select_from(User).where(
        User.role == Role.ADMIN)) == 1


def test_every_column_that_points_at_a_member_is_exported_or_explained(app):
    """A new table holding a member's data must be added to the export (or to NOT_EXPORTED
    with the reason), so the download stays complete."""
    exported = {("users", "id"), ("licence_applications", "user_id"), ("cases", "author_id"),
                ("poll_votes", "user_id"), ("bookmarks", "user_id"), ("case_reads", "user_id"),
                ("replies", "author_id"), ("revisions", "editor_id"),
                ("dismissals", "user_id"), ("case_votes", "user_id"),
                ("reply_votes", "user_id"), ("case_follows", "user_id"),
                ("specialty_subscriptions", "user_id"), ("notifications", "user_id"),
                ("user_sessions", "user_id"), ("member_warnings", "member_id"),
                ("flags", "flagger_id"), ("mail_settings", "user_id"),
                ("images", "uploader_id")}
    pointing = {(table.name, fk.parent.name) for table in db.metadata.sorted_tables
                for fk in table.foreign_keys if fk.column.table.name == "users"}
    unaccounted = pointing - exported - set(services.NOT_EXPORTED)
    assert unaccounted == set()


def test_closing_retires_the_handle_made_of_the_name(app, users):
    """The @handle is made of the real name: closing erases it like the name, old mentions stop
    naming or linking the member, and nobody is given the handle again."""
    from clinnet.accounts import services as accounts
    from clinnet.cases import search
    from clinnet.notifications.models import Notification

    def named(first, last, email):
        return accounts.create_member(email, PASSWORD, Role.PHYSICIAN, first_name=first,
                                      last_name=last)

    member = named("Lena", "Hoffmann", "lena@example.org")
    assert member.handle == "lena.hoffmann"
    colleague = users[Role.PHYSICIAN]
    case = make_case(colleague, title="Chest pain after a long flight")
    reply = cases.post_reply(case, colleague, "What did the echo show, @lena.hoffmann?")
    assert 'href="/members/lena.hoffmann"' in reply.body_html

    services.close_account(member, member)
    db.session.commit()
    db.session.expire_all()

    gone = db.session.get(User, member.id)
    assert gone.handle.startswith("former.")
    assert "lena" not in gone.handle
    assert "hoffmann" not in gone.handle
    browser = signed_in(app, colleague)
    assert browser.get("/members/lena.hoffmann").status_code == 404
    assert browser.get(f"/members/{gone.handle}").status_code == 404
    html = browser.get(f"/cases/{case.id}").get_data(as_text=True)
    assert "hoffmann" not in html.lower()  # the mention in a colleague's reply too
    assert "@former member" in html
    assert not search.search("hoffmann", limit=5, offset=0)
    assert browser.get("/members/mentions?q=lena").get_json() == {"members": []}

    # A namesake verified later gets another handle, and a mention of the old one is plain
    # text again that tells nobody.
    namesake = named("Lena", "Hoffmann", "lena2@example.org")
    assert namesake.handle == "lena.hoffmann2"
    later = cases.post_reply(case, colleague, "Thanks @lena.hoffmann and @lena.hoffmann2.")
    assert 'href="/members/lena.hoffmann"' not in later.body_html
    assert 'href="/members/lena.hoffmann2"' in later.body_html
    assert db.session.scalar(select(func.count()).select_from(Notification).where(
        Notification.kind == "mention", Notification.user_id == namesake.id)) == 1
