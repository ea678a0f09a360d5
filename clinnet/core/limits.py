"""Named rate limits on top of Flask-Limiter.

A view opts in with `@limits.apply("posting")`; the limit's values are settings, so operators
tune them without code: `RATELIMIT_POSTING` is counted per client IP and
`RATELIMIT_POSTING_ACCOUNT` per account (the signed-in member, the member half-way through
two-factor sign-in, or the email address typed into the form). Only POSTs count: reading a form
is free, sending it is not; a JSON lookup made while one types (@mention completion) names the
GETs it counts. Each app gets its own Flask-Limiter instance (tests and the Redis
check build several apps in one process; a shared instance would keep the last one's storage).

Sign-in's per-account limit counts per account *and* client IP: a stranger hammering someone's
address must not use up the owner's budget (that would be a lockout by other means). Guessing
from many addresses is held back by the sign-in throttle in the database (accounts.throttle).

When Redis does not answer (each wait bounded by REDIS_TIMEOUT), every worker falls back to
counting in its own memory and logs it, and checks Redis again at growing intervals: limits stay
on, per worker, instead of every limited form failing.
"""

from __future__ import annotations

import hashlib
import time

from flask import current_app, request, session
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import current_user

from clinnet.core.logging import security_event

_ATTR = "clinnet_rate_limits"
EXTENSION_KEY = "clinnet.limiter"
# accounts stores the id of a member who passed the password step but not yet the second one.
PENDING_ACCOUNT_SESSION_KEY = "_2fa_uid"


def apply(name: str, methods: tuple[str, ...] = ("POST",)):
    """Count requests to the view against the named limit (settings RATELIMIT_<NAME>[_ACCOUNT]):
    POSTs, or the `methods` given (a lookup that costs a query per keystroke counts GETs)."""

    def mark(view):
        setattr(view, _ATTR, (*getattr(view, _ATTR, ()), (name, methods)))
        return view

    return mark


def limits_of(view) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return getattr(view, _ATTR, ())


# Named limits whose per-account count is kept per account and client IP (see above).
_PER_SOURCE = frozenset({"login"})


def account_key() -> str:
    """Who the request is about, beyond its IP address."""
    if current_user.is_authenticated:
        return f"member:{current_user.id}"
    pending = session.get(PENDING_ACCOUNT_SESSION_KEY)
    if pending:
        return f"member:{pending}"
    email = request.form.get("email", "").strip().lower()
    if email:
        # Hashed: rate-limit keys in Redis should not be a list of email addresses.
        return "email:" + hashlib.sha256(email.encode()).hexdigest()[:32]
    return "ip:" + (get_remote_address() or "")


def _account_and_source_key() -> str:
    return f"{account_key()}|{get_remote_address() or ''}"


def _setting(name: str, per_account: bool):
    key = f"RATELIMIT_{name.upper()}" + ("_ACCOUNT" if per_account else "")

    def value() -> str:
        return current_app.config[key] or "1000000/second"

    def exempt() -> bool:
        return not current_app.config["RATELIMITS_ENABLED"] or not current_app.config[key]

    return value, exempt


def _key_function(name: str, per_account: bool):
    if not per_account:
        return get_remote_address
    return _account_and_source_key if name in _PER_SOURCE else account_key


def _on_breach(request_limit) -> None:
    security_event("rate_limited", limit=str(request_limit.limit), endpoint=request.endpoint)


def init_app(app) -> Limiter:
    """Bind a Flask-Limiter instance to `app` and put every view's named limits on it."""
    config = app.config
    timeout = config["REDIS_TIMEOUT"]
    redis = config["RATELIMIT_STORAGE_URI"].startswith(("redis", "rediss"))
    limiter = Limiter(
        key_func=get_remote_address,
        storage_uri=config["RATELIMIT_STORAGE_URI"],
        storage_options={"socket_timeout": timeout, "socket_connect_timeout": timeout,
                         "retry_on_timeout": False} if redis else {},
        key_prefix=config["RATELIMIT_KEY_PREFIX"],
        strategy=config["RATELIMIT_STRATEGY"],
        headers_enabled=True,
        on_breach=_on_breach,
        in_memory_fallback_enabled=True,
    )
    limiter.init_app(app)
    app.extensions[EXTENSION_KEY] = limiter
    for endpoint, view in list(app.view_functions.items()):
        wrapped = view
        for name, methods in limits_of(view):
            for per_account in (False, True):
                key_func = _key_function(name, per_account)
                value, exempt = _setting(name, per_account)
                scope = f"{name}:{'account' if per_account else 'ip'}"
                # Shared: a name is one budget across its views (a new case and a reply both
                # spend "posting"), not a separate allowance per route.
                wrapped = limiter.shared_limit(value, scope, key_func=key_func,
                                               methods=list(methods),
                                               exempt_when=exempt)(wrapped)
        app.view_functions[endpoint] = wrapped
    return limiter


def current_limiter() -> Limiter:
    return current_app.extensions[EXTENSION_KEY]


def retry_after_seconds() -> int | None:
    """Seconds until the limit this request broke lets requests through again."""
    limit = current_limiter().current_limit
    if limit is None:
        return None
    return max(1, int(limit.reset_at - time.time()))


def storage_status() -> str:
    """"ok", "unavailable" or "not used" (memory storage) for the readiness check."""
    if current_app.config["RATELIMIT_STORAGE_URI"].startswith("memory://"):
        return "not used"
    try:
        return "ok" if current_limiter().storage.check() else "unavailable"
    except Exception:  # any failure to answer means "not ready"
        return "unavailable"
