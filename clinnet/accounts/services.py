"""Account state changes. Each public function is one user action: it commits once, with its
audit event, or raises and changes nothing."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from clinnet import audit
from clinnet.accounts.models import Status, User
from clinnet.accounts.passwords import hash_password, needs_rehash, policy_errors, verify_password
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.extensions import db


class AccountError(ValueError):
    """A request that cannot be carried out; the message is safe to show the member."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class SignInFailed(AccountError):
    """One message for every failure, so nobody learns which emails have accounts."""

    MESSAGE = (
        "Email or password is incorrect. After {n} failed attempts an account is locked "
        "for {m} minutes."
    )


def normalize_email(email: str) -> str:
    return email.strip().lower()


def find_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalize_email(email)))


def register(email: str, password: str) -> User:
    """Create an applicant account."""
    email = normalize_email(email)
    errors = policy_errors(password, email)
    if errors:
        raise AccountError(" ".join(errors), field="password")
    user = _create(email, password, Role.APPLICANT)
    audit.record("account.registered", actor=user, target=user)
    _commit_new(user)
    return user


def create_member(email: str, password: str, role: Role, actor=None, verified: bool = False,
                  first_name: str | None = None, last_name: str | None = None):
    """Create an account with a role (operators' CLI and the demo); audited as a role grant."""
    email = normalize_email(email)
    errors = policy_errors(password, email)
    if errors:
        raise AccountError(" ".join(errors), field="password")
    user = _create(email, password, role)
    user.first_name, user.last_name = first_name, last_name
    if verified or role >= Role.PHYSICIAN:
        user.verified_at = utcnow()
        ensure_pseudonym(user)
    audit.record("account.created", actor=actor, target=user, role=role.value)
    _commit_new(user)
    return user


_PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


def ensure_pseudonym(user: User) -> str:
    """Give `user` a stable pseudonym (e.g. "Colleague K7Q2XM") if they have none yet."""
    while user.pseudonym is None:
        candidate = "Colleague " + "".join(secrets.choice(_PSEUDONYM_ALPHABET) for _ in range(6))
        taken = db.session.scalar(select(User.id).where(User.pseudonym == candidate))
        if taken is None:
            user.pseudonym = candidate
    return user.pseudonym


def _create(email: str, password: str, role: Role) -> User:
    if find_by_email(email) is not None:
        raise AccountError("An account with this email already exists.", field="email")
    user = User(email=email, password_hash=hash_password(password), role=role)
    db.session.add(user)
    return user


def _commit_new(user: User) -> None:
    try:
        db.session.commit()
    except IntegrityError as exc:  # a concurrent registration of the same email
        db.session.rollback()
        raise AccountError("An account with this email already exists.", field="email") from exc


def authenticate(email: str, password: str) -> User:
    """Check credentials and record the attempt; raises SignInFailed or AccountError."""
    config = current_app.config
    user = find_by_email(email)
    now = utcnow()
    locked = user is not None and user.locked_until is not None and user.locked_until > now
    # Always verify, even for unknown or locked accounts, so timing reveals nothing.
    valid = verify_password(user.password_hash if user else None, password)
    failure = SignInFailed(
        SignInFailed.MESSAGE.format(n=config["LOCKOUT_THRESHOLD"], m=config["LOCKOUT_MINUTES"])
    )
    if user is None:
        audit.record("auth.login_failed", email=normalize_email(email)[:254], reason="unknown")
        db.session.commit()
        raise failure
    if locked or not valid:
        _record_failure(user, now, locked)
        db.session.commit()
        raise failure
    if user.is_suspended:
        audit.record("auth.login_refused", actor=user, target=user, reason="suspended")
        db.session.commit()
        raise AccountError(user.suspension_message)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    audit.record("auth.login", actor=user, target=user)
    db.session.commit()
    return user


def _record_failure(user: User, now: datetime, already_locked: bool) -> None:
    config = current_app.config
    if already_locked:
        audit.record("auth.login_failed", target=user, reason="locked")
        return
    user.failed_logins += 1
    audit.record("auth.login_failed", target=user, reason="password",
                 attempt=user.failed_logins)
    if user.failed_logins >= config["LOCKOUT_THRESHOLD"]:
        user.locked_until = now + timedelta(minutes=config["LOCKOUT_MINUTES"])
        user.failed_logins = 0
        audit.record("auth.locked", target=user, minutes=config["LOCKOUT_MINUTES"])


def record_logout(user: User) -> None:
    audit.record("auth.logout", actor=user, target=user)
    db.session.commit()


def set_role(user: User, role: Role, actor) -> None:
    """Change a member's role, effective on their next request."""
    if user.role == role:
        return
    if user.role == Role.ADMIN and role != Role.ADMIN and count_admins() <= 1:
        raise AccountError("clinnet needs at least one admin: appoint another admin first.")
    previous = user.role
    user.role = role
    if role < previous:
        user.rotate_session_token()  # losing a role ends current sessions
    audit.record("user.role_changed", actor=actor, target=user, old=previous.value,
                 new=role.value)
    db.session.commit()


def count_admins() -> int:
    return db.session.scalar(select(func.count()).where(User.role == Role.ADMIN)) or 0


def suspend(user: User, actor, reason: str, until: datetime | None = None) -> None:
    """Suspend a member: every session ends now, sign-in is refused until reinstated."""
    apply_suspension(user, actor, reason, until)
    db.session.commit()


def apply_suspension(user: User, actor, reason: str, until: datetime | None = None,
                     **details) -> None:
    """`suspend` without the commit, for services whose own action includes a suspension."""
    reason = reason.strip()
    if not reason:
        raise AccountError("Give a reason: the member is shown it.", field="reason")
    user.status = Status.SUSPENDED
    user.suspension_reason = reason
    user.suspended_until = until
    user.rotate_session_token()
    audit.record("user.suspended", actor=actor, target=user, reason=reason,
                 until=until.isoformat() if until else None, **details)


def reinstate(user: User, actor, reason: str = "") -> None:
    apply_reinstatement(user, actor, reason)
    db.session.commit()


def apply_reinstatement(user: User, actor, reason: str = "") -> None:
    """`reinstate` without the commit."""
    user.status = Status.ACTIVE
    user.suspension_reason = None
    user.suspended_until = None
    audit.record("user.reinstated", actor=actor, target=user, reason=reason.strip() or None)


def load_by_session_token(token: str) -> User | None:
    return db.session.scalar(select(User).where(User.session_token == token))
