"""The audit log is immutable, so redaction can never reach it: it must hold no free text."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from clinnet import audit
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.moderation import services as moderation
from clinnet.verification import services as verification
from tests.helpers import make_user
from tests.verification.util import LENA


def _all_audit_text() -> str:
    return " ".join(f"{e.actor_label} {e.details}" for e in db.session.scalars(select(AuditEvent)))


def test_free_text_details_are_refused(app):
    with pytest.raises(ValueError, match="free text"):
        audit.record("test.event", reason="the patient John Smith")


def test_a_failed_sign_in_does_not_store_the_email_as_typed(client):
    typed = "john.smith.dob.1962@example.org"
    client.login(typed, "a wrong but long password")
    assert typed not in _all_audit_text()
    assert db.session.scalar(select(AuditEvent).where(
        AuditEvent.action == "auth.login_failed")) is not None


def test_suspension_reasons_and_admin_messages_stay_out_of_the_audit_log(app):
    member = make_user(Role.PHYSICIAN)
    moderation.suspend(make_user(Role.ADMIN), member, "Posted Robert Quenby's scan", None)
    assert "Quenby" not in _all_audit_text()
    assert db.session.scalar(select(AuditEvent).where(
        AuditEvent.action == "user.suspended")) is not None


def test_rejection_reasons_stay_out_of_the_audit_log(app, registry):
    applicant = make_user(Role.APPLICANT)
    application = verification.submit(applicant, verification.ApplicationData(
        **{k: v for k, v in LENA.items() if k != "specialty"}))
    verification.reject(application, make_user(Role.ADMIN), "Licence of Dr Quenby, not yours")
    assert "Quenby" not in _all_audit_text()
