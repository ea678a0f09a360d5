"""`clinnet registry reverify`: lapsed licences suspend their members; an outage suspends nobody."""

import json

import pytest
from sqlalchemy import select

from clinnet.accounts.models import Status
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.notifications.mail import outbox
from clinnet.verification.models import Application
from tests.helpers import PASSWORD, page_text
from tests.verification.fixtures import registry_rows, run
from tests.verification.util import csv_text, row


def test_lapsed_licences_suspend_their_members(app, client, registry, physicians):
    registry.write_text(registry_rows(expired="expired", revoked="revoked",
                                      probation="probation", gone="gone"), encoding="utf-8")
    result = run(app)
    assert result.exit_code == 0, result.output
    assert "Checked 5 verified physician(s): 2 still valid, 3 suspended" in result.output
    assert "suspended expired@example.org: licence CA A1 is expired" in result.output
    assert "warning probation@example.org: licence MN 3 is on probation" in result.output
    for db_user in physicians.values():
        db.session.refresh(db_user)
    assert {name for name, u in physicians.items() if u.status == Status.SUSPENDED} == {
        "expired", "revoked", "gone"}
    assert "NPI 9990000041 is no longer in the licence registry" in \
        physicians["gone"].suspension_reason

    # The member is told why at sign-in, and their session is over.
    response = client.login("revoked@example.org", PASSWORD)
    assert "licence MA 2 is revoked" in page_text(response)
    assert client.get("/").status_code == 302
    suspended = db.session.scalars(select(AuditEvent).where(
        AuditEvent.action == "user.suspended")).all()
    assert len(suspended) == 3
    assert all(json.loads(e.details)["source"] == "reverification" for e in suspended)
    assert {m.to for m in outbox() if "suspended" in m.subject} == {
        "expired@example.org", "revoked@example.org", "gone@example.org"}


def test_running_again_suspends_nobody_twice(app, registry, physicians):
    registry.write_text(registry_rows(expired="expired"), encoding="utf-8")
    assert run(app).exit_code == 0
    second = run(app)
    assert "0 suspended, 1 already suspended" in second.output


@pytest.mark.parametrize("outage", ["missing file", "broken file"])
def test_a_registry_outage_suspends_nobody_and_fails(app, registry, physicians, outage):
    if outage == "missing file":
        registry.unlink()
    else:
        registry.write_text(registry_rows(expired="expired") + "9990000066,broken\n",
                            encoding="utf-8")
    result = run(app)
    assert result.exit_code != 0
    assert "The licence registry is unavailable" in result.output
    assert "Nobody was suspended" in result.output
    for user in physicians.values():
        db.session.refresh(user)
        assert user.status == Status.ACTIVE


def test_an_http_outage_midway_suspends_nobody(app, physicians, httpserver):
    app.config.update(REGISTRY="nppes", NPPES_URL=httpserver.url_for("/api/"),
                      REGISTRY_DEADLINE=0.5)
    httpserver.expect_ordered_request("/api/").respond_with_json(
        {"result_count": 0, "results": []})  # the first member's NPI is gone ...
    httpserver.expect_request("/api/").respond_with_data("down", status=500)  # ... then outage
    result = run(app)
    assert result.exit_code != 0
    for user in physicians.values():
        db.session.refresh(user)
        assert user.status == Status.ACTIVE


def test_admin_reinstates_a_suspended_member(app, client, users, registry, physicians):
    registry.write_text(registry_rows(expired="expired"), encoding="utf-8")
    run(app)
    member = physicians["expired"]
    application = db.session.scalar(select(Application).where(
        Application.user_id == member.id))
    client.login_as(users[Role.ADMIN])
    queue = page_text(client.get("/admin/applications"))
    assert "Suspended physicians" in queue
    assert "licence CA A1 is expired" in queue
    client.post(f"/admin/applications/{application.id}/reinstate",
                {"note": "Renewal seen on the board's site."})
    db.session.refresh(member)
    assert member.status == Status.ACTIVE
    client.logout()
    assert client.login("expired@example.org", PASSWORD).headers["Location"] == "/"


def test_the_last_active_admin_is_reported_not_suspended(app, registry, users):
    admin = users[Role.ADMIN]  # the only admin
    registry.write_text(csv_text(row(license_status="revoked")), encoding="utf-8")
    db.session.add(Application(user_id=admin.id, npi="9990000009", claimed_npi="9990000009",
                               license_state="NY", license_number="200101", first_name="Ada",
                               last_name="Okafor", specialty="cardiology", state="approved",
                               code_attempts=0, code_sends=0))
    db.session.commit()
    result = run(app)
    assert "not suspended: the last admin" in result.output
    db.session.refresh(admin)
    assert admin.status == Status.ACTIVE
