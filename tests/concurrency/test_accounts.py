"""Races on accounts (issue 11 item 10, issue 13 items 2-4), each run TRIALS times with real
threads and separate connections: concurrent wrong passwords are all counted and only the
allowed number evaluated, two registrations or two email changes of one address, and two admins
suspending and reinstating one member."""

import itertools

import pytest
from sqlalchemy import func, select

from clinnet.accounts import services as accounts
from clinnet.accounts import throttle
from clinnet.accounts.models import SignInThrottle, User
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.extensions import db
from tests.concurrency.race import TRIALS, assert_chain_intact, race_actions
from tests.helpers import PASSWORD, mailed_link, make_user

WRONG = "a wrong but long password"
_emails = itertools.count(1)


def attempts(email, count, source):
    def attempt(ready):
        ready()
        try:
            accounts.authenticate(email, WRONG, source)
        except accounts.SignInThrottled:
            return "throttled"
        except accounts.SignInFailed:
            return "failed"
        return "signed in"
    return [attempt] * count


@pytest.mark.postgres_only
@pytest.mark.config(SIGN_IN_FREE_ATTEMPTS=50, SIGN_IN_ACCOUNT_FREE_ATTEMPTS=50)
def test_ten_concurrent_wrong_passwords_are_all_counted(app):
    for _ in range(TRIALS):
        member = make_user(Role.PHYSICIAN)
        source = throttle.Source(f"198.51.100.{next(_emails) % 250}")
        outcomes = race_actions(app, *attempts(member.email, 10, source))
        assert outcomes == ["failed"] * 10
        with app.test_request_context():
            keys = throttle.keys_for(member.email, source, member.id)
        db.session.commit()
        counts = dict(db.session.execute(select(SignInThrottle.key, SignInThrottle.failures)
                                         .where(SignInThrottle.key.in_(keys))).all())
        assert counts == dict.fromkeys(keys, 10)
    assert_chain_intact()


@pytest.mark.postgres_only
@pytest.mark.config(SIGN_IN_FREE_ATTEMPTS=3)
def test_concurrent_wrong_passwords_beyond_the_limit_are_not_evaluated(app):
    for _ in range(TRIALS):
        member = make_user(Role.PHYSICIAN)
        source = throttle.Source(f"203.0.113.{next(_emails) % 250}")
        outcomes = race_actions(app, *attempts(member.email, 10, source))
        assert sorted(outcomes) == ["failed"] * 3 + ["throttled"] * 7
        evaluated = db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "auth.login_failed", AuditEvent.target_id == str(member.id)))
        assert evaluated == 3
    assert_chain_intact()


@pytest.mark.postgres_only
def test_two_registrations_of_one_address_make_one_account(app):
    for _ in range(TRIALS):
        email = f"racing{next(_emails)}@example.org"

        def register(password, email=email):
            def action(ready):
                ready()
                accounts.register(email, password)
                return "answered"
            return action

        outcomes = race_actions(app, register(PASSWORD), register("another long passphrase"))
        assert outcomes == ["answered", "answered"]  # the same answer, no error
        db.session.commit()
        assert db.session.scalar(select(func.count()).select_from(User).where(
            User.email == email)) == 1
    assert_chain_intact()


@pytest.mark.postgres_only
def test_two_members_confirming_the_same_new_address_one_gets_it(app):
    for _ in range(TRIALS):
        target = f"wanted{next(_emails)}@example.org"
        members = [make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)]
        tokens = []
        for member in members:
            accounts.request_email_change(member, target)
            tokens.append(mailed_link("/account/email/confirm/", to=target).rsplit("/", 1)[1])
        ids = [member.id for member in members]
        db.session.commit()

        def confirm(user_id, token):
            def action(ready):
                member = db.session.get(User, user_id)
                ready()
                try:
                    accounts.confirm_email_change(member, token)
                except accounts.AccountError:
                    return "refused"
                return "changed"
            return action

        outcomes = race_actions(app, *(confirm(i, t) for i, t in zip(ids, tokens, strict=True)))
        assert sorted(outcomes) == ["changed", "refused"], outcomes
        db.session.commit()
        assert db.session.scalar(select(func.count()).select_from(User).where(
            User.email == target)) == 1
    assert_chain_intact()


SANCTIONS = {
    "suspend": lambda member, admin: accounts.suspend(member, admin, "Conduct", source="admin"),
    "reinstate": lambda member, admin: accounts.reinstate(member, admin, "Resolved"),
}


@pytest.mark.postgres_only
@pytest.mark.parametrize("pair", [("suspend", "suspend"), ("reinstate", "reinstate"),
                                  ("suspend", "reinstate")], ids="+".join)
def test_two_admins_suspending_and_reinstating_one_member(app, pair):
    admins = [make_user(Role.ADMIN).id, make_user(Role.ADMIN).id]
    for _ in range(TRIALS):
        member = make_user(Role.PHYSICIAN)
        if pair[0] == "reinstate" or pair == ("suspend", "reinstate"):
            accounts.suspend(member, db.session.get(User, admins[0]), "First", source="admin")
        member_id = member.id
        db.session.commit()
        before = db.session.scalar(select(func.max(AuditEvent.id)))

        def act(what, admin_id, member_id=member_id):
            def action(ready):
                admin = db.session.get(User, admin_id)
                target = db.session.get(User, member_id)
                ready()
                try:
                    SANCTIONS[what](target, admin)
                except accounts.AccountError:
                    return "refused"
                return what
            return action

        outcomes = race_actions(app, *(act(w, a) for w, a in zip(pair, admins, strict=True)))
        db.session.commit()
        events = db.session.scalars(select(AuditEvent.action).where(
            AuditEvent.id > before, AuditEvent.target_id == str(member_id))
            .order_by(AuditEvent.id)).all()
        done = [o for o in outcomes if o != "refused"]
        assert len(events) == len(done)  # one event per change, none for a refusal
        if pair[0] == pair[1]:
            assert sorted(outcomes) == sorted([pair[0], "refused"]), outcomes
        member = db.session.get(User, member_id)
        # The member's state is what the last recorded change made it.
        assert member.is_suspended == (events[-1] == "user.suspended")
    assert_chain_intact()
