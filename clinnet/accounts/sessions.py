"""Signed-in sessions: one record per browser, idle and absolute timeouts, recent re-authentication.

Flask-Login's id is the member's rotating `session_token` (ending every session at once); the
per-browser record adds what members see on their sessions page and lets them end one session.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import timedelta
from functools import wraps

from flask import current_app, flash, g, redirect, request, session, url_for
from flask_login import current_user, login_user, logout_user
from sqlalchemy import delete, select, update
from sqlalchemy.exc import DBAPIError

from clinnet.accounts.models import User, UserSession
from clinnet.core.authz import Role, access_of, is_safe_next
from clinnet.core.db import utcnow
from clinnet.core.logging import security_event
from clinnet.extensions import db
from clinnet.transactions import Busy, after_commit, run, transition

SESSION_KEY = "_sid"
# Writing last-seen on every request would make every page view a database write.
TOUCH_INTERVAL = timedelta(minutes=1)


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def describe_user_agent(user_agent: str) -> str:
    """A short, human summary such as "Firefox on Windows" for the sessions page."""
    ua = user_agent or ""
    browser = next((name for pattern, name in (
        (r"Edg/", "Edge"), (r"OPR/|Opera", "Opera"), (r"Firefox/", "Firefox"),
        (r"Chrome/|CriOS/", "Chrome"), (r"Safari/", "Safari")) if re.search(pattern, ua)), None)
    system = next((name for pattern, name in (
        (r"iPhone|iPad", "iOS"), (r"Android", "Android"), (r"Windows", "Windows"),
        (r"Mac OS X|Macintosh", "macOS"), (r"Linux", "Linux")) if re.search(pattern, ua)), None)
    if browser and system:
        return f"{browser} on {system}"
    return (browser or system or ua[:60] or "Unknown device")[:120]


@transition
def create_record(user: User, user_agent: str, ip: str) -> str:
    """Record a new signed-in browser; returns the raw id to keep in its Flask session."""
    raw = secrets.token_urlsafe(32)
    db.session.add(UserSession(token_hash=_hash(raw), user_id=user.id,
                               user_agent=describe_user_agent(user_agent), ip=(ip or "")[:45]))
    return raw


def find_record(raw: str | None) -> UserSession | None:
    if not raw or not isinstance(raw, str):
        return None
    return db.session.scalar(select(UserSession).where(UserSession.token_hash == _hash(raw)))


def for_user(user_id: int) -> list[UserSession]:
    stmt = (select(UserSession).where(UserSession.user_id == user_id)
            .order_by(UserSession.last_seen_at.desc()))
    return list(db.session.scalars(stmt))


def delete_all(user: User) -> None:
    """End every session of `user` (the caller commits with its audit event)."""
    user.rotate_session_token()
    db.session.execute(delete(UserSession).where(UserSession.user_id == user.id))


def start(user: User) -> None:
    """Sign `user` in on this browser with a brand-new session (nothing from before survives);
    the browser is remembered as the member's own (its sign-ins are never slowed by
    strangers' wrong passwords, see accounts.throttle)."""
    from clinnet.accounts import throttle

    throttle.remember_device(user.id)
    session.clear()
    login_user(user)
    session.permanent = True
    session[SESSION_KEY] = create_record(user, request.headers.get("User-Agent", ""),
                                         request.remote_addr or "")


def end() -> None:
    """Sign this browser out and forget its record."""
    record = find_record(session.get(SESSION_KEY))
    if record is not None:
        db.session.delete(record)
    logout_user()
    session.clear()


def current_record() -> UserSession | None:
    return g.get("clinnet_session_record")


def check_current_session():
    """before_request: end a session that was revoked, idle too long or is too old."""
    if request.endpoint == "static" or not current_user.is_authenticated:
        return
    config = current_app.config
    record = find_record(session.get(SESSION_KEY))
    now = utcnow()
    reason = None
    if record is None or record.user_id != current_user.id:
        reason = "Your session has ended. Please sign in again."
    elif now - record.last_seen_at > timedelta(minutes=config["SESSION_IDLE_MINUTES"]):
        reason = "You were signed out after a period without activity. Please sign in again."
    elif now - record.created_at > timedelta(hours=config["SESSION_ABSOLUTE_HOURS"]):
        reason = "Your session reached its maximum length. Please sign in again."
    if reason:
        end()
        flash(reason, "info")
        return
    if now - record.last_seen_at >= TOUCH_INTERVAL:
        # Not in the request's own transaction, which would turn a page view into a write:
        # on SQLite a browser's concurrent page views would then fight for the write lock and
        # some would end "busy". A short write of its own after the commit waits its turn.
        record_id = record.id
        after_commit(lambda: _touch(record_id, now))
    g.clinnet_session_record = record
    return


def _touch(record_id: int, now) -> None:
    try:
        run(_write_last_seen, record_id, now)
    except (Busy, DBAPIError):  # a missed touch costs at most a minute of idle time
        current_app.logger.warning("session activity not recorded (database busy)")


def _write_last_seen(record_id: int, now) -> None:
    db.session.execute(update(UserSession).where(UserSession.id == record_id,
                                                 UserSession.last_seen_at < now)
                       .values(last_seen_at=now))


def has_recent_auth() -> bool:
    record = current_record()
    if record is None or not session.get("_fresh", False):
        return False
    window = timedelta(minutes=current_app.config["REAUTH_WINDOW_MINUTES"])
    return utcnow() - record.authenticated_at <= window


def _reauth_redirect():
    if request.method == "GET":
        target = request.full_path if request.query_string else request.path
    else:
        # A POST cannot be replayed after a redirect: come back to the page that sent it.
        referrer = request.referrer or ""
        host = request.host_url.rstrip("/")
        target = referrer[len(host):] if referrer.startswith(host + "/") else "/"
        if not is_safe_next(target):
            target = "/"
    flash("Confirm it is you to continue.", "info")
    return redirect(url_for("account.reauthenticate", next=target))


def requires_recent_auth(view):
    """Ask for the password (and second factor) again unless given in the last few minutes.

    Apply below the route decorator: `@bp.route(...)`, `@requires_role(...)`,
    `@requires_recent_auth`. Every POST to an admin view gets this check automatically.
    """

    @wraps(view)
    def wrapped(*args, **kwargs):
        if not has_recent_auth():
            return _reauth_redirect()
        return view(*args, **kwargs)

    return wrapped


def guard_privileged_requests():
    """before_request (after the access guard): staff consoles need 2FA and, for changes, a
    recent re-authentication."""
    if request.endpoint is None or not current_user.is_authenticated:
        return None
    access = access_of(current_app.view_functions[request.endpoint])
    if not isinstance(access, Role) or access < Role.MODERATOR:
        return None
    if current_user.must_enrol_two_factor:
        security_event("two_factor_enrolment_required", user=current_user.id,
                       endpoint=request.endpoint)
        flash("Set up two-factor sign-in before using the staff pages.", "info")
        return redirect(url_for("account.two_factor"))
    if request.method == "POST" and access >= Role.ADMIN and not has_recent_auth():
        return _reauth_redirect()
    return None
