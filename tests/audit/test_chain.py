import threading

import pytest
from sqlalchemy import delete, func, select, update

from clinnet import audit
from clinnet.audit.models import AuditEvent
from clinnet.cli import audit_verify
from clinnet.core.authz import Role
from clinnet.extensions import db
from tests.helpers import make_user


def _record_events(n, actor=None):
    for i in range(n):
        audit.record("test.event", actor=actor, target=actor, index=i)
        db.session.commit()


def _verify_cli(app):
    return app.test_cli_runner().invoke(audit_verify)


def test_chain_of_real_events_verifies(app):
    user = make_user(Role.PHYSICIAN)
    _record_events(5, user)
    report = audit.verify_chain()
    assert report.ok
    assert report.events == 6  # the account creation and five events
    result = _verify_cli(app)
    assert result.exit_code == 0
    assert "intact: 6 events" in result.output


def test_altered_event_is_named(app):
    _record_events(5)
    db.session.execute(update(AuditEvent).where(AuditEvent.id == 3).values(details='{"i":9}'))
    db.session.commit()
    report = audit.verify_chain()
    assert (report.ok, report.first_bad_id) == (False, 3)
    result = _verify_cli(app)
    assert result.exit_code == 1
    assert "BROKEN at event 3" in result.output


@pytest.mark.parametrize("removed", [2, 5])
def test_removed_event_is_detected_in_the_middle_and_at_the_end(app, removed):
    _record_events(5)
    db.session.execute(delete(AuditEvent).where(AuditEvent.id == removed))
    db.session.commit()
    report = audit.verify_chain()
    assert not report.ok
    assert report.first_bad_id == removed
    assert _verify_cli(app).exit_code == 1


def test_event_and_change_roll_back_together(app):
    user = make_user(Role.PHYSICIAN)
    user.role = Role.MODERATOR
    audit.record("user.role_changed", target=user)
    db.session.rollback()
    db.session.refresh(user)
    assert user.role == Role.PHYSICIAN
    assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == 1
    assert audit.verify_chain().ok


def test_concurrent_writers_never_fork_the_chain(app):
    """Several threads, each with its own connection, append at once."""
    threads, per_thread, errors = 6, 15, []

    def writer():
        try:
            with app.app_context():
                _record_events(per_thread)
                db.session.remove()
        except Exception as exc:  # surfaced below, with the thread's error
            errors.append(exc)

    workers = [threading.Thread(target=writer) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert not errors
    report = audit.verify_chain()
    assert report.ok, report
    assert report.events == threads * per_thread
