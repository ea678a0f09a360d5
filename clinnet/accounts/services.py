"""Account state changes. Each public function that changes state is a transition: its changes
and audit events land together, or it raises AccountError and changes nothing (except the
record of a refused attempt where that matters: wrong passwords and codes are counted).

Answers about email addresses are the same whether or not an account uses them (registration,
email change, password reset): what differs goes by mail to the address itself.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from datetime import datetime, timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError

from clinnet import audit
from clinnet.accounts import sessions, throttle, twofactor
from clinnet.accounts.models import PSEUDONYM_ALPHABET, Authority, Status, User, UserSession
from clinnet.accounts.passwords import hash_password, needs_rehash, policy_errors, verify_password
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.core.logging import security_event
from clinnet.core.routing import external_url
from clinnet.extensions import db
from clinnet.notifications import notify, send_mail
from clinnet.transactions import kept, lock, refuse, transition


class AccountError(ValueError):
    """A request that cannot be carried out; the message is safe to show the member."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class SignInFailed(AccountError):
    """One message for every failure, so nobody learns which emails have accounts."""

    MESSAGE = "Email or password is incorrect."


class SignInThrottled(AccountError):
    """Too many wrong passwords from this source: wait before the next attempt."""

    def __init__(self, seconds: int):
        wait = f"{seconds} second{'s' if seconds != 1 else ''}" if seconds < 120 else \
            f"{-(-seconds // 60)} minutes"
        super().__init__(f"Too many wrong passwords from here. Wait {wait}, then try again. "
                         "(Sign-ins from a browser you used before are not slowed down.)")
        self.seconds = seconds


TWO_FACTOR_UNREADABLE = (
    "Your two-factor key cannot be read on this server: it was encrypted with a different key "
    "(this happens after a database is restored without its SECRET_KEY or "
    "TOTP_ENCRYPTION_KEY). Nothing is wrong with your code. Ask an administrator to reset your "
    "two-factor sign-in; you will then enrol again.")


def normalize_email(email: str) -> str:
    return email.strip().lower()


def find_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalize_email(email)))


def _link_serializer(purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt=f"clinnet.{purpose}")


def _fingerprint(*parts: str) -> str:
    # Binding a link to the current state (password hash, address) makes it single-use.
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


def _load_link(purpose: str, token: str, max_age_seconds: float) -> dict:
    try:
        data = _link_serializer(purpose).loads(token, max_age=max_age_seconds)
    except SignatureExpired as exc:
        raise AccountError("This link has expired. Ask for a new one.") from exc
    except BadSignature as exc:
        raise AccountError("This link is not valid. Ask for a new one.") from exc
    if not isinstance(data, dict):
        raise AccountError("This link is not valid. Ask for a new one.")
    return data


# --- registration and confirming the address -------------------------------------------------

@transition
def register(email: str, password: str) -> None:
    """Register an applicant account, answered the same way whether or not the address is
    taken: the address gets either a confirmation link or a note that it has an account."""
    email = normalize_email(email)
    errors = policy_errors(password, email)
    if errors:
        raise AccountError(" ".join(errors), field="password")
    password_hash = hash_password(password)  # the same work whatever happens next
    user = find_by_email(email)
    if user is None:
        user = _insert(email, password_hash)
        if user is not None:
            audit.record("account.registered", actor=user, target=user)
            _mail_confirmation(user)
            return
        user = find_by_email(email)  # a registration of the same address won the race
        if user is None:  # ...and was rolled back since: nothing to answer but "try again"
            raise AccountError("Please send the form again.", field="email")
    lock(user)
    if user.email_confirmed_at is None and not user.is_closed:
        # Nobody has proved the address yet: the newest registration's password counts, and
        # only its link works (earlier links are bound to the previous password).
        user.password_hash = password_hash
        audit.record("account.registration_repeated", target=user)
        _mail_confirmation(user)
        return
    audit.record("account.registration_existing", target=user)
    send_mail(user.email, "Someone tried to register on clinnet with your address",
              "Someone (hopefully you) tried to create a clinnet account with this address, "
              "which already has one. Nothing was changed.\n\nTo sign in: "
              f"{external_url('auth.login')}\nForgot the password? "
              f"{external_url('auth.reset_request')}\n\nIf it was not you, ignore this mail.")


