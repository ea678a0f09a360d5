"""Issue 13 item 2: every suspension records its source and authority; only that authority or a
higher one lifts it; a licence re-verification suspension is lifted by a registry re-check or by
an admin who writes why."""

import json

import pytest
from sqlalchemy import select

from clinnet.accounts import services as accounts
from clinnet.accounts.models import User
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.verification import services as verification
from tests.helpers import Browser, make_user, page_text
from tests.verification.fixtures import registry_rows, run


def member(user_id) -> User:
    db.session.expire_all()
    return db.session.get(User, user_id)


@pytest.fixture
def staff(app):
    return {"moderator": make_user(Role.MODERATOR), "admin": make_user(Role.ADMIN)}


def browser_for(app, user) -> Browser:
    browser = Browser(app.test_client())
    browser.login_as(user)
    return browser


def test_a_moderator_cannot_reinstate_whom_an_admin_suspended(app, staff):
    target = make_user(Role.PHYSICIAN)
    admin = browser_for(app, staff["admin"])
    admin.post(f"/admin/members/{target.id}/suspend", {"reason": "Harassing colleagues"})
    assert member(target.id).suspension_authority == "admin"
    assert member(target.id).suspension_source == "admin"

    moderator = browser_for(app, staff["moderator"])
    refused = moderator.post(f"/moderation/members/{target.id}/reinstate",
                             {"reason": "Seems fine now"})
    assert refused.status_code == 422
    assert "only an admin can reinstate them" in page_text(refused)
    assert member(target.id).is_suspended

    assert admin.post(f"/admin/members/{target.id}/reinstate",
                      {"reason": "Apologised"}).status_code == 302
    assert not member(target.id).is_suspended


def test_a_moderators_suspension_is_lifted_by_a_moderator_or_an_admin(app, staff):
    first, second = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    moderator = browser_for(app, staff["moderator"])
    for target in (first, second):
        moderator.post(f"/moderation/members/{target.id}/suspend",
                       {"reason": "Spam", "days": "3"})
        assert member(target.id).suspension_authority == "moderator"
    assert moderator.post(f"/moderation/members/{first.id}/reinstate",
                          {"reason": "Was a misunderstanding"}).status_code == 302
    accounts.reinstate(member(second.id), staff["admin"], "")
    assert not member(first.id).is_suspended
    assert not member(second.id).is_suspended


def test_a_higher_authority_takes_a_suspension_over_a_lower_one_cannot(app, staff):
    target = make_user(Role.PHYSICIAN)
    accounts.suspend(target, staff["moderator"], "Spam", source="moderation")
    accounts.suspend(member(target.id), staff["admin"], "Repeated spam", source="admin")
    assert member(target.id).suspension_authority == "admin"
    with pytest.raises(accounts.AccountError, match="Already suspended"):
        accounts.suspend(member(target.id), staff["moderator"], "Again", source="moderation")
    assert member(target.id).suspension_reason == "Repeated spam"


def test_a_registry_suspension_is_lifted_by_a_recheck_or_an_admin_with_a_reason(
        app, registry, physicians, staff):
    registry.write_text(registry_rows(revoked="revoked"), encoding="utf-8")
    assert run(app).exit_code == 0
    revoked = member(physicians["revoked"].id)
    assert (revoked.suspension_authority, revoked.suspension_source) == \
        ("registry", "reverification")

    moderator = browser_for(app, staff["moderator"])
    refused = moderator.post(f"/moderation/members/{revoked.id}/reinstate",
                             {"reason": "They called"})
    assert "only a registry re-check or an admin" in page_text(refused)
    with pytest.raises(accounts.AccountError, match="write why"):
        accounts.reinstate(member(revoked.id), staff["admin"], "")
    assert member(revoked.id).is_suspended

    # The board restores the licence; the nightly re-verification lifts the suspension.
    registry.write_text(registry_rows(), encoding="utf-8")
    result = run(app)
    assert "1 reinstated" in result.output
    assert not member(revoked.id).is_suspended
    events = db.session.scalars(select(AuditEvent).where(
        AuditEvent.action == "user.reinstated")).all()
    assert json.loads(events[-1].details)["by_registry"] is True


def test_an_admin_may_lift_a_registry_suspension_with_a_reason(app, registry, physicians,
                                                               staff):
    registry.write_text(registry_rows(expired="expired"), encoding="utf-8")
    run(app)
    expired = member(physicians["expired"].id)
    application = verification.application_of(expired)
    admin = browser_for(app, staff["admin"])
    empty = admin.post(f"/admin/applications/{application.id}/reinstate", {"note": ""})
    assert "write why you reinstate them anyway" in page_text(empty)
    assert member(expired.id).is_suspended
    done = admin.post(f"/admin/applications/{application.id}/reinstate",
                      {"note": "Board confirmed the renewal by phone"})
    assert done.status_code == 302
    assert not member(expired.id).is_suspended


def test_an_admins_registry_recheck_lifts_only_a_registry_suspension(app, registry,
                                                                     physicians, staff):
    registry.write_text(registry_rows(revoked="revoked"), encoding="utf-8")
    run(app)
    revoked = member(physicians["revoked"].id)
    application = verification.application_of(revoked)
    admin = browser_for(app, staff["admin"])
    admin.post(f"/admin/applications/{application.id}/recheck-member")
    assert member(revoked.id).is_suspended  # still revoked in the registry
    registry.write_text(registry_rows(), encoding="utf-8")
    admin.post(f"/admin/applications/{application.id}/recheck-member")
    assert not member(revoked.id).is_suspended

    other = member(physicians["ok"].id)
    accounts.suspend(other, staff["admin"], "Conduct", source="admin")
    with pytest.raises(accounts.AccountError, match="a registry re-check does not lift it"):
        accounts.reinstate(member(other.id), None, by_registry=True)


def test_suspending_twice_at_the_same_authority_changes_nothing(app, staff):
    target = make_user(Role.PHYSICIAN)
    accounts.suspend(target, staff["admin"], "First", source="admin")
    with pytest.raises(accounts.AccountError, match="Already suspended"):
        accounts.suspend(member(target.id), make_user(Role.ADMIN), "Second", source="admin")
    assert member(target.id).suspension_reason == "First"
