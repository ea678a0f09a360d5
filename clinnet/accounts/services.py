"""Account state changes. Each public function is one user action: it commits once, with its
audit event, or raises and changes nothing."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError

from clinnet import audit
from clinnet.accounts import sessions, twofactor
from clinnet.accounts.models import Status, User, UserSession
from clinnet.accounts.passwords import hash_password, needs_rehash, policy_errors, verify_password
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.core.logging import security_event
from clinnet.extensions import db
from clinnet.notifications import send_mail
from clinnet.transactions import refuse, transition


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


@transition
def register(email: str, password: str) -> User:
    """Create an applicant account."""
    email = normalize_email(email)
    errors = policy_errors(password, email)
    if errors:
        raise AccountError(" ".join(errors), field="password")
    user = _create(email, password, Role.APPLICANT)
    audit.record("account.registered", actor=user, target=user)
    return user


@transition
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
    try:
        with db.session.begin_nested():
            db.session.add(user)
    except IntegrityError as exc:  # a concurrent registration of the same email
        raise AccountError("An account with this email already exists.", field="email") from exc
    return user


@transition
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
        raise refuse(failure, record=lambda: audit.record(
            "auth.login_failed", email_key=audit.text_key(normalize_email(email)),
            reason="unknown"))
    if locked or not valid:
        raise refuse(failure, record=lambda: _record_failure(user, now, locked))
    if user.is_suspended:
        raise refuse(AccountError(user.suspension_message), record=lambda: audit.record(
            "auth.login_refused", actor=user, target=user, reason="suspended"))
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    if user.two_factor_enabled:
        # Half-way: the password is right, but nothing is granted until the second factor.
        audit.record("auth.password_verified", actor=user, target=user)
    else:
        _complete_sign_in(user, now)
    return user


def _complete_sign_in(user: User, now: datetime) -> None:
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    audit.record("auth.login", actor=user, target=user)


@transition
def verify_second_factor(user: User, code: str) -> None:
    """Second sign-in step: a TOTP code or an unused recovery code. Failures count towards the
    same lockout as wrong passwords, so codes cannot be guessed at leisure."""
    now = utcnow()
    locked = user.locked_until is not None and user.locked_until > now
    method = None
    if not locked and user.two_factor_enabled:
        method = _use_second_factor(user, code, now)
    if method is None:
        raise refuse(AccountError("That code is not valid. Codes work once; wait for the next "
                                  "one, or use a recovery code.", field="code"),
                     record=lambda: _record_failure(user, now, locked, reason="second_factor"))
    if user.is_suspended:
        raise refuse(AccountError(user.suspension_message), record=lambda: audit.record(
            "auth.login_refused", actor=user, target=user, reason="suspended"))
    _complete_sign_in(user, now)
    if method == "recovery_code":
        audit.record("auth.recovery_code_used", actor=user, target=user,
                     remaining=len((user.recovery_code_hashes or "").split()))


def _use_second_factor(user: User, code: str, now: datetime) -> str | None:
    """Consume `code` (TOTP step or recovery code); the caller commits. None if it is wrong."""
    # Conditional UPDATEs claim the code: of two requests racing with the same code (two
    # workers), only the first row update matches, so a code works once even then.
    counter = twofactor.matching_counter(totp_secret_of(user), code, user.totp_last_counter,
                                         now)
    if counter is not None:
        unused = or_(User.totp_last_counter.is_(None), User.totp_last_counter < counter)
        return "totp" if _claim(user, unused, totp_last_counter=counter) else None
    stored = user.recovery_code_hashes
    remaining = twofactor.use_recovery_code(stored, code)
    if remaining is not None:
        unchanged = User.recovery_code_hashes == stored
        return "recovery_code" if _claim(user, unchanged, recovery_code_hashes=remaining) \
            else None
    return None


def _claim(user: User, condition, **values) -> bool:
    result = db.session.execute(
        update(User).where(User.id == user.id, condition).values(**values)
        .execution_options(synchronize_session="fetch"))
    return result.rowcount == 1


def _record_failure(user: User, now: datetime, already_locked: bool,
                    reason: str = "password") -> None:
    config = current_app.config
    if already_locked:
        audit.record("auth.login_failed", target=user, reason="locked")
        return
    user.failed_logins += 1
    audit.record("auth.login_failed", target=user, reason=reason,
                 attempt=user.failed_logins)
    if user.failed_logins >= config["LOCKOUT_THRESHOLD"]:
        user.locked_until = now + timedelta(minutes=config["LOCKOUT_MINUTES"])
        user.failed_logins = 0
        audit.record("auth.locked", target=user, minutes=config["LOCKOUT_MINUTES"])
        security_event("account_locked", user=user.id, minutes=config["LOCKOUT_MINUTES"])


@transition
def record_logout(user: User) -> None:
    audit.record("auth.logout", actor=user, target=user)


@transition
def set_role(user: User, role: Role, actor) -> None:
    """Change a member's role, effective on their next request."""
    if user.role == role:
        return
    if user.role == Role.ADMIN and role != Role.ADMIN and count_admins() <= 1:
        raise AccountError("clinnet needs at least one admin: appoint another admin first.")
    previous = user.role
    user.role = role
    if role < previous:
        sessions.delete_all(user)  # losing a role ends current sessions
    audit.record("user.role_changed", actor=actor, target=user, old=previous.value,
                 new=role.value)