def _insert(email: str, password_hash: str, role: Role = Role.APPLICANT) -> User | None:
    """A new account, or None when the address is taken (also by a concurrent insert)."""
    user = User(email=email, password_hash=password_hash, role=role)
    try:
        with db.session.begin_nested():
            db.session.add(user)
    except IntegrityError:
        return None
    return user


def _confirm_fingerprint(user: User) -> str:
    return _fingerprint(user.email, user.password_hash)


def _mail_confirmation(user: User) -> None:
    token = _link_serializer("confirm-email").dumps({"u": user.id,
                                                     "f": _confirm_fingerprint(user)})
    hours = current_app.config["EMAIL_CONFIRM_HOURS"]
    send_mail(user.email, "Confirm your clinnet account",
              "Welcome to clinnet. Confirm that this address is yours to finish creating your "
              f"account (within {hours:g} hours):\n"
              f"{external_url('auth.confirm_email_link', token=token)}\n\n"
              "If you did not register, ignore this mail: nothing happens without it.")


def user_for_confirmation(token: str) -> User:
    data = _load_link("confirm-email", token, current_app.config["EMAIL_CONFIRM_HOURS"] * 3600)
    user = db.session.get(User, data.get("u")) if isinstance(data.get("u"), int) else None
    if user is None or user.email_confirmed_at is not None or user.is_closed or \
            data.get("f") != _confirm_fingerprint(user):
        raise AccountError("This link has already been used or is no longer valid. Sign in, "
                           "or register again for a new link.")
    return user


@transition
def confirm_email(token: str) -> User:
    user = user_for_confirmation(token)
    lock(user)
    user = user_for_confirmation(token)  # re-checked under the lock: works once
    user.email_confirmed_at = utcnow()
    audit.record("account.email_confirmed", actor=user, target=user)
    return user


@transition
def create_member(email: str, password: str, role: Role, actor=None, verified: bool = False,
                  first_name: str | None = None, last_name: str | None = None):
    """Create an account with a role (operators' CLI and the demo); audited as a role grant.
    The operator vouches for the address, so it counts as confirmed."""
    email = normalize_email(email)
    errors = policy_errors(password, email)
    if errors:
        raise AccountError(" ".join(errors), field="password")
    user = _insert(email, hash_password(password), role)
    if user is None:
        raise AccountError("An account with this email already exists.", field="email")
    user.first_name, user.last_name = first_name, last_name
    user.email_confirmed_at = utcnow()
    if verified or role >= Role.PHYSICIAN:
        user.verified_at = utcnow()
        ensure_pseudonym(user)
        ensure_handle(user)
    audit.record("account.created", actor=actor, target=user, role=role.value)
    return user




HANDLE_MAX = 40


def handle_base(first_name: str | None, last_name: str | None, email: str) -> str:
    """"Priya Raman" -> "priya.raman"; "Łukasz Wójcik" -> "lukasz.wojcik"; no name: the
    address's local part."""
    words = [first_name or "", last_name] if last_name else [email.split("@")[0]]
    ascii_text = unicodedata.normalize("NFKD", " ".join(w for w in words if w).replace(
        "ł", "l").replace("Ł", "L")).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", ".", ascii_text).strip(".")[:HANDLE_MAX - 4] or "member"


def retired_handle(handle: str) -> str:
    """What a closed account's @handle becomes: "former." and a keyed hash of it. The handle
    was made from the member's name, so it is not kept; the hash keeps it from being given to
    anyone else (ensure_handle), so old mentions of it never point at a new member."""
    secret = (current_app.config.get("SECRET_KEY") or "").encode()
    return "former." + hmac.new(secret, b"handle\0" + handle.lower().encode(),
                                hashlib.sha256).hexdigest()[:24]


