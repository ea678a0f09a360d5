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
    PERMANENT_SESSION_LIFETIME = timedelta(hours=12)  # set from SESSION_ABSOLUTE_HOURS
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

    # Licence registry (verification). "stub": the CSV file REGISTRY_CSV (relative to the
    # instance folder unless absolute; `clinnet registry import` installs it). "nppes": the
    # NPPES NPI Registry API v2.1 at NPPES_URL, NPPES_TIMEOUT seconds per attempt, retried
    # NPPES_RETRIES times on timeouts and 5xx answers.
    REGISTRY = "stub"
    REGISTRY_CSV = "registry.csv"
    NPPES_URL = "https://npiregistry.cms.hhs.gov/api/"
    NPPES_TIMEOUT = 5.0
    NPPES_RETRIES = 1
    # NUCC taxonomy code prefixes that count as physicians: 207* and 208* make up the
    # "Allopathic & Osteopathic Physicians" group. From the environment as "207,208".
    PHYSICIAN_TAXONOMY_PREFIXES = ("207", "208")
    # Licence applications one account may submit per 24 hours (no NPI enumeration via the form).
    VERIFICATION_SUBMISSIONS_PER_DAY = 5
    # One-time code sent to the registry's contact: lifetime, wrong tries, sends per submission.
    CONTACT_CODE_MINUTES = 30
    CONTACT_CODE_ATTEMPTS = 5
    CONTACT_CODE_SENDS = 3

    # --- security (sessions, 2FA, password reset, rate limits, proxies, logging) ---
    SESSION_IDLE_MINUTES = 30  # signed out after this long without a request
    SESSION_ABSOLUTE_HOURS = 12  # and after this long whatever happens (equals the cookie's life)
    REAUTH_WINDOW_MINUTES = 10  # password changes, 2FA changes and admin actions need a sign-in
    # this recent, else the password (and code) are asked for again
    TWO_FACTOR_PENDING_MINUTES = 5  # between the password step and the code step of sign-in
    PASSWORD_RESET_MINUTES = 30  # life of a password-reset link
    # Key material for encrypting TOTP secrets at rest (default: SECRET_KEY). Set it on its own
    # if SECRET_KEY may be rotated: a new key makes stored secrets unreadable.
    TOTP_ENCRYPTION_KEY: str | None = None
    # Reverse proxies in front of the app whose X-Forwarded-* headers are trusted (0: none, so a
    # client cannot forge its IP address to dodge rate limits).
    TRUSTED_PROXIES = 0
    LOG_LEVEL = "INFO"
    # Rate limits (Flask-Limiter syntax, "N/period;M/period"). RATELIMIT_<NAME> counts per client
    # IP, RATELIMIT_<NAME>_ACCOUNT per account; an empty value switches one off.
    RATELIMITS_ENABLED = True
    RATELIMIT_STORAGE_URI = "memory://"  # production with several workers: redis://host:6379
    RATELIMIT_KEY_PREFIX = "clinnet"
    RATELIMIT_STRATEGY = "moving-window"
    RATELIMIT_LOGIN = "30/minute;300/hour"
    RATELIMIT_LOGIN_ACCOUNT = "10/minute;60/hour"
    RATELIMIT_TWO_FACTOR = "30/minute;300/hour"
    RATELIMIT_TWO_FACTOR_ACCOUNT = "10/minute;60/hour"
    RATELIMIT_REAUTH = "30/minute"
    RATELIMIT_REAUTH_ACCOUNT = "10/minute"
    RATELIMIT_REGISTRATION = "10/hour"
    RATELIMIT_REGISTRATION_ACCOUNT = ""
    RATELIMIT_PASSWORD_RESET = "20/hour"  # noqa: S105 (a rate, not a password)
    RATELIMIT_PASSWORD_RESET_ACCOUNT = "3/hour"  # noqa: S105
    RATELIMIT_LICENCE_APPLICATION = "20/hour"
    RATELIMIT_LICENCE_APPLICATION_ACCOUNT = "10/hour"
    RATELIMIT_POSTING = "120/hour"
    RATELIMIT_POSTING_ACCOUNT = "60/hour"
    RATELIMIT_FLAGGING = "120/hour"
    RATELIMIT_FLAGGING_ACCOUNT = "30/hour"

    # --- e-mail and background jobs (notifications/, jobs.py) ---
    # Where links in mails point (no trailing slash); the demo sets http://HOST:PORT.
    PUBLIC_URL = "http://localhost:5000"
    MAIL_BACKEND = "console"  # "smtp" in production, "memory" in tests
    MAIL_FROM = "clinnet <no-reply@localhost>"
    SMTP_HOST = "localhost"
    SMTP_PORT = 587
    SMTP_STARTTLS = True
    SMTP_USERNAME: str | None = None
    SMTP_PASSWORD: str | None = None
    SMTP_TIMEOUT = 10.0
    # redis://host:6379/1 sends mail, digests, re-scans and re-verification to RQ workers
    # (`clinnet worker`); empty runs them in-process after the commit (the demo).
    JOBS_REDIS_URL = ""
    JOBS_QUEUE = "clinnet"
    # A member who never chose gets notification mails as a daily digest.
    MAIL_DEFAULT_FREQUENCY = "daily"
    # Members per digest job (one SMTP connection and a few queries per batch).
    MAIL_DIGEST_BATCH = 500

    # Cases: send every case and reply through moderator review before it is visible (as
    # Figure 1 does). Off by default: only posts with a dismissed de-identification finding wait.
    CASES_REVIEW_ALL = False
    CASES_PAGE_SIZE = 20
    # Reply levels shown on a case page before "continue this thread" (readable on a phone).
    CASES_THREAD_DEPTH = 5
    # A thread page shows a window of replies in display order: at most this many, and no more
    # than this much text and markup (KB), so that a page stays light on a phone whatever the
    # thread's size; "show more" fetches the next window. "Show all" shows up to WHOLE_MAX.
    CASES_THREAD_WINDOW = 50
    CASES_THREAD_WINDOW_KB = 140
    CASES_THREAD_WHOLE_MAX = 5000
    # Rendered replies kept in memory per worker process (clinnet/cases/fragments.py), in MB.
    CASES_FRAGMENT_CACHE_MB = 32

    # Moderation: a post flagged for any reason other than patient information (which hides it
    # at once) is hidden automatically once this many distinct members have flagged it.
    MODERATION_HIDE_THRESHOLD = 3
    # Flags left unhandled this long are escalated: listed first in the queue, marked overdue.
    MODERATION_ESCALATE_HOURS = 48

    # Images (clinnet/images, docs/images.md). Uploads may be larger than MAX_CONTENT_LENGTH:
    # the upload route alone accepts IMAGES_MAX_REQUEST_BYTES.
    IMAGES_MAX_BYTES = 25 * 1024 * 1024
    IMAGES_MAX_REQUEST_BYTES = 26 * 1024 * 1024
    IMAGES_MAX_PIXELS = 50_000_000  # a 48 MP phone photo fits; decompression bombs do not
    IMAGES_MAX_SIDE = 16_384
    IMAGES_PER_POST = 10
    IMAGES_TICKET_HOURS = 12  # an upload form is valid this long
    IMAGES_DRAFT_HOURS = 72  # an upload never finished is deleted after this
    IMAGES_ABANDONED_DAYS = 30  # images of a post still a draft after this are deleted
    # "local": files under the instance folder (IMAGES_DIR); "s3": an S3-compatible bucket.
    IMAGES_STORAGE = "local"
    IMAGES_DIR = "images"
    IMAGES_S3_ENDPOINT = ""  # host:port
    IMAGES_S3_BUCKET = "clinnet-images"
    IMAGES_S3_ACCESS_KEY = ""
    IMAGES_S3_SECRET_KEY = ""
    IMAGES_S3_SECURE = True
    IMAGES_S3_REGION: str | None = None


def load(app, overrides: dict | None) -> None:
    """Fill app.config from defaults, the instance file, the environment and `overrides`."""
    app.config.from_object(Defaults)
    app.config.from_pyfile("config.py", silent=True)
    app.config.from_prefixed_env("CLINNET")
    if overrides:
        app.config.update(overrides)

    if app.config["TESTING"] or app.config["DEMO"]:
        app.config["SESSION_COOKIE_SECURE"] = False
    # The cookie lives exactly as long as a session may (the server enforces it as well).
    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(
        hours=float(app.config["SESSION_ABSOLUTE_HOURS"]))
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