def count_admins() -> int:
    return db.session.scalar(select(func.count()).where(User.role == Role.ADMIN)) or 0


@transition
def suspend(user: User, actor, reason: str, until: datetime | None = None, **details) -> None:
    """Suspend a member: every session ends now, sign-in is refused until reinstated. The
    reason is shown to the member; the audit event records that it happened, not the words."""
    reason = reason.strip()
    if not reason:
        raise AccountError("Give a reason: the member is shown it.", field="reason")
    user.status = Status.SUSPENDED
    user.suspension_reason = reason
    user.suspended_until = until
    sessions.delete_all(user)
    audit.record("user.suspended", actor=actor, target=user,
                 until=until.isoformat() if until else None, **details)


@transition
def reinstate(user: User, actor, reason: str = "") -> None:
    user.status = Status.ACTIVE
    user.suspension_reason = None
    user.suspended_until = None
    audit.record("user.reinstated", actor=actor, target=user, with_reason=bool(reason.strip()))


def load_by_session_token(token: str) -> User | None:
    return db.session.scalar(select(User).where(User.session_token == token))


# --- account security: re-authentication, password, email, two-factor, sessions ---


@transition
def reauthenticate(user: User, record: UserSession, password: str, code: str = "") -> None:
    """Prove it is still the member (password, and code when 2FA is on) before a sensitive
    action; refreshes `record`'s authentication time."""
    now = utcnow()
    locked = user.locked_until is not None and user.locked_until > now
    ok = verify_password(user.password_hash, password) and not locked
    if ok and user.two_factor_enabled:
        ok = _use_second_factor(user, code, now) is not None
    if not ok:
        raise refuse(AccountError("Password or code is incorrect.", field="password"),
                     record=lambda: _record_failure(user, now, locked, reason="reauthentication"))
    user.failed_logins = 0
    record.authenticated_at = now
    audit.record("auth.reauthenticated", actor=user, target=user)


@transition
def change_password(user: User, current: str, new: str) -> None:
    """Set a new password; every session of the member ends (the caller starts a new one)."""
    if not verify_password(user.password_hash, current):
        raise AccountError("Your current password is incorrect.", field="current_password")
    errors = policy_errors(new, user.email)
    if errors:
        raise AccountError(" ".join(errors), field="new_password")
    if verify_password(user.password_hash, new):
        raise AccountError("Choose a password different from the current one.",
                           field="new_password")
    user.password_hash = hash_password(new)
    sessions.delete_all(user)
    audit.record("account.password_changed", actor=user, target=user)


@transition
def change_email(user: User, new_email: str) -> None:
    new_email = normalize_email(new_email)
    if new_email == user.email:
        raise AccountError("That is already your email address.", field="email")
    if find_by_email(new_email) is not None:
        raise AccountError("An account with this email already exists.", field="email")
    old = user.email
    user.email = new_email
    audit.record("account.email_changed", actor=user, target=user, old=old, new=new_email)
    try:
        db.session.flush()
    except IntegrityError as exc:
        raise AccountError("An account with this email already exists.", field="email") from exc
    send_mail(old, "Your clinnet email address was changed",
              f"The email address of your clinnet account is now {new_email}. If you did not "
              "do this, contact the clinnet administrators at once.")


def _reset_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt="clinnet.password-reset")


def _password_fingerprint(user: User) -> str:
    # Binding the link to the current hash makes it single-use: any new password voids it.
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:32]