def ensure_handle(user: User) -> str:
    """Give a verified member their @handle if they have none yet (a number when taken, or
    once held by a closed account).

    Check, then write in a SAVEPOINT: two namesakes approved at the same instant both see
    "priya.raman" free; the second write waits for the first transaction and, once it commits,
    fails on uq_users_handle, which undoes only the savepoint and moves on to the next number.
    """
    base = handle_base(user.first_name, user.last_name, user.email)
    candidate, number = base, 2
    while user.handle is None:
        if db.session.scalar(select(User.id).where(
                User.handle.in_((candidate, retired_handle(candidate))))) is None:
            try:
                with db.session.begin_nested():
                    user.handle = candidate
                    db.session.flush()
            except IntegrityError as exc:
                if "handle" not in str(exc.orig):  # only the handle may be taken meanwhile
                    raise
                db.session.refresh(user)  # the savepoint is gone: back to no handle
        if user.handle is None:
            candidate, number = f"{base}{number}", number + 1
    return user.handle


def ensure_pseudonym(user: User) -> str:
    """Give `user` a stable pseudonym (e.g. "Colleague K7Q2XM") if they have none yet."""
    while user.pseudonym is None:
        candidate = "Colleague " + "".join(secrets.choice(PSEUDONYM_ALPHABET) for _ in range(6))
        taken = db.session.scalar(select(User.id).where(User.pseudonym == candidate))
        if taken is None:
            user.pseudonym = candidate
    return user.pseudonym


# --- signing in --------------------------------------------------------------------------------

@transition
def authenticate(email: str, password: str, source: throttle.Source) -> User:
    """Check credentials from `source`; raises SignInFailed, SignInThrottled or AccountError.

    The throttle's counters are locked first, so concurrent attempts from one source are
    evaluated one after the other, each against the count the previous one left.
    """
    email = normalize_email(email)
    user = find_by_email(email)
    now = utcnow()
    keys = throttle.keys_for(email, source, user.id if user else None)
    wait = throttle.wait_seconds(keys, now)
    if wait:
        security_event("sign_in_throttled", seconds=wait)
        raise refuse(SignInThrottled(wait), record=lambda: audit.record(
            "auth.login_throttled", target=user, email_key=audit.text_key(email)))
    # Always verify, even for unknown accounts, so timing reveals nothing.
    valid = verify_password(user.password_hash if user else None, password) and \
        user is not None and not user.is_closed
    if not valid:
        failures = throttle.count_failure(keys, now)
        audit.record("auth.login_failed", target=user, email_key=audit.text_key(email),
                     reason="password" if user else "unknown", attempt=failures[keys[0]])
        if user is not None and throttle.threshold_reached(keys, failures):
            _alert_owner(user, source, now)
        raise kept(SignInFailed(SignInFailed.MESSAGE))
    throttle.forget(keys)
    if user.email_confirmed_at is None:
        raise refuse(AccountError(
            "Confirm your email address first: open the link we mailed to it. No mail? "
            "Register again with the same address and we send a new link."),
            record=lambda: audit.record("auth.login_refused", actor=user, target=user,
                                        reason="unconfirmed"))
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


def _alert_owner(user: User, source: throttle.Source, now: datetime) -> None:
    """Tell the member that someone is guessing their password (at most once an hour)."""
    claimed = db.session.execute(
        update(User).where(User.id == user.id, or_(
            User.sign_in_alert_at.is_(None), User.sign_in_alert_at < now - timedelta(hours=1)))
        .values(sign_in_alert_at=now).execution_options(synchronize_session=False))
    if claimed.rowcount != 1:
        return
    security_event("sign_in_alert", user=user.id)
    notify(user, "security", "Several wrong passwords were tried on your account; sign-ins from "
           "there are being slowed down. Your account is not locked.", "/account/")
    send_mail(user.email, "clinnet: wrong passwords tried on your account",
              f"Several wrong passwords for your clinnet account were just tried from the "
              f"address {source.ip or 'unknown'}. Further attempts from there are slowed down; "
              "your account is not locked and you can sign in as usual.\n\nIf this was not "
              "you, your account is safe as long as your password is not used elsewhere. "
              f"Consider changing it ({external_url('account.change_password')}) and turning "
              "on two-factor sign-in.")


