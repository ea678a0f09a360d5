from sqlalchemy import update

from clinnet.accounts.models import User
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.extensions import db
from tests.helpers import make_user, page_text


def test_admin_finds_members_by_name_role_status_and_licence(client, users):
    make_user(Role.PHYSICIAN, email="grace.hopper@example.org")
    client.login_as(users[Role.ADMIN])
    assert "grace.hopper@example.org" in page_text(client.get("/admin/members?q=HOPPER"))
    page = page_text(client.get("/admin/members?role=applicant"))
    assert users[Role.APPLICANT].email in page
    assert "grace.hopper" not in page
    assert users[Role.APPLICANT].email in page_text(client.get("/admin/members?verified=no"))
    assert "No member matches." in page_text(client.get("/admin/members?status=suspended"))
    # Junk filters are ignored, not errors.
    assert client.get("/admin/members?role=%00&status=x&verified=maybe&page=-3").status_code == 200


def test_appointed_moderator_gets_the_role_on_next_request_and_removed_one_at_once(client, users):
    admin, physician = users[Role.ADMIN], users[Role.PHYSICIAN]
    other = client.application.test_client()
    from tests.helpers import Browser

    member_browser = Browser(other)
    member_browser.login_as(physician)
    assert member_browser.get("/admin/").status_code == 403

    client.login_as(admin)
    response = client.post(f"/admin/members/{physician.id}/role", {"role": "admin"})
    assert response.status_code == 302
    assert member_browser.get("/admin/").status_code == 200  # same session, new role

    client.post(f"/admin/members/{physician.id}/role", {"role": "physician"})
    # Losing a role ends the member's sessions at once.
    assert member_browser.get("/admin/").headers["Location"].startswith("/auth/login")
    actions = [e.action for e in db.session.scalars(db.select(AuditEvent))]
    assert actions.count("user.role_changed") == 2


def test_the_last_admin_cannot_be_removed_and_applicants_get_no_staff_role(client, users):
    admin = users[Role.ADMIN]
    client.login_as(admin)
    response = client.post(f"/admin/members/{admin.id}/role", {"role": "moderator"})
    assert response.status_code == 400
    assert "at least one admin" in page_text(response)
    assert db.session.get(User, admin.id).role == Role.ADMIN

    applicant = users[Role.APPLICANT]
    response = client.post(f"/admin/members/{applicant.id}/role", {"role": "moderator"})
    assert response.status_code == 400
    assert "Only a verified physician" in page_text(response)
    assert db.session.get(User, applicant.id).role == Role.APPLICANT

    response = client.post(f"/admin/members/{applicant.id}/role", {"role": "superuser"})
    assert response.status_code == 400


def test_suspend_with_reason_then_reinstate(client, users):
    admin, physician = users[Role.ADMIN], users[Role.PHYSICIAN]
    client.login_as(admin)
    response = client.post(f"/admin/members/{physician.id}/suspend", {"reason": "", "days": ""})
    assert response.status_code == 400
    assert "Give a reason" in page_text(response)
    response = client.post(f"/admin/members/{physician.id}/suspend",
                           {"reason": "Unprofessional conduct", "days": "7"})
    assert response.status_code == 302
    member = db.session.get(User, physician.id)
    assert member.is_suspended
    assert "Unprofessional conduct" in page_text(client.get(f"/admin/members/{physician.id}"))
    client.post(f"/admin/members/{physician.id}/reinstate", {"reason": "Appeal upheld"})
    assert not db.session.get(User, physician.id).is_suspended
    assert client.post(f"/admin/members/{admin.id}/suspend",
                       {"reason": "x"}).status_code == 400


def test_unknown_member_is_404(client, users):
    client.login_as(users[Role.ADMIN])
    assert client.get("/admin/members/99999").status_code == 404
    assert client.post("/admin/members/99999/role", {"role": "admin"}).status_code == 404


def test_audit_viewer_filters_and_verifies_the_chain(client, users):
    admin, physician = users[Role.ADMIN], users[Role.PHYSICIAN]
    client.login_as(admin)
    client.post(f"/admin/members/{physician.id}/suspend", {"reason": "Test reason"})
    page = page_text(client.get("/admin/audit?action=user.suspended"))
    assert "user.suspended" in page
    assert "account.created" not in page
    page = page_text(client.get(f"/admin/audit?actor={admin.email}"))
    assert "user.suspended" in page
    assert "No events." in page_text(client.get("/admin/audit?since=2999-01-01"))
    assert client.get("/admin/audit?since=notadate&until=13/45/2020").status_code == 200

    response = client.post("/admin/audit/verify")
    assert "The audit chain is intact" in page_text(client.get(response.headers["Location"]))
    db.session.execute(update(AuditEvent).where(AuditEvent.id == 2).values(action="x"))
    db.session.commit()
    client.post("/admin/audit/verify")
    assert "BROKEN at event 2" in page_text(client.get("/admin/audit"))