@transition
def request_password_reset(email: str, link_for: Callable[[str], str]) -> None:
    """Mail a reset link if `email` has an account; the caller says the same thing either way."""
    user = find_by_email(email)
    if user is None or user.is_suspended:
        audit.record("account.password_reset_requested",
                     email_key=audit.text_key(normalize_email(email)), known=False)
        return
    token = _reset_serializer().dumps({"u": user.id, "p": _password_fingerprint(user)})
    minutes = current_app.config["PASSWORD_RESET_MINUTES"]
    audit.record("account.password_reset_requested", target=user, known=True)
    send_mail(user.email, "Reset your clinnet password",
              f"Someone (hopefully you) asked to reset the password of your clinnet account.\n\n"
              f"Choose a new password here within {minutes} minutes:\n{link_for(token)}\n\n"
              "The link works once. If you did not ask for it, ignore this mail; your password "
              "stays as it is.")


def user_for_reset_token(token: str) -> User:
    """The member a reset link is for; AccountError if it is invalid, used or expired."""
    max_age = current_app.config["PASSWORD_RESET_MINUTES"] * 60
    try:
        data = _reset_serializer().loads(token, max_age=max_age)
    except SignatureExpired as exc:
        raise AccountError("This link has expired. Ask for a new one.") from exc
    except BadSignature as exc:
        raise AccountError("This link is not valid. Ask for a new one.") from exc
    user = db.session.get(User, data.get("u")) if isinstance(data, dict) else None
    if user is None or data.get("p") != _password_fingerprint(user):
        raise AccountError("This link has already been used or is no longer valid. "
                           "Ask for a new one.")
    return user


@transition
def reset_password(token: str, new: str) -> User:
    """Set a new password from a reset link. Ends every session; signs nobody in, so a member
    with two-factor sign-in still needs their code."""
    user = user_for_reset_token(token)
    errors = policy_errors(new, user.email)
    if errors:
        raise AccountError(" ".join(errors), field="password")
    user.password_hash = hash_password(new)
    sessions.delete_all(user)
    audit.record("account.password_reset", actor=user, target=user)
    return user


def _totp_key() -> str:
    config = current_app.config
    return config.get("TOTP_ENCRYPTION_KEY") or config["SECRET_KEY"]


def set_totp_secret(user: User, secret: str) -> None:
    """Store `secret` encrypted (a stolen database alone does not yield members' codes)."""
    user.totp_secret = twofactor.seal(secret, _totp_key())


def totp_secret_of(user: User) -> str:
    return twofactor.unseal(user.totp_secret, _totp_key())


def install_two_factor(user: User, secret: str, last_counter: int | None = None,
                       recovery_code_hashes: list[str] | None = None) -> None:
    """Turn 2FA on with `secret` (no audit, no commit: the calling action does both)."""
    set_totp_secret(user, secret)
    user.totp_last_counter = last_counter
    user.totp_enabled_at = utcnow()
    user.recovery_code_hashes = recovery_code_hashes


@transition
def enable_two_factor(user: User, secret: str, code: str) -> list[str]:
    """Turn on 2FA with `secret` once `code` proves the app has it; returns the recovery codes
    (shown once). Ends every other session."""
    counter = twofactor.matching_counter(secret, code, None, utcnow())
    if counter is None:
        raise AccountError("That code does not match. Check the time on your phone and type "
                           "the current code.", field="code")
    codes, hashes = twofactor.new_recovery_codes()
    replacing = user.two_factor_enabled
    install_two_factor(user, secret, counter, hashes)
    sessions.delete_all(user)
    audit.record("account.two_factor_reset" if replacing else "account.two_factor_enabled",
                 actor=user, target=user)
    return codes


@transition
def disable_two_factor(user: User) -> None:
    if user.has_role(Role.MODERATOR):
        raise AccountError("Moderators and admins must keep two-factor sign-in.")
    if not user.two_factor_enabled:
        raise AccountError("Two-factor sign-in is not on.")
    user.totp_secret = user.totp_last_counter = user.totp_enabled_at = None
    user.recovery_code_hashes = None
    sessions.delete_all(user)
    audit.record("account.two_factor_disabled", actor=user, target=user)


@transition
def regenerate_recovery_codes(user: User) -> list[str]:
    if not user.two_factor_enabled:
        raise AccountError("Turn on two-factor sign-in first.")
    codes, user.recovery_code_hashes = twofactor.new_recovery_codes()
    audit.record("account.recovery_codes_regenerated", actor=user, target=user)
    return codes


@transition
def revoke_session(user: User, session_id: int) -> bool:
    """End one of `user`'s sessions; False when no such session of theirs exists."""
    record = db.session.get(UserSession, session_id)
    if record is None or record.user_id != user.id:
        return False
    db.session.delete(record)
    audit.record("auth.session_revoked", actor=user, target=user, session=session_id)
    return True


@transition
def sign_out_everywhere(user: User) -> None:
    sessions.delete_all(user)
    audit.record("auth.signed_out_everywhere", actor=user, target=user)