def _complete_sign_in(user: User, now: datetime) -> None:
    user.failed_code_attempts = 0
    user.codes_locked_until = None
    user.last_login_at = now
    audit.record("auth.login", actor=user, target=user)


def _codes_locked(user: User, now: datetime) -> bool:
    return user.codes_locked_until is not None and user.codes_locked_until > now


@transition
def verify_second_factor(user: User, code: str) -> None:
    """Second sign-in step: a TOTP code or an unused recovery code. Wrong codes are counted
    (atomically, under the member's lock) and lock code entry for a while."""
    lock(user)
    now = utcnow()
    if _codes_locked(user, now):
        raise refuse(_wrong_code(), record=lambda: audit.record(
            "auth.login_failed", target=user, reason="locked"))
    method = _use_second_factor(user, code, now)
    if method is None:
        _count_wrong_code(user, now, "second_factor")
        raise kept(_wrong_code())
    if user.is_suspended:
        raise refuse(AccountError(user.suspension_message), record=lambda: audit.record(
            "auth.login_refused", actor=user, target=user, reason="suspended"))
    _complete_sign_in(user, now)
    if method == "recovery_code":
        audit.record("auth.recovery_code_used", actor=user, target=user,
                     remaining=len((user.recovery_code_hashes or "").split()))


def _wrong_code() -> AccountError:
    return AccountError("That code is not valid. Codes work once; wait for the next one, or use "
                        "a recovery code.", field="code")


def _use_second_factor(user: User, code: str, now: datetime) -> str | None:
    """Consume `code` (TOTP step or recovery code). None if it is wrong."""
    try:
        secret = totp_secret_of(user)
    except twofactor.SecretUnreadable as exc:
        current_app.logger.error("two-factor secret of member %s cannot be decrypted with the "
                                 "configured key", user.id)
        raise refuse(AccountError(TWO_FACTOR_UNREADABLE), record=lambda: audit.record(
            "auth.two_factor_unreadable", target=user)) from exc
    # Conditional UPDATEs claim the code: of two requests racing with the same code (two
    # workers), only the first row update matches, so a code works once even then.
    counter = twofactor.matching_counter(secret, code, user.totp_last_counter, now)
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


def _count_wrong_code(user: User, now: datetime, reason: str) -> None:
    """One more wrong code (UPDATE ... SET n = n + 1 RETURNING n); lock code entry at the
    threshold."""
    config = current_app.config
    attempts = db.session.execute(
        update(User).where(User.id == user.id)
        .values(failed_code_attempts=User.failed_code_attempts + 1)
        .returning(User.failed_code_attempts).execution_options(synchronize_session=False)
    ).scalar_one()
    user.failed_code_attempts = attempts
    audit.record("auth.login_failed", target=user, reason=reason, attempt=attempts)
    if attempts >= config["TWO_FACTOR_LOCKOUT_THRESHOLD"]:
        minutes = config["TWO_FACTOR_LOCKOUT_MINUTES"]
        user.codes_locked_until = now + timedelta(minutes=minutes)
        user.failed_code_attempts = 0
        audit.record("auth.locked", target=user, minutes=minutes)
        security_event("account_locked", user=user.id, minutes=minutes)


@transition
def record_logout(user: User) -> None:
    audit.record("auth.logout", actor=user, target=user)


# --- roles and sanctions -----------------------------------------------------------------------

@transition
def set_role(user: User, role: Role, actor) -> None:
    """Change a member's role, effective on their next request."""
    lock(user)
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


