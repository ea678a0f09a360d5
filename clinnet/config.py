"""Configuration: secure defaults, then instance/config.py, then CLINNET_* environment variables.

The order matters: a deployment's instance file may set anything, and an operator's environment
wins over both, so a container can be reconfigured without editing files.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

# Keys a deployment must never run with: they are in this repository for everyone to read.
_KNOWN_PLACEHOLDER_KEYS = {"dev", "changeme", "change-me", "secret", "development", "test"}
MIN_SECRET_KEY_LENGTH = 32


class ConfigError(RuntimeError):
    """The deployment's configuration cannot run safely; the message says what to fix."""


class Defaults:
    SECRET_KEY: str | None = None
    DEMO = False
    TESTING = False

    DATABASE_URL: str | None = None  # default: SQLite file in the instance folder
    SQLALCHEMY_ENGINE_OPTIONS: dict = {"pool_pre_ping": True}

    SESSION_COOKIE_NAME = "clinnet_session"
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = True  # relaxed only in demo and testing, which run over plain HTTP
    PERMANENT_SESSION_LIFETIME = timedelta(hours=12)
    # "basic": a session seen from a new IP/browser becomes non-fresh and must re-authenticate for
    # sensitive actions; "strong" would sign out physicians whose phones hop between networks.
    SESSION_PROTECTION = "basic"
    # A physician may spend more than an hour writing a case; the token is bound to the session,
    # whose own lifetime is bounded above, so a form expiring separately only loses work.
    WTF_CSRF_TIME_LIMIT = None
    MAX_CONTENT_LENGTH = 2 * 1024 * 1024

    # Argon2id parameters (RFC 9106 "second recommended option"); hashes made with other parameters
    # are upgraded at the next successful sign-in.
    PASSWORD_HASH_TIME_COST = 3
    PASSWORD_HASH_MEMORY_COST = 64 * 1024  # KiB
    PASSWORD_HASH_PARALLELISM = 4
    PASSWORD_MIN_LENGTH = 12
    PASSWORD_MAX_LENGTH = 256

    LOCKOUT_THRESHOLD = 5  # consecutive failed sign-ins
    LOCKOUT_MINUTES = 15

    # Cases: send every case and reply through moderator review before it is visible (as
    # Figure 1 does). Off by default: only posts with a dismissed de-identification finding wait.
    CASES_REVIEW_ALL = False
    CASES_PAGE_SIZE = 20
    # Reply levels shown on a case page before "continue this thread" (readable on a phone).
    CASES_THREAD_DEPTH = 5

    # Moderation: a post flagged for any reason other than patient information (which hides it
    # at once) is hidden automatically once this many distinct members have flagged it.
    MODERATION_HIDE_THRESHOLD = 3
    # Flags left unhandled this long are escalated: listed first in the queue, marked overdue.
    MODERATION_ESCALATE_HOURS = 48


def load(app, overrides: dict | None) -> None:
    """Fill app.config from defaults, the instance file, the environment and `overrides`."""
    app.config.from_object(Defaults)
    app.config.from_pyfile("config.py", silent=True)
    app.config.from_prefixed_env("CLINNET")
    if overrides:
        app.config.update(overrides)

    if app.config["TESTING"] or app.config["DEMO"]:
        app.config["SESSION_COOKIE_SECURE"] = False
    app.config["SQLALCHEMY_DATABASE_URI"] = app.config.get("DATABASE_URL") or "sqlite:///" + str(
        Path(app.instance_path) / "clinnet.sqlite3"
    )
    _check_secret_key(app.config)


def _check_secret_key(config) -> None:
    key = config.get("SECRET_KEY")
    if config["TESTING"] and key:
        return
    if not key or key.lower() in _KNOWN_PLACEHOLDER_KEYS or len(key) < MIN_SECRET_KEY_LENGTH:
        raise ConfigError(
            "CLINNET_SECRET_KEY is missing or too weak. Set it to a random value of at least "
            f"{MIN_SECRET_KEY_LENGTH} characters, e.g. the output of "
            "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`, "
            "in the environment or in instance/config.py as SECRET_KEY."
        )


def default_instance_path() -> str:
    """The instance folder: CLINNET_INSTANCE_PATH, else `instance/` beside the package."""
    configured = os.environ.get("CLINNET_INSTANCE_PATH")
    if configured:
        return str(Path(configured).resolve())
    return str(Path(__file__).resolve().parent.parent / "instance")
