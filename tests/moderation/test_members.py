"""Role changes reach the queue at once; sanctions: warnings to acknowledge, suspensions with a
reason the member sees, private notes, a member's history; admin-only pages stay admin-only."""

import pyotp
from sqlalchemy import select

from clinnet.accounts.models import User
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.moderation import services
from clinnet.moderation.models import ModerationAction
from tests.helpers import Browser, make_user, page_text
from tests.moderation.helpers import published_case, reply_to


def test_appointed_moderator_reaches_the_queue_next_request_removed_one_is_refused(app):
    # Staff roles require 2FA: a physician already enrolled keeps their session when appointed.
    admin, physician = make_user(Role.ADMIN), make_user(Role.PHYSICIAN, two_factor=True)
    staff, member = Browser(app.test_client()), Browser(app.test_client())
    staff.login_as(admin)
    member.login_as(physician)
    assert member.get("/moderation/").status_code == 403
    assert staff.post(f"/admin/members/{physician.id}/role",
                      {"role": "moderator"}).status_code == 302
    assert member.get("/moderation/").status_code == 200
    assert "Moderation" in page_text(member.get("/"))  # the nav item appears
    assert staff.post(f"/admin/members/{physician.id}/role",
                      {"role": "physician"}).status_code == 302
    refused = member.get("/moderation/")
    assert refused.status_code == 302
    assert refused.headers["Location"].startswith("/auth/login")


def test_physicians_and_moderators_get_403_on_every_admin_page(app, client):
    target = make_user(Role.PHYSICIAN)
    pages = ["/admin/", "/admin/members", f"/admin/members/{target.id}", "/admin/audit"]
    posts = [f"/admin/members/{target.id}/role", f"/admin/members/{target.id}/suspend",
             f"/admin/members/{target.id}/reinstate", "/admin/audit/verify"]
    for role in (Role.PHYSICIAN, Role.MODERATOR):
        client.login_as(make_user(role))
        for url in pages:
            assert client.get(url).status_code == 403, (role, url)
        for url in posts:
            assert client.post(url, {"role": "admin", "reason": "x"}).status_code == 403
    assert db.session.get(User, target.id).role == Role.PHYSICIAN


def test_warning_must_be_acknowledged(app, client):
    moderator, physician = make_user(Role.MODERATOR), make_user(Role.PHYSICIAN)
    client.login_as(moderator)
    empty = client.post(f"/moderation/members/{physician.id}/warn", {"message": ""})
    assert empty.status_code == 422
    assert client.post(f"/moderation/members/{physician.id}/warn",
                       {"message": "Keep discussions civil."}).status_code == 302
    member = Browser(app.test_client())
    member.login_as(physician)
    blocked = member.get("/")
    assert blocked.headers["Location"] == "/moderation/warnings"
    case = published_case(make_user(Role.PHYSICIAN))
    posted = member.post(f"/cases/{case.id}/replies", {"body": "Before reading the warning."})
    assert posted.headers["Location"] == "/moderation/warnings"
    assert db.session.get(type(case), case.id).reply_count == 0
    page = member.get("/moderation/warnings")
    assert "Keep discussions civil." in page_text(page)
    warning_id = services.pending_warnings(physician.id)[0].id
    done = member.post(f"/moderation/warnings/{warning_id}/acknowledge")
    assert done.headers["Location"] == "/"
    assert member.get("/").status_code == 200
    history = page_text(client.get(f"/moderation/members/{physician.id}"))
    assert "acknowledged" in history


def test_moderator_suspends_with_reason_in_one_commit_and_sees_history(app, client):
    moderator, physician = make_user(Role.MODERATOR), make_user(Role.PHYSICIAN)
    member = Browser(app.test_client())
    member.login_as(physician)
    client.login_as(moderator)
    assert client.post(f"/moderation/members/{physician.id}/suspend",
                       {"reason": "", "days": "3"}).status_code == 422
    assert client.post(f"/moderation/members/{physician.id}/suspend",
                       {"reason": "Repeated PHI after warnings", "days": "7"}).status_code == 302
    assert db.session.get(User, physician.id).is_suspended
    assert member.get("/").headers["Location"].startswith("/auth/login")
    refused = member.login(physician.email)
    assert "Repeated PHI after warnings" in page_text(refused)
    row = db.session.scalars(select(ModerationAction)).one()
    assert (row.action, row.target_id, row.moderator_id) == ("suspend", physician.id,
                                                             moderator.id)
    assert "user.suspended" in [e.action for e in db.session.scalars(select(AuditEvent))]

    assert client.post(f"/moderation/members/{physician.id}/notes",
                       {"body": "Discussed by phone."}).status_code == 302
    history = page_text(client.get(f"/moderation/members/{physician.id}"))
    assert "Repeated PHI after warnings" in history
    assert "Discussed by phone." in history
    # Notes are private: the member's own pages never show them; admins see them.
    admin = Browser(app.test_client())
    admin.login_as(make_user(Role.ADMIN))
    assert "Discussed by phone." in page_text(admin.get(f"/moderation/members/{physician.id}"))
    assert client.post(f"/moderation/members/{physician.id}/reinstate",
                       {"reason": "Appeal"}).status_code == 302
    assert not db.session.get(User, physician.id).is_suspended


