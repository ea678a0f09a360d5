"""Issue 13 item 3: nobody can lock anyone out. Wrong passwords slow down the source they come
from (progressive delays), the owner is told, and the owner's own browser is never slowed."""

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from clinnet.accounts.models import SignInThrottle
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.notifications.mail import outbox
from clinnet.notifications.models import Notification
from tests.helpers import PASSWORD, Browser, page_text

WRONG = "a wrong but long password"
STRANGER = {"REMOTE_ADDR": "203.0.113.66"}
OWNER = {"REMOTE_ADDR": "10.1.2.3"}

pytestmark = pytest.mark.config(RATELIMITS_ENABLED=False, SIGN_IN_FREE_ATTEMPTS=3,
                                SIGN_IN_ACCOUNT_FREE_ATTEMPTS=6, SIGN_IN_DELAY_SECONDS=2.0)


def attempt(app, email, password=WRONG, environ=STRANGER, browser=None):
    browser = browser or Browser(app.test_client())
    return browser.login(email, password, environ_base=environ)


def wait_out() -> None:
    """Pretend every wait has passed (tests do not sleep)."""
    db.session.execute(update(SignInThrottle).values(blocked_until=None))
    db.session.commit()


def test_a_stranger_slows_only_themselves_and_the_owner_signs_in(app, users):
    member = users[Role.PHYSICIAN]
    for _ in range(3):
        assert "Email or password is incorrect" in page_text(attempt(app, member.email))
    throttled = attempt(app, member.email, PASSWORD)  # even the right password waits
    assert "Too many wrong passwords from here. Wait 2 seconds" in page_text(throttled)
    # The owner, from their own network, is not affected at all.
    assert attempt(app, member.email, PASSWORD, OWNER).headers["Location"] == "/"


def test_the_wait_doubles_with_every_further_wrong_password(app, users):
    member = users[Role.PHYSICIAN]
    waits = []
    for _ in range(6):
        attempt(app, member.email)
        blocked = [round((row.blocked_until - row.last_failure_at).total_seconds())
                   for row in db.session.scalars(select(SignInThrottle))
                   if row.blocked_until is not None]
        if blocked:
            waits.append(max(blocked))  # this source's wait (the shared one starts later)
        wait_out()
    assert waits == [2, 4, 8, 16]  # after the 3rd, 4th, 5th and 6th wrong password


@pytest.mark.config(SIGN_IN_MAX_DELAY_SECONDS=5.0)
def test_the_wait_is_capped(app, users):
    for _ in range(8):
        attempt(app, users[Role.PHYSICIAN].email)
        wait_out()
    attempt(app, users[Role.PHYSICIAN].email)
    longest = max((r.blocked_until - r.last_failure_at).total_seconds()
                  for r in db.session.scalars(select(SignInThrottle))
                  if r.blocked_until is not None)
    assert longest == 5


def test_the_owner_is_told_once_an_hour(app, users):
    member = users[Role.PHYSICIAN]
    for _ in range(3):
        attempt(app, member.email)
    mails = [m for m in outbox() if m.to == member.email]
    assert len(mails) == 1
    assert "203.0.113.66" in mails[0].body
    assert "not locked" in mails[0].body
    notes = db.session.scalars(select(Notification).where(
        Notification.user_id == member.id)).all()
    assert len(notes) == 1
    wait_out()
    for _ in range(3):  # another source reaches the threshold within the hour
        attempt(app, member.email, environ={"REMOTE_ADDR": "198.51.100.9"})
    assert len([m for m in outbox() if m.to == member.email]) == 1


def test_unknown_addresses_are_answered_exactly_like_known_ones(app, users):
    known, unknown = [], []
    for _ in range(4):
        known.append(page_text(attempt(app, users[Role.PHYSICIAN].email)))
        unknown.append(page_text(attempt(app, "nobody@example.org")))
    assert known == unknown
    assert "Too many wrong passwords" in known[-1]
    assert outbox()[0].to == users[Role.PHYSICIAN].email  # only a real owner gets mail


def test_many_sources_share_a_budget_but_the_owners_browser_never_waits(app, users):
    member = users[Role.PHYSICIAN]
    own_browser = Browser(app.test_client())
    attempt(app, member.email, PASSWORD, OWNER, own_browser)  # recognised from now on
    own_browser.logout()
    for n in range(6):  # six addresses, one guess each: under each source's own limit
        attempt(app, member.email, environ={"REMOTE_ADDR": f"192.0.2.{n}"})
    fresh = attempt(app, member.email, PASSWORD, {"REMOTE_ADDR": "192.0.2.200"})
    assert "Too many wrong passwords" in page_text(fresh)  # an unknown browser waits
    own = attempt(app, member.email, PASSWORD, {"REMOTE_ADDR": "192.0.2.201"}, own_browser)
    assert own.headers["Location"] == "/"  # the member's own browser, from anywhere


def test_a_forged_device_cookie_is_not_recognised(app, users):
    member = users[Role.PHYSICIAN]
    browser = Browser(app.test_client())
    browser.set_cookie("clinnet_device", "eyJ1IjoxfQ.forged")
    for _ in range(3):
        attempt(app, member.email, browser=browser)
    assert "Too many" in page_text(attempt(app, member.email, PASSWORD, browser=browser))


def test_the_right_password_clears_its_sources_count(app, users):
    member = users[Role.PHYSICIAN]
    for _ in range(2):
        attempt(app, member.email, environ=OWNER)
    attempt(app, member.email, PASSWORD, OWNER)
    for _ in range(2):
        assert "incorrect" in page_text(attempt(app, member.email, environ=OWNER))
    assert "Too many" not in page_text(attempt(app, member.email, environ=OWNER))


def test_failures_are_forgotten_after_a_day(app, users):
    member = users[Role.PHYSICIAN]
    for _ in range(3):
        attempt(app, member.email)
    db.session.execute(update(SignInThrottle).values(
        last_failure_at=utcnow() - timedelta(hours=25), blocked_until=None))
    db.session.commit()
    attempt(app, member.email)
    assert max(db.session.scalars(select(SignInThrottle.failures))) == 1


def test_attempts_and_throttling_are_audited_without_the_address(app, users):
    for _ in range(4):
        attempt(app, "someone@example.org")
    events = db.session.scalars(select(AuditEvent).where(AuditEvent.action.like("auth.%"))
                                .order_by(AuditEvent.id)).all()
    assert [e.action for e in events] == ["auth.login_failed"] * 3 + ["auth.login_throttled"]
    assert all("someone@example.org" not in e.details for e in events)
