"""`clinnet db prune`: what has expired goes, what is current stays, and the count is audited."""

import json
from datetime import timedelta

from sqlalchemy import select

from clinnet.accounts.models import IdempotencyKey, SignInThrottle, User, UserSession
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.extensions import db
from tests.helpers import make_user


def test_prune_deletes_only_what_has_expired(app):
    now = utcnow()
    member = make_user(Role.PHYSICIAN)
    stale_signup = User(email="never.confirmed@example.org", password_hash="x",
                        created_at=now - timedelta(days=8))
    fresh_signup = User(email="just.registered@example.org", password_hash="x")
    db.session.add_all([
        stale_signup, fresh_signup,
        SignInThrottle(key="old", failures=3, last_failure_at=now - timedelta(hours=30)),
        SignInThrottle(key="new", failures=3, last_failure_at=now),
        IdempotencyKey(key_hash="old", user_id=member.id, created_at=now - timedelta(days=2)),
        IdempotencyKey(key_hash="new", user_id=member.id, created_at=now),
        UserSession(token_hash="old", user_id=member.id, created_at=now - timedelta(hours=13)),
        UserSession(token_hash="new", user_id=member.id)])
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["db", "prune"])
    assert result.exit_code == 0, result.output
    assert "Deleted 1 sign-in counter(s), 1 form key(s), 1 ended session(s) and 1 " \
        "unconfirmed registration(s)." in result.output
    db.session.expire_all()
    assert db.session.scalars(select(SignInThrottle.key)).all() == ["new"]
    assert db.session.scalars(select(IdempotencyKey.key_hash)).all() == ["new"]
    assert db.session.scalars(select(UserSession.token_hash)).all() == ["new"]
    emails = set(db.session.scalars(select(User.email)))
    assert "never.confirmed@example.org" not in emails
    assert {"just.registered@example.org", member.email} <= emails
    event = db.session.scalars(select(AuditEvent).where(
        AuditEvent.action == "maintenance.pruned")).one()
    assert json.loads(event.details) == {"form_keys": 1, "sessions": 1, "throttles": 1,
                                         "unconfirmed": 1}
