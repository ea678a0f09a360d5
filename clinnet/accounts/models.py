from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, Enum, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from clinnet.core.authz import Role
from clinnet.core.db import NOT_MEMBER_TEXT, UTCDateTime, member_text, utcnow
from clinnet.extensions import db

CLOSED_ACCOUNT_NAME = "Former member"
PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


def new_pseudonym_seed() -> str:
    return secrets.token_hex(16)


def new_session_token() -> str:
    return secrets.token_urlsafe(32)


class Status:
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"  # the member closed the account (or asked an admin to erase it)


class Authority:
    """Who imposed a suspension, ranked: only that authority or a higher one lifts it. A
    registry suspension (licence re-verification) is lifted by a registry re-check that finds
    the licence in good standing, or by an admin who writes why."""

    MODERATOR = "moderator"
    ADMIN = "admin"
    REGISTRY = "registry"
    RANK = {MODERATOR: 1, ADMIN: 2, REGISTRY: 3}
    LABELS = {MODERATOR: "a moderator", ADMIN: "an admin",
              REGISTRY: "licence re-verification"}


def _enum(cls, name):
    return Enum(cls, name=name, native_enum=False, length=20, validate_strings=True,
                values_callable=lambda members: [m.value for m in members])


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Stored lower-cased: addresses are unique regardless of how they were typed.
    email: Mapped[str] = mapped_column(String(254), unique=True, info=NOT_MEMBER_TEXT)
    password_hash: Mapped[str] = mapped_column(String(255), info=NOT_MEMBER_TEXT)
    # Names as verified against the licence registry; shown when posting under the real name.
    first_name: Mapped[str | None] = mapped_column(String(80), info=NOT_MEMBER_TEXT)
    last_name: Mapped[str | None] = mapped_column(String(80), info=NOT_MEMBER_TEXT)
    # Stable alias for posts made without the real name; assigned when verified, never reused.
    # Posts show a different alias in every case (case_pseudonym), so that one unmasked
    # pseudonymous post does not link all the others; this one is for staff pages.
    pseudonym: Mapped[str | None] = mapped_column(String(40), unique=True, info=NOT_MEMBER_TEXT)
    # "@priya.raman": how colleagues mention the member and the address of their profile;
    # assigned when verified (accounts.services.ensure_handle), never reused.
    handle: Mapped[str | None] = mapped_column(String(40), unique=True, info=NOT_MEMBER_TEXT)
    # The secret behind the per-case aliases; never shown, never derived from anything shown.
    pseudonym_seed: Mapped[str] = mapped_column(String(32), default=new_pseudonym_seed,
                                                info=NOT_MEMBER_TEXT)
    role: Mapped[Role] = mapped_column(_enum(Role, "role"), default=Role.APPLICANT,
                                       info=NOT_MEMBER_TEXT)
    status: Mapped[str] = mapped_column(String(20), default=Status.ACTIVE, info=NOT_MEMBER_TEXT)
    suspension_reason: Mapped[str | None] = mapped_column(Text, info=member_text("plain"))
    suspended_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Where the suspension came from ("moderation", "admin", "reverification") and the
    # authority it carries (Authority); who and when.
    suspension_source: Mapped[str | None] = mapped_column(String(20),
                                                          info={"member_text": False})
    suspension_authority: Mapped[str | None] = mapped_column(String(20),
                                                             info={"member_text": False})
    suspended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id",
                                                                   ondelete="SET NULL"))
    suspended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A new account signs in only once it opened the link mailed to its address.
    email_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Set by the licence approval: the next visit to the feed welcomes the new physician first
    # (specialties to follow, how often to be mailed); cleared once they answered or skipped.
    welcome_due: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Flask-Login's id for this member; replacing it ends every session at once.
    session_token: Mapped[str] = mapped_column(String(64), unique=True, default=new_session_token,
                                               info=NOT_MEMBER_TEXT)
    # Wrong second-factor codes (and wrong passwords when re-authenticating) in a row; code
    # entry locks at TWO_FACTOR_LOCKOUT_THRESHOLD. Wrong passwords at sign-in are throttled per
    # source instead (accounts.throttle), so strangers cannot lock anyone out.
    failed_code_attempts: Mapped[int] = mapped_column(Integer, default=0)
    codes_locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the member was last told about repeated failed sign-ins (at most one mail an hour).
    sign_in_alert_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Two-factor sign-in (RFC 6238). The secret is stored encrypted (accounts.services
    # .totp_secret_of), never logged or shown after enrolment; `totp_last_counter` makes each
    # code single-use within its window.
    totp_secret: Mapped[str | None] = mapped_column(String(255), info=NOT_MEMBER_TEXT)
    totp_last_counter: Mapped[int | None] = mapped_column(Integer)
    totp_enabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # An enrolment in progress: the new secret (encrypted) waits here, not in the session
    # cookie, until a code from the app proves the member has it.
    totp_pending_secret: Mapped[str | None] = mapped_column(String(255),
                                                            info={"member_text": False})
    totp_pending_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # SHA-256 of each unused recovery code, space-separated (codes carry 50 random bits).
    recovery_code_hashes: Mapped[str | None] = mapped_column(Text, info=NOT_MEMBER_TEXT)

    def __repr__(self) -> str:
        return f"<User {self.id} {self.role}>"

    @property
    def display_name(self) -> str:
        """The real name for members who have one, else the email's local part."""
        if self.last_name:
            return f"Dr. {self.first_name} {self.last_name}" if self.first_name else \
                f"Dr. {self.last_name}"
        return self.email.split("@")[0]

    def public_name(self, anonymous: bool, case_id: int | None = None) -> str:
        """How a post's author is shown: the real name, or their pseudonym in that case; posts
        of a closed account stay, under "Former member"."""
        if self.status == Status.CLOSED:
            return CLOSED_ACCOUNT_NAME
        if anonymous:
            if case_id is not None and self.pseudonym_seed:
                return self.case_pseudonym(case_id)
            return self.pseudonym or "Anonymous physician"
        return self.display_name

    def case_pseudonym(self, case_id: int) -> str:
        """The member's alias in one case: the same on every post of theirs in that case (so
        a thread reads as a conversation), unrelated between cases. 30 bits: two members of
        one case share an alias about once in a billion pairs."""
        digest = hmac.new(self.pseudonym_seed.encode(), f"case:{case_id}".encode(),
                          hashlib.sha256).digest()
        return "Colleague " + "".join(PSEUDONYM_ALPHABET[b % 32] for b in digest[:6])

    @property
    def two_factor_enabled(self) -> bool:
        return self.totp_enabled_at is not None and self.totp_secret is not None

    @property
    def must_enrol_two_factor(self) -> bool:
        """Moderators and admins may not use their consoles without a second factor."""
        return self.has_role(Role.MODERATOR) and not self.two_factor_enabled

    def get_id(self) -> str:
        return self.session_token

    def has_role(self, role: Role | str) -> bool:
        return self.role >= Role(role)

    @property
    def is_suspended(self) -> bool:
        if self.status != Status.SUSPENDED:
            return False
        return self.suspended_until is None or self.suspended_until > utcnow()

    @property
    def is_closed(self) -> bool:
        return self.status == Status.CLOSED

    @property
    def is_active_member(self) -> bool:
        return not self.is_suspended and not self.is_closed

    @property
    def suspended_by_label(self) -> str:
        return Authority.LABELS.get(self.suspension_authority or "", "staff")

    @property
    def suspension_message(self) -> str:
        message = "Your account is suspended"
        if self.suspended_until:
            message += f" until {self.suspended_until:%Y-%m-%d %H:%M} UTC"
        if self.suspension_reason:
            message += f": {self.suspension_reason}"
        return message + "."

    def rotate_session_token(self) -> None:
        self.session_token = new_session_token()


class UserSession(db.Model):
    """One signed-in browser: what members see (and revoke) on their sessions page.

    The Flask session holds a random id; only its SHA-256 is stored, so a copy of this table
    cannot be replayed as a cookie.
    """

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, info=NOT_MEMBER_TEXT)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # When the member last proved their password (and second factor): sensitive actions need
    # a recent one.
    authenticated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_agent: Mapped[str] = mapped_column(String(120), default="", info=NOT_MEMBER_TEXT)
    ip: Mapped[str] = mapped_column(String(45), default="", info=NOT_MEMBER_TEXT)


class SignInThrottle(db.Model):
    """Wrong passwords for one typed address from one source (a browser that signed in to the
    account before, else an IP address), or from all unrecognised sources together.

    Keyed by a keyed hash of (address, source), so unknown addresses are throttled exactly like
    known ones (no enumeration) and the table holds no addresses. `failures` is incremented in
    the database (UPDATE ... SET failures = failures + 1 ... RETURNING) under the row's lock,
    so concurrent attempts on several workers are all counted.
    """

    __tablename__ = "sign_in_throttles"

    key: Mapped[str] = mapped_column(String(64), primary_key=True, info={"member_text": False})
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    # No attempt from this source is evaluated before this time.
    blocked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class IdempotencyKey(db.Model):
    """A state-changing form that was submitted: its key (random, from the form's hidden field;
    stored as a hash scoped to the member) and the outcome (a redirect) it got. The row is
    written in the same transaction as what the form changed, so when the same form arrives
    again (a resubmission after a dropped connection, a double click) clinnet answers with the
    first outcome instead of doing it twice."""

    __tablename__ = "idempotency_keys"

    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True,
                                          info={"member_text": False})
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    status: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str | None] = mapped_column(String(2000), info={"member_text": False})

