"""Two mail jobs at the same moment never mail one notification twice; two saves of a member's
choice at once both succeed (PostgreSQL: real threads, separate sessions, many trials)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import delete

from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.notifications import emails, notify
from clinnet.notifications.mail import outbox
from clinnet.notifications.models import Frequency, MailSettings, Notification
from tests.helpers import make_user

TRIALS = 15


def _together(app, *calls):
    """Run each call in its own thread, app context and session, released by one barrier."""
    barrier = threading.Barrier(len(calls))
    failures: list[BaseException] = []

    def run(call):
        with app.app_context():
            try:
                barrier.wait(timeout=10)
                call()
            except BaseException as exc:
                failures.append(exc)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert failures == []


@pytest.mark.postgres_only
def test_two_immediate_jobs_mail_each_notification_once(app):
    members = [make_user(Role.PHYSICIAN) for _ in range(3)]
    for member in members:
        emails.set_frequency(member.id, Frequency.IMMEDIATELY)
    ids = [m.id for m in members]
    for trial in range(TRIALS):
        for member in members:
            notify(member, "test", f"Event {trial}", "/")
        db.session.commit()
        outbox().clear()
        _together(app, *[lambda: emails.send_immediate(ids, titles=lambda c: {})] * 2)
        assert sorted(m.to for m in outbox()) == sorted(m.email for m in members), trial


@pytest.mark.postgres_only
def test_two_digest_runs_send_each_digest_once(app):
    members = [make_user(Role.PHYSICIAN) for _ in range(4)]
    for trial in range(TRIALS):
        db.session.execute(delete(MailSettings))
        db.session.execute(delete(Notification))
        for member in members:
            notify(member, "case.activity", f"New reply on case #{trial}", "/")
        db.session.commit()
        outbox().clear()
        _together(app, *[lambda: emails.send_digests(Frequency.DAILY, titles=lambda c: {})] * 2)
        assert sorted(m.to for m in outbox()) == sorted(m.email for m in members), trial


@pytest.mark.postgres_only
def test_two_saves_of_the_choice_at_once_both_succeed(app):
    member_id = make_user(Role.PHYSICIAN).id
    for _ in range(TRIALS):
        db.session.execute(delete(MailSettings))
        db.session.commit()
        _together(app, lambda: emails.set_frequency(member_id, Frequency.WEEKLY),
                  lambda: emails.set_frequency(member_id, Frequency.NEVER))
        db.session.commit()
        assert emails.frequency_of(member_id) in (Frequency.WEEKLY, Frequency.NEVER)