def authority_of(actor, source: str) -> str:
    """The authority a suspension carries: the registry's for re-verification, else the
    rank of the staff member who imposed it."""
    if source == "reverification":
        return Authority.REGISTRY
    return Authority.ADMIN if actor is not None and actor.role >= Role.ADMIN else \
        Authority.MODERATOR


@transition
def suspend(user: User, actor, reason: str, until: datetime | None = None, *,
            source: str = "admin", **details) -> None:
    """Suspend a member: every session ends now, sign-in is refused until reinstated.

    The suspension records its source and authority. A member already suspended by the same
    or a higher authority stays as they are ("already suspended"); a higher authority takes a
    lower one's suspension over. The reason is shown to the member; the audit event records
    that it happened, not the words.
    """
    reason = reason.strip()
    if not reason:
        raise AccountError("Give a reason: the member is shown it.", field="reason")
    lock(user)
    if user.is_closed:
        raise AccountError("This account is closed.")
    authority = authority_of(actor, source)
    if user.is_suspended and Authority.RANK[authority] <= \
            Authority.RANK.get(user.suspension_authority or Authority.ADMIN, 2):
        raise AccountError(f"Already suspended (by {user.suspended_by_label}). Nothing was "
                           "changed; reinstate first to change the suspension.")
    user.status = Status.SUSPENDED
    user.suspension_reason = reason
    user.suspended_until = until
    user.suspension_source, user.suspension_authority = source, authority
    user.suspended_by_id = getattr(actor, "id", None)
    user.suspended_at = utcnow()
    sessions.delete_all(user)
    audit.record("user.suspended", actor=actor, target=user, source=source,
                 authority=authority, until=until.isoformat() if until else None, **details)


def may_lift(user: User, actor, by_registry: bool = False, reason: str = "") -> str | None:
    """Why `actor` may not lift `user`'s suspension (None: they may)."""
    authority = user.suspension_authority or Authority.ADMIN
    if authority == Authority.REGISTRY:
        if by_registry or (actor is not None and actor.role >= Role.ADMIN and reason.strip()):
            return None
        if actor is not None and actor.role >= Role.ADMIN:
            return ("Licence re-verification suspended this member: re-check the registry, or "
                    "write why you reinstate them anyway.")
        return ("Licence re-verification suspended this member: only a registry re-check or "
                "an admin can lift it.")
    if by_registry:
        return f"Suspended by {user.suspended_by_label}: a registry re-check does not lift it."
    needed = Role.ADMIN if authority == Authority.ADMIN else Role.MODERATOR
    if actor is None or actor.role < needed:
        return f"Suspended by {user.suspended_by_label}: only an admin can reinstate them."
    return None


@transition
def reinstate(user: User, actor, reason: str = "", *, by_registry: bool = False) -> None:
    """Lift a suspension, if `actor` (or, with `by_registry`, a registry re-check that found the
    licence in good standing) has the authority that imposed it."""
    lock(user)
    if not user.is_suspended:
        raise AccountError("This member is not suspended.")
    refusal = may_lift(user, actor, by_registry, reason)
    if refusal:
        raise AccountError(refusal, field="reason")
    lifted = user.suspension_authority
    user.status = Status.ACTIVE
    user.suspension_reason = user.suspended_until = None
    user.suspension_source = user.suspension_authority = None
    user.suspended_by_id = user.suspended_at = None
    audit.record("user.reinstated", actor=actor, target=user, lifted=lifted,
                 by_registry=by_registry, with_reason=bool(reason.strip()))


def load_by_session_token(token: str) -> User | None:
    return db.session.scalar(select(User).where(User.session_token == token))


# --- account security: re-authentication, password, email, two-factor, sessions ---


