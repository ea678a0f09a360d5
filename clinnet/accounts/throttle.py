"""Sign-in throttling: progressive delays per account and source, instead of a lockout that any
stranger could trigger.

A source is the browser, when it carries a device cookie from an earlier sign-in to the same
account (the member's own phone or ward computer), else the client's IP address. For each
(typed address, source) the database counts wrong passwords; after SIGN_IN_FREE_ATTEMPTS each
further attempt from that source waits SIGN_IN_DELAY_SECONDS, doubling up to
SIGN_IN_MAX_DELAY_SECONDS, and attempts during the wait are refused without checking the
password. Unrecognised sources also share one counter per address (SIGN_IN_ACCOUNT_FREE_ATTEMPTS)
so that guessing from many addresses slows down too; recognised browsers never share it, so a
stranger cannot keep the owner out. Counters are keyed by a keyed hash of the typed address,
known or not, so the answers reveal nothing about which addresses have accounts.

Lock order: the source's row, then the shared row, then the member (clinnet.transactions).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app, g, request
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from clinnet.accounts.models import SignInThrottle
from clinnet.extensions import db

DEVICE_COOKIE = "clinnet_device"
_DEVICE_SALT = "clinnet.device"
_SHARED = "*"


@dataclass(frozen=True)
class Source:
    """Where a sign-in attempt comes from: the client IP, and the member id a valid device
    cookie names (None without one)."""

    ip: str
    device_user_id: int | None = None
    device_nonce: str | None = None

    def id_for(self, user_id: int | None) -> str | None:
        """The source's identity for an account, or None when it is not recognised for it."""
        if user_id is not None and self.device_user_id == user_id:
            return f"device:{self.device_nonce}"
        return None


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.secret_key, salt=_DEVICE_SALT)


def current_source() -> Source:
    """The source of the current request (the view passes it to the sign-in service)."""
    ip = request.remote_addr or ""
    raw = request.cookies.get(DEVICE_COOKIE, "")
    if raw:
        try:
            data = _serializer().loads(raw)
        except BadSignature:
            data = None
        if isinstance(data, dict) and isinstance(data.get("u"), int) and \
                isinstance(data.get("n"), str):
            return Source(ip, data["u"], data["n"])
    return Source(ip)


def remember_device(user_id: int) -> None:
    """Mark this browser as the member's own (the cookie is set on the response)."""
    g.clinnet_device_cookie = _serializer().dumps({"u": user_id,
                                                   "n": secrets.token_urlsafe(12)})


def set_device_cookie(response):
    """after_request: write the cookie `remember_device` asked for."""
    value = g.pop("clinnet_device_cookie", None)
    if value:
        config = current_app.config
        response.set_cookie(DEVICE_COOKIE, value, max_age=config["DEVICE_COOKIE_DAYS"] * 86400,
                            secure=config["SESSION_COOKIE_SECURE"], httponly=True,
                            samesite="Lax")
    return response


def _key(email: str, source: str) -> str:
    secret = current_app.secret_key
    secret = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(secret, f"sign-in\0{email}\0{source}".encode(), hashlib.sha256).hexdigest()


def keys_for(email: str, source: Source, user_id: int | None) -> list[str]:
    """The counters an attempt is checked against and counted in, in lock order."""
    recognised = source.id_for(user_id)
    if recognised:
        return [_key(email, recognised)]
    return [_key(email, f"ip:{source.ip}"), _key(email, _SHARED)]


def _insert():
    dialect = db.session.get_bind().dialect.name
    return (postgresql if dialect == "postgresql" else sqlite).insert(SignInThrottle)


def wait_seconds(keys: list[str], now: datetime) -> int:
    """Lock the counters (creating them) and return how long the source must still wait."""
    for key in keys:
        db.session.execute(_insert().values(key=key, failures=0).on_conflict_do_nothing())
    rows = db.session.scalars(select(SignInThrottle).where(SignInThrottle.key.in_(keys))
                              .order_by(SignInThrottle.key)
                              .with_for_update().execution_options(populate_existing=True))
    waits = [(row.blocked_until - now).total_seconds() for row in rows
             if row.blocked_until is not None and row.blocked_until > now]
    return max(1, int(max(waits) + 0.999)) if waits else 0


def delay(failures: int, free: int) -> timedelta | None:
    """The wait after `failures` wrong passwords, when `free` come without one."""
    if failures < free:
        return None
    config = current_app.config
    seconds = config["SIGN_IN_DELAY_SECONDS"] * 2 ** min(failures - free, 30)
    return timedelta(seconds=min(seconds, config["SIGN_IN_MAX_DELAY_SECONDS"]))


def count_failure(keys: list[str], now: datetime) -> dict[str, int]:
    """Count one wrong password against every key (atomically, in the database); start or
    lengthen the wait. Returns the new count per key."""
    config = current_app.config
    stale = now - timedelta(hours=config["SIGN_IN_FORGET_HOURS"])
    counted = db.session.execute(
        update(SignInThrottle).where(SignInThrottle.key.in_(keys))
        .values(failures=case((SignInThrottle.last_failure_at < stale, 1),
                              else_=SignInThrottle.failures + 1),
                last_failure_at=now)
        .returning(SignInThrottle.key, SignInThrottle.failures)
        .execution_options(synchronize_session=False)).all()
    failures = dict(counted)
    for key, count in failures.items():
        free = config["SIGN_IN_FREE_ATTEMPTS"] if key == keys[0] else \
            config["SIGN_IN_ACCOUNT_FREE_ATTEMPTS"]
        wait = delay(count, free)
        if wait is not None:
            db.session.execute(update(SignInThrottle).where(SignInThrottle.key == key)
                               .values(blocked_until=now + wait)
                               .execution_options(synchronize_session=False))
    return failures


def threshold_reached(keys: list[str], failures: dict[str, int]) -> bool:
    """Whether this failure is the one that started slowing a source down (tell the owner)."""
    config = current_app.config
    thresholds = [config["SIGN_IN_FREE_ATTEMPTS"], config["SIGN_IN_ACCOUNT_FREE_ATTEMPTS"]]
    return any(failures.get(key) == limit for key, limit in zip(keys, thresholds, strict=False))


def forget(keys: list[str]) -> None:
    """The right password from a source clears that source's count (not the shared one)."""
    db.session.execute(delete(SignInThrottle).where(SignInThrottle.key == keys[0]))


def prune(now: datetime) -> int:
    """Delete counters nobody has failed on for SIGN_IN_FORGET_HOURS (`clinnet db prune`)."""
    stale = now - timedelta(hours=current_app.config["SIGN_IN_FORGET_HOURS"])
    result = db.session.execute(delete(SignInThrottle).where(
        (SignInThrottle.last_failure_at < stale) | SignInThrottle.last_failure_at.is_(None)))
    return result.rowcount or 0