def test_moderators_cannot_sanction_staff_or_themselves(client):
    moderator, other, admin = (make_user(Role.MODERATOR), make_user(Role.MODERATOR),
                               make_user(Role.ADMIN))
    client.login_as(moderator)
    for target in (moderator, other, admin):
        response = client.post(f"/moderation/members/{target.id}/suspend", {"reason": "x"})
        assert response.status_code == 422
        assert not db.session.get(User, target.id).is_suspended
    assert client.get("/moderation/members/99999").status_code == 404


def test_upheld_flags_show_in_the_authors_history(client):
    author = make_user(Role.PHYSICIAN)
    case = published_case(author)
    reply = reply_to(case, make_user(Role.PHYSICIAN), "Is this an advertisement?")
    services.flag_post(make_user(Role.PHYSICIAN), "case", case, "spam")
    services.act_on_post(make_user(Role.MODERATOR), "case", case, "remove", "Advertising")
    client.login_as(make_user(Role.MODERATOR))
    history = page_text(client.get(f"/moderation/members/{author.id}"))
    assert f"spam on case #{case.id}" in history
    member = Browser(client.application.test_client())
    member.login_as(make_user(Role.PHYSICIAN))
    page = page_text(member.get(f"/cases/{case.id}"))
    assert "[removed by a moderator]" in page
    assert "Removed by moderators: spam." in page
    assert case.title not in page
    # Hidden means hidden: a removed case's replies are not shown to members either.
    assert "Is this an advertisement?" not in page
    assert member.get(f"/cases/{case.id}/replies/{reply.id}").status_code == 404


def test_admin_dashboard_shows_what_needs_attention(client):
    from datetime import timedelta

    from sqlalchemy import update

    from clinnet.core.db import utcnow
    from clinnet.moderation.models import Flag

    author = make_user(Role.PHYSICIAN)
    case = published_case(author)
    services.flag_post(make_user(Role.PHYSICIAN), "case", case, "spam")
    db.session.execute(update(Flag).values(created_at=utcnow() - timedelta(hours=50)))
    db.session.commit()
    client.login_as(make_user(Role.ADMIN))
    page = page_text(client.get("/admin/"))
    assert "Open flags 1" in page
    assert "Overdue flags (48 h+) 1" in page
    assert "Posts in review 0" in page
    assert "Oldest waiting 2 days" in page
    assert "moderation history" in page_text(client.get(f"/admin/members/{author.id}"))


def test_demo_seeds_one_open_phi_flag_once(app, client):
    from clinnet import demo
    from clinnet.moderation.models import Flag

    demo.seed("demo passphrase for tests", totp_secret=pyotp.random_base32())
    demo.seed("demo passphrase for tests", totp_secret=pyotp.random_base32())
    flag = db.session.scalars(select(Flag)).one()
    assert (flag.reason, flag.status, flag.kind) == ("phi", "open", "reply")
    client.login_as(db.session.scalar(select(User).where(
        User.email == "moderator@clinnet.test")))
    assert f"Reply #{flag.post_id}" in page_text(client.get("/moderation/"))


def test_moderation_log_filters_by_moderator_action_and_date(client):
    first, second = make_user(Role.MODERATOR), make_user(Role.MODERATOR)
    case = published_case(make_user(Role.PHYSICIAN))
    other = published_case(make_user(Role.PHYSICIAN), title="Another case for the log")
    services.act_on_post(first, "case", case, "hide", "Off-topic advertising")
    services.act_on_post(second, "case", other, "remove", "Duplicate of another case")
    client.login_as(make_user(Role.ADMIN))  # admins read the log too
    by_first = page_text(client.get(f"/moderation/log?moderator={first.email}"))
    assert "Off-topic advertising" in by_first
    assert "Duplicate of another case" not in by_first
    removals = page_text(client.get("/moderation/log?action=remove"))
    assert "Duplicate of another case" in removals
    assert "Off-topic advertising" not in removals
    assert "No actions." in page_text(client.get("/moderation/log?since=2999-01-01"))
    assert client.get("/moderation/log?since=junk&until=13/13/13&action=x&page=-2"
                      ).status_code == 200