@transition
def reauthenticate(user: User, record: UserSession, password: str, code: str = "") -> None:
    """Prove it is still the member (password, and code when 2FA is on) before a sensitive
    action; refreshes `record`'s authentication time. Failures count like wrong codes."""
    lock(user)
    now = utcnow()
    if _codes_locked(user, now):
        raise refuse(AccountError("Too many wrong attempts. Try again later.",
                                  field="password"),
                     record=lambda: audit.record("auth.login_failed", target=user,
                                                 reason="locked"))
    ok = verify_password(user.password_hash, password)
    if ok and user.two_factor_enabled:
        ok = _use_second_factor(user, code, now) is not None
    if not ok:
        _count_wrong_code(user, now, "reauthentication")
        raise kept(AccountError("Password or code is incorrect.", field="password"))
    user.failed_code_attempts = 0
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
def request_email_change(user: User, new_email: str) -> None:
    """Start changing the member's address: the new address must confirm it. Answered the
    same way whether or not the new address has an account (that address is told instead)."""
    new_email = normalize_email(new_email)
    if new_email == user.email:
        raise AccountError("That is already your email address.", field="email")
    if find_by_email(new_email) is not None:
        audit.record("account.email_change_refused", actor=user, target=user,
                     new_key=audit.text_key(new_email))
        send_mail(new_email, "Someone tried to use this address on clinnet",
                  "A clinnet member tried to make this address the address of their account, "
                  "but it already belongs to a clinnet account. Nothing was changed. If this "
                  "was you, sign in to that account instead.")
        return
    token = _link_serializer("change-email").dumps(
        {"u": user.id, "e": new_email, "f": _fingerprint(user.email)})
    hours = current_app.config["EMAIL_CONFIRM_HOURS"]
    audit.record("account.email_change_requested", actor=user, target=user,
                 new_key=audit.text_key(new_email))
    send_mail(new_email, "Confirm your new clinnet address",
              "Open this link, signed in to clinnet, to make this the address of your account "
              f"(within {hours:g} hours):\n"
              f"{external_url('account.confirm_email_change_link', token=token)}\n\n"
              "If you did not ask for this, ignore this mail: nothing changes without it.")


def email_change_of(user: User, token: str) -> str:
    """The new address a change link carries for `user`; AccountError if it is not valid."""
    data = _load_link("change-email", token, current_app.config["EMAIL_CONFIRM_HOURS"] * 3600)
    new_email = data.get("e")
    if data.get("u") != user.id or not isinstance(new_email, str) or \
            data.get("f") != _fingerprint(user.email):
        raise AccountError("This link is not for this account, or was already used.")
    return new_email


@transition
def confirm_email_change(user: User, token: str) -> None:
    lock(user)
    new_email = email_change_of(user, token)
    old = user.email
    if find_by_email(new_email) is not None:
        raise AccountError("This address now belongs to another account; nothing was changed.")
    try:  # begin_nested flushes what is pending: the change belongs inside it
        with db.session.begin_nested():
            user.email = new_email
    except IntegrityError as exc:  # taken meanwhile by a concurrent registration
        raise AccountError("This address now belongs to another account; nothing was "
                           "changed.") from exc
    audit.record("account.email_changed", actor=user, target=user,
                 old_key=audit.text_key(old), new_key=audit.text_key(new_email))
    send_mail(old, "Your clinnet email address was changed",
              f"The email address of your clinnet account is now {new_email}. If you did not "
              "do this, contact the clinnet administrators at once.")


def _reset_fingerprint(user: User) -> str:
    return _fingerprint(user.password_hash)


@transition
def request_password_reset(email: str) -> None:
    """Mail a reset link if `email` has an account; the caller says the same thing either way
    (and a mail server outage changes nothing the caller sees: mail goes out after the
    commit, and a failed delivery is logged)."""
    user = find_by_email(email)
    if user is None or user.is_suspended or user.is_closed:
        audit.record("account.password_reset_requested",
                     email_key=audit.text_key(normalize_email(email)), known=False)
        return
    token = _link_serializer("password-reset").dumps({"u": user.id,
                                                      "p": _reset_fingerprint(user)})
    minutes = current_app.config["PASSWORD_RESET_MINUTES"]
    audit.record("account.password_reset_requested", target=user, known=True)
    send_mail(user.email, "Reset your clinnet password",
              f"Someone (hopefully you) asked to reset the password of your clinnet account.\n\n"
              f"Choose a new password here within {minutes:g} minutes:\n"
              f"{external_url('auth.reset_password_link', token=token)}\n\n"
              "The link works once. If you did not ask for it, ignore this mail; your password "
              "stays as it is.")


def user_for_reset_token(token: str) -> User:
    """The member a reset link is for; AccountError if it is invalid, used or expired."""
    data = _load_link("password-reset", token,
                      current_app.config["PASSWORD_RESET_MINUTES"] * 60)
    user = db.session.get(User, data.get("u")) if isinstance(data.get("u"), int) else None
    if user is None or user.is_closed or data.get("p") != _reset_fingerprint(user):
        raise AccountError("This link has already been used or is no longer valid. "
                           "Ask for a new one.")
    return user


@transition
def reset_password(token: str, new: str) -> User:
    """Set a new password from a reset link. Ends every session; signs nobody in, so a member
    with two-factor sign-in still needs their code. Opening the link proves the address."""
    user = user_for_reset_token(token)
    lock(user)
    user = user_for_reset_token(token)
    errors = policy_errors(new, user.email)
    if errors:
        raise AccountError(" ".join(errors), field="password")
    user.password_hash = hash_password(new)
    user.email_confirmed_at = user.email_confirmed_at or utcnow()
    sessions.delete_all(user)
    audit.record("account.password_reset", actor=user, target=user)
    return user


# --- two-factor sign-in ---------------------------------------------------------------------

def _totp_key() -> str:
    config = current_app.config
    return config["TOTP_ENCRYPTION_KEY"] or config["SECRET_KEY"]


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
    user.totp_pending_secret = user.totp_pending_at = None


ENROLMENT_MINUTES = 15


@transition
def pending_enrolment_secret(user: User) -> str:
    """The secret being enrolled, kept encrypted on the member's row (never in the session
    cookie); a new one after ENROLMENT_MINUTES or when none is waiting."""
    now = utcnow()
    if user.totp_pending_secret and user.totp_pending_at and \
            now - user.totp_pending_at < timedelta(minutes=ENROLMENT_MINUTES):
        try:
            return twofactor.unseal(user.totp_pending_secret, _totp_key())
        except twofactor.SecretUnreadable:
            pass  # sealed with an old key: start again
    secret = twofactor.new_secret()
    user.totp_pending_secret = twofactor.seal(secret, _totp_key())
    user.totp_pending_at = now
    return secret


@transition
def enable_two_factor(user: User, code: str) -> list[str]:
    """Turn on 2FA with the pending secret once `code` proves the app has it; returns the
    recovery codes (shown once). Ends every other session."""
    lock(user)
    if not user.totp_pending_secret:
        raise AccountError("Start again: the set-up page shows a new key.", field="code")
    try:
        secret = twofactor.unseal(user.totp_pending_secret, _totp_key())
    except twofactor.SecretUnreadable as exc:
        raise AccountError("Start again: the set-up page shows a new key.", field="code") \
            from exc
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
    _remove_two_factor(user)
    sessions.delete_all(user)
    audit.record("account.two_factor_disabled", actor=user, target=user)


def _remove_two_factor(user: User) -> None:
    user.totp_secret = user.totp_last_counter = user.totp_enabled_at = None
    user.recovery_code_hashes = user.totp_pending_secret = user.totp_pending_at = None


@transition
def reset_two_factor(user: User, actor=None) -> None:
    """An operator's reset (e.g. after a restore without the old key): two-factor sign-in is
    removed and every session ends; staff must enrol again before using their pages."""
    lock(user)
    _remove_two_factor(user)
    user.failed_code_attempts, user.codes_locked_until = 0, None
    sessions.delete_all(user)
    audit.record("account.two_factor_reset_by_operator", actor=actor, target=user)


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
