"""Configuration: every setting declared once (name, type, default, documentation), then filled
from the defaults, `instance/config.py`, `CLINNET_<NAME>` environment variables and the
`create_app` mapping (in that order; later wins), and validated before the app starts.

The order matters: a deployment's instance file may set anything, and an operator's environment
wins over both, so a container can be reconfigured without editing files. A value of the wrong
type, an unknown `CLINNET_*` variable (a typo would otherwise be ignored silently) or an unsafe
production setting stops the start with a message that says what to fix. `docs/configuration.md`
is generated from these declarations (`clinnet config docs`); a test keeps it in step.

Code reads settings as `current_app.config["NAME"]`: every declared name is present and typed,
so there is no `config.get(NAME, default)` with a second copy of the default.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

# Keys a deployment must never run with: they are in this repository for everyone to read.
_KNOWN_PLACEHOLDER_KEYS = {"dev", "changeme", "change-me", "secret", "development", "test"}
MIN_SECRET_KEY_LENGTH = 32
ENV_PREFIX = "CLINNET_"
# CLINNET_* variables that are not settings: read before the app exists, or by tests and benches.
_NOT_SETTINGS = re.compile(r"^(INSTANCE_PATH|TEST_\w+|BENCH_\w+)$")


class ConfigError(RuntimeError):
    """The deployment's configuration cannot run safely; the message says what to fix."""


# --- kinds of value --------------------------------------------------------------------------

@dataclass(frozen=True)
class Kind:
    """How a setting's value is written in the environment and what values are allowed."""

    label: str
    check: Callable[[Any], Any]  # a value from Python (instance file, overrides) -> typed value
    parse: Callable[[str], Any]  # a value from the environment -> typed value


def _bool_check(value):
    if isinstance(value, bool):
        return value
    raise ValueError("must be true or false")


def _bool_parse(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"must be true or false, not {text!r}")


def boolean() -> Kind:
    return Kind("true/false", _bool_check, _bool_parse)



def integer(minimum: int | None = None, maximum: int | None = None) -> Kind:
    def check(value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"must be a whole number, not {value!r}")
        if minimum is not None and value < minimum:
            raise ValueError(f"must be at least {minimum}")
        if maximum is not None and value > maximum:
            raise ValueError(f"must be at most {maximum}")
        return value

    bounds = f" ≥ {minimum}" if minimum is not None else ""
    return Kind("integer" + bounds, check, _parsed(int, check, "a whole number"))


def number(minimum: float = 0.0) -> Kind:
    def check(value):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"must be a number, not {value!r}")
        if value < minimum:
            raise ValueError(f"must be at least {minimum:g}")
        return float(value)

    return Kind("number", check, _parsed(float, check, "a number"))


def _parsed(convert: Callable[[str], Any], check: Callable[[Any], Any], what: str):
    """An environment parser: convert the text, then apply the same check as for values."""

    def parse(text_value: str):
        try:
            value = convert(text_value.strip())
        except ValueError:
            raise ValueError(f"must be {what}, not {text_value!r}") from None
        return check(value)

    return parse


def text(optional: bool = False, choices: tuple[str, ...] = (),
         pattern: str | None = None, label: str = "text") -> Kind:
    regex = re.compile(pattern) if pattern else None

    def check(value):
        if value is None or (optional and value == ""):
            if optional:
                return None
            raise ValueError("must be set")
        if not isinstance(value, str):
            raise ValueError(f"must be text, not {value!r}")
        if choices and value not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}, not {value!r}")
        if regex and not regex.fullmatch(value):
            raise ValueError(f"is not a valid {label}: {value!r}")
        return value

    shown = " / ".join(choices) if choices else label
    return Kind(shown + (" (optional)" if optional else ""), check, check)


def texts(optional: bool = False) -> Kind:
    """A list of words; in the environment, comma-separated."""

    def check(value):
        if value is None and optional:
            return None
        if isinstance(value, str):
            value = value.split(",")
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"must be a list of words, not {value!r}")
        return tuple(v.strip() for v in value if v.strip())

    def parse(text_value: str):
        if optional and not text_value.strip():
            return None
        return check(text_value)

    return Kind("comma-separated list" + (" (optional)" if optional else ""), check, parse)


def rate() -> Kind:
    """Flask-Limiter's notation, e.g. "10/minute;60/hour"; empty switches the limit off."""

    def check(value):
        from limits import parse_many

        if not isinstance(value, str):
            raise ValueError(f"must be a rate such as '10/minute;60/hour', not {value!r}")
        if value.strip():
            try:
                parse_many(value)
            except ValueError as exc:
                raise ValueError(f"is not a rate such as '10/minute;60/hour': {value!r}") \
                    from exc
        return value

    return Kind("rate, e.g. 10/minute;60/hour (empty: off)", check, check)


def internal() -> Kind:
    """Set by clinnet itself or in instance/config.py as a Python value; not from the
    environment."""
    return Kind("set in code", lambda value: value, _no_env)


def _no_env(text_value: str):
    raise ValueError("cannot be set from the environment; set it in instance/config.py")


# --- the declarations ------------------------------------------------------------------------

@dataclass(frozen=True)
class Setting:
    name: str
    kind: Kind
    default: Any
    doc: str
    section: str
    # Deployments set it in instance/config.py or the environment (False: clinnet itself sets
    # it; the environment cannot, so no variable can switch a server into demo or test mode).
    operator: bool = True
    secret: bool = False

    @property
    def env_name(self) -> str:
        return ENV_PREFIX + self.name


@dataclass
class _Declarations:
    settings: list[Setting] = field(default_factory=list)
    section: str = ""

    def __call__(self, name: str, kind: Kind, default: Any, doc: str, **flags) -> None:
        self.settings.append(Setting(name, kind, default, " ".join(doc.split()), self.section,
                                     **flags))


_declare = _Declarations()


def _section(title: str) -> None:
    _declare.section = title


RATE_LIMITS = {
    # name: (per client IP, per account) — accounts: the signed-in member, the member half-way
    # through two-factor sign-in, else the email typed into the form (hashed).
    "login": ("30/minute;300/hour", "10/minute;60/hour"),
    "two_factor": ("30/minute;300/hour", "10/minute;60/hour"),
    "reauth": ("30/minute", "10/minute"),
    "registration": ("10/hour", "3/hour"),
    "password_reset": ("20/hour", "3/hour"),
    "email_change": ("10/hour", "5/hour"),
    "licence_application": ("20/hour", "10/hour"),
    "posting": ("120/hour", "60/hour"),
    "flagging": ("120/hour", "30/hour"),
    "data_export": ("20/hour", "5/hour"),
    # the editor's check as one types: a request a second while typing, pauses in between
    "live_check": ("1800/hour", "900/hour"),
}
# Lookups the editor makes while one types (GETs, JSON): what they are, per IP (off: a
# hospital's physicians may all come from one address) and per member. The @ completion asks
# at most once per 250 ms pause while a handle is being typed.
READ_RATE_LIMITS = {
    "mention_lookup": ("the @mention completion (GET /members/mentions)", "",
                       "60/minute;600/hour"),
}

_section("Deployment")
_declare("SECRET_KEY", text(optional=True), None, """Signs sessions, CSRF tokens and every link
    clinnet mails; keys the audit log's hashes of typed text; encrypts two-factor secrets unless
    TOTP_ENCRYPTION_KEY is set. At least 32 random characters; required outside the demo and
    tests. Keep it with your backups: a restored database with another key cannot read staff
    two-factor secrets.""", secret=True)
_declare("BASE_URL", text(optional=True, pattern=r"https?://[^/\s?#]+(/[^\s?#]*)?",
                          label="http(s) address"), None,
         """The address members use, e.g. https://clinnet.example-hospital.org. Every link in
    a mail (password reset, email confirmation) is built from it, never from the request's Host
    header. Required in production.""")
_declare("TRUSTED_HOSTS", texts(optional=True), None, """Host names the app answers to (a
    request for any other Host is refused with 400). Default: the host of BASE_URL in
    production; unchecked in the demo and tests. Health probes must send one of these hosts.""")
_declare("TRUSTED_PROXIES", integer(minimum=0), 0, """How many reverse proxies in front of the
    app set X-Forwarded-For/-Proto/-Host. 0: those headers are ignored, so a client cannot fake
    its IP address or host. Usually 1 behind one proxy.""")
_declare("SERVER_WORKERS", integer(minimum=1), 1, """How many processes serve the app. The
    shipped gunicorn.conf.py sets it; production refuses in-memory rate-limit storage with more
    than one.""")
_declare("DEMO", boolean(), False, "Set by `clinnet demo` (plain HTTP, console mail).",
         operator=False)
_declare("TESTING", boolean(), False, "Set by the test suite.", operator=False)
_declare("LOG_LEVEL", text(choices=("DEBUG", "INFO", "WARNING", "ERROR")), "INFO",
         "Level of the JSON log lines on stderr.")

_section("Database")
_declare("DATABASE_URL", text(optional=True), None, """SQLAlchemy URL of the database. Default:
    the SQLite file clinnet.sqlite3 in the instance folder. PostgreSQL:
    postgresql+psycopg://user@host/db.""")
_declare("DATABASE_CONNECT_TIMEOUT", number(minimum=0.1), 5.0, """Seconds to wait for a new
    database connection (PostgreSQL) before the request is answered "temporarily
    unavailable".""")
_declare("DATABASE_STATEMENT_TIMEOUT", number(minimum=0), 30.0, """Seconds one SQL statement of
    a web request may run (PostgreSQL statement_timeout) before it is cancelled; 0: no limit.
    `clinnet` commands (migrations, re-scans) run without this limit.""")
_declare("DATABASE_LOCK_TIMEOUT", number(minimum=0.1), 5.0, """Seconds a statement waits for a
    row lock (PostgreSQL lock_timeout; SQLite waits 5 s for its write lock); then the request
    is retried, and answered "busy, try again" if that keeps happening.""")
_declare("DATABASE_POOL_TIMEOUT", number(minimum=0.1), 5.0, """Seconds a request waits for a
    free connection from the pool.""")
_declare("SQLALCHEMY_ENGINE_OPTIONS", internal(), None, """Engine options; clinnet derives
    them from the DATABASE_* settings.""", operator=False)

_section("Sessions")
_declare("SESSION_IDLE_MINUTES", number(minimum=1), 30.0,
         "Signed out after this long without a request.")
_declare("SESSION_ABSOLUTE_HOURS", number(minimum=0.1), 12.0,
         "Signed out this long after signing in, whatever happens.")
_declare("REAUTH_WINDOW_MINUTES", number(minimum=1), 10.0, """Changing the password, email or
    two-factor settings, and every admin change, need a sign-in this recent; otherwise the
    password (and code) are asked for again.""")
_declare("SESSION_PROTECTION", text(choices=("basic", "strong")), "basic", """Flask-Login's
    session protection. "basic": a session seen from a new IP or browser must re-authenticate
    for sensitive actions; "strong" would sign out physicians whose phones hop networks.""")
_declare("SESSION_COOKIE_NAME", text(), "clinnet_session", "Name of the session cookie.",
         operator=False)
_declare("SESSION_COOKIE_HTTPONLY", boolean(), True, "Always on.", operator=False)
_declare("SESSION_COOKIE_SAMESITE", text(choices=("Lax", "Strict")), "Lax",
         "SameSite attribute of the cookies.", operator=False)
_declare("SESSION_COOKIE_SECURE", boolean(), True, """Cookies only over HTTPS; relaxed in the
    demo and tests, which run over plain HTTP.""", operator=False)
_declare("PERMANENT_SESSION_LIFETIME", internal(), timedelta(hours=12),
         "Derived from SESSION_ABSOLUTE_HOURS.", operator=False)
_declare("WTF_CSRF_TIME_LIMIT", internal(), None, """CSRF tokens are bound to the session, whose
    own lifetime is bounded; a separate expiry would only lose long case write-ups.""",
         operator=False)
_declare("MAX_CONTENT_LENGTH", integer(minimum=1024), 2 * 1024 * 1024,
         "Largest request body accepted, in bytes.")
_declare("IDEMPOTENCY_HOURS", number(minimum=1), 24.0, """How long a submitted form's key is
    remembered, so that sending the same form again is recognised instead of saved twice.""")

_section("Passwords and sign-in")
_declare("PASSWORD_HASH_TIME_COST", integer(minimum=1), 3,
         "Argon2id iterations (RFC 9106 second recommended option).")
_declare("PASSWORD_HASH_MEMORY_COST", integer(minimum=8), 64 * 1024, "Argon2id memory, KiB.")
_declare("PASSWORD_HASH_PARALLELISM", integer(minimum=1), 4, "Argon2id lanes.")
_declare("PASSWORD_MIN_LENGTH", integer(minimum=8), 12, "Shortest password accepted.")
_declare("PASSWORD_MAX_LENGTH", integer(minimum=64), 256, "Longest password accepted.")
_declare("PASSWORD_RESET_MINUTES", number(minimum=1), 30.0, "Life of a password-reset link.")
_declare("EMAIL_CONFIRM_HOURS", number(minimum=1), 48.0, """Life of the link that confirms a new
    account's address or a new email address.""")
_declare("SIGN_IN_FREE_ATTEMPTS", integer(minimum=1), 5, """Wrong passwords for one account from
    one source (a browser that signed in to it before, else an IP address) before each further
    attempt from that source must wait.""")
_declare("SIGN_IN_DELAY_SECONDS", number(minimum=0.1), 2.0, """The first wait; it doubles with
    every further wrong password from the same source.""")
_declare("SIGN_IN_MAX_DELAY_SECONDS", number(minimum=1), 900.0, "The longest wait.")
_declare("SIGN_IN_ACCOUNT_FREE_ATTEMPTS", integer(minimum=1), 30, """Wrong passwords for one
    account from all unrecognised sources together before they share the progressive wait
    (limits guessing from many addresses; browsers that signed in before are not slowed).""")
_declare("SIGN_IN_FORGET_HOURS", number(minimum=1), 24.0, """Failures older than this are
    forgotten.""")
_declare("DEVICE_COOKIE_DAYS", integer(minimum=1), 180, """How long a browser that signed in
    is recognised as the member's own (its sign-ins are never slowed by strangers' failures).""")

_section("Two-factor sign-in")
_declare("TWO_FACTOR_PENDING_MINUTES", number(minimum=1), 5.0,
         "Time between the password step and the code step of sign-in.")
_declare("TWO_FACTOR_LOCKOUT_THRESHOLD", integer(minimum=1), 5, """Wrong codes (or wrong
    passwords when re-authenticating) before code entry is locked. Only someone who knows the
    password can reach the code step, so strangers cannot lock an account this way.""")
_declare("TWO_FACTOR_LOCKOUT_MINUTES", number(minimum=1), 15.0, "How long code entry is locked.")
_declare("TOTP_ENCRYPTION_KEY", text(optional=True), None, """Key material that encrypts
    two-factor secrets at rest (default: SECRET_KEY). Set it on its own if SECRET_KEY may be
    rotated: a new key makes stored secrets unreadable and staff must re-enrol.""", secret=True)

_section("Mail")
_declare("MAIL_BACKEND", text(choices=("console", "memory", "smtp")), "console", """Where mail
    goes: "console" prints it (demo only; production refuses it), "memory" keeps it for tests,
    "smtp" sends it.""")
_declare("MAIL_FROM", text(), "clinnet <no-reply@localhost>", "Sender of every mail.")
_declare("SMTP_HOST", text(optional=True), None, "SMTP server (MAIL_BACKEND=smtp).")
_declare("SMTP_PORT", integer(minimum=1, maximum=65535), 587, "SMTP port.")
_declare("SMTP_USERNAME", text(optional=True), None, "SMTP user, if the server needs one.")
_declare("SMTP_PASSWORD", text(optional=True), None, "SMTP password.", secret=True)
_declare("SMTP_STARTTLS", boolean(), True, "Upgrade the SMTP connection with STARTTLS.")
_declare("SMTP_TIMEOUT", number(minimum=0.1), 10.0, """Seconds to wait for the SMTP server. A
    failed delivery is logged; the member's action is not undone.""")

_declare("JOBS_REDIS_URL", text(optional=True), None, """redis://host:6379/1 sends mail,
    digests, re-scans and re-verification to RQ workers (`clinnet worker`); unset, they run in
    the process that asks for them, after the commit (the demo).""", secret=True)
_declare("JOBS_QUEUE", text(), "clinnet", "Name of the RQ queue.")
_declare("MAIL_DEFAULT_FREQUENCY", text(choices=("immediately", "daily", "weekly", "never")),
         "daily", "Notification mails of a member who never chose.")
_declare("MAIL_DIGEST_BATCH", integer(minimum=1), 500, """Members per digest job (one SMTP
    connection and a few queries per batch).""")

_section("Rate limits")
_declare("RATELIMITS_ENABLED", boolean(), True, "Switch every named rate limit on or off.")
_declare("RATELIMIT_STORAGE_URI", text(), "memory://", """Where counts are kept. memory:// counts
    per process; with more than one worker or host use Redis (redis://host:6379/0). When Redis
    cannot be reached each worker counts on its own until it is back (logged), so limits stay on,
    only looser.""")
_declare("RATELIMIT_KEY_PREFIX", text(), "clinnet", "Prefix of the keys in the storage.")
_declare("RATELIMIT_STRATEGY", text(choices=("moving-window", "fixed-window",
                                              "sliding-window-counter")), "moving-window",
         "Flask-Limiter's counting strategy.")
_declare("REDIS_TIMEOUT", number(minimum=0.01), 0.5, """Seconds to wait for Redis (connect and
    each answer) before a request stops waiting for it.""")
for _name, (_per_ip, _per_account) in RATE_LIMITS.items():
    _declare(f"RATELIMIT_{_name.upper()}", rate(), _per_ip,
             f"POSTs to the {_name.replace('_', ' ')} forms per client IP.")
    _declare(f"RATELIMIT_{_name.upper()}_ACCOUNT", rate(), _per_account,
             f"POSTs to the {_name.replace('_', ' ')} forms per account.")
for _name, (_what, _per_ip, _per_account) in READ_RATE_LIMITS.items():
    _declare(f"RATELIMIT_{_name.upper()}", rate(), _per_ip,
             f"Requests to {_what} per client IP; off by default, as a hospital's "
             "physicians may all come from one address.")
    _declare(f"RATELIMIT_{_name.upper()}_ACCOUNT", rate(), _per_account,
             f"Requests to {_what} per member.")

_section("Licence registry and verification")
_declare("REGISTRY", text(choices=("stub", "nppes")), "stub", """"stub": the CSV file
    REGISTRY_CSV; "nppes": the NPPES NPI Registry API v2.1 at NPPES_URL.""")
_declare("REGISTRY_CSV", text(), "registry.csv", """The stub registry's file, relative to the
    instance folder unless absolute (`clinnet registry import` installs it).""")
_declare("NPPES_URL", text(pattern=r"https?://\S+", label="http(s) address"),
         "https://npiregistry.cms.hhs.gov/api/", "Address of the NPPES-format API.")
_declare("NPPES_RETRIES", integer(minimum=0, maximum=5), 1, """Retries after a timeout,
    connection failure or 5xx answer, within REGISTRY_DEADLINE.""")
_declare("REGISTRY_DEADLINE", number(minimum=0.1), 8.0, """Seconds one registry lookup may take
    in all (connecting, retries and reading, however slowly the answer trickles in); then the
    registry counts as unavailable for that lookup.""")
_declare("REGISTRY_LOOKUPS_PER_WORKER", integer(minimum=1), 1, """Registry lookups one worker
    process runs at once. Further lookups do not wait: the application is kept as "registry
    unavailable" and re-checked later, so slow registry answers cannot take every worker away
    from page views.""")
_declare("PHYSICIAN_TAXONOMY_PREFIXES", texts(), ("207", "208"), """NUCC taxonomy code prefixes
    that count as physicians (207*, 208*: "Allopathic & Osteopathic Physicians").""")
_declare("VERIFICATION_SUBMISSIONS_PER_DAY", integer(minimum=1), 5, """Licence applications one
    account may submit per 24 hours (the form cannot be used to enumerate NPIs).""")
_declare("CONTACT_CODE_MINUTES", number(minimum=1), 30.0, """Life of the one-time code mailed
    to the registry's contact.""")
_declare("CONTACT_CODE_ATTEMPTS", integer(minimum=1), 5, "Wrong tries allowed per code.")
_declare("CONTACT_CODE_SENDS", integer(minimum=1), 3, "Codes sent per submission.")

_section("Cases and moderation")
_declare("CASES_REVIEW_ALL", boolean(), False, """Send every case and reply through moderator
    review before it is visible (as Figure 1 does). Off: only posts with a dismissed
    de-identification finding wait.""")
_declare("CASES_PAGE_SIZE", integer(minimum=1, maximum=200), 20, "Cases per feed page.")
_declare("CASES_THREAD_DEPTH", integer(minimum=1, maximum=200), 5, """Reply levels shown on a
    case page before "continue this thread" (readable on a phone).""")
_declare("CASES_THREAD_WINDOW", integer(minimum=1, maximum=1000), 50, """Replies a thread page
    shows at most; "show more" fetches the next window, so a page stays light on a phone
    whatever the thread's size.""")
_declare("CASES_THREAD_WINDOW_KB", integer(minimum=1), 140, """Text and markup (KB) a thread
    window holds at most.""")
_declare("CASES_THREAD_WHOLE_MAX", integer(minimum=1), 5000, "Replies \"show all\" shows at most.")
_declare("CASES_FRAGMENT_CACHE_MB", integer(minimum=0), 32, """Rendered replies kept in memory
    per worker process (clinnet/cases/fragments.py), in MB.""")
_declare("MODERATION_HIDE_THRESHOLD", integer(minimum=1), 3, """Distinct members whose flags
    (for any reason but patient information, which hides at once) hide a post.""")
_declare("MODERATION_ESCALATE_HOURS", number(minimum=1), 48.0,
         "Flags unhandled this long are marked overdue and listed first.")

_section("Images")
_declare("IMAGES_MAX_BYTES", integer(minimum=1), 25 * 1024 * 1024, "Largest image file accepted.")
_declare("IMAGES_MAX_REQUEST_BYTES", integer(minimum=1), 26 * 1024 * 1024, """Largest upload
    request (the upload route alone accepts more than MAX_CONTENT_LENGTH).""")
_declare("IMAGES_MAX_PIXELS", integer(minimum=1), 50_000_000, """Largest image in pixels (a 48 MP
    phone photo fits; decompression bombs do not).""")
_declare("IMAGES_MAX_SIDE", integer(minimum=1), 16_384, "Longest side in pixels.")
_declare("IMAGES_PER_POST", integer(minimum=1), 10, "Images per case or reply.")
_declare("IMAGES_TICKET_HOURS", number(minimum=0.1), 12.0, "How long an upload form is valid.")
_declare("IMAGES_DRAFT_HOURS", number(minimum=1), 72.0,
         "An upload never finished is deleted after this.")
_declare("IMAGES_ABANDONED_DAYS", number(minimum=1), 30.0,
         "Images of a post still a draft after this are deleted.")
_declare("IMAGES_STORAGE", text(choices=("local", "s3")), "local", """"local": files under the
    instance folder (IMAGES_DIR); "s3": an S3-compatible bucket (several hosts).""")
_declare("IMAGES_DIR", text(), "images", "Folder of stored images, relative to the instance.")
_declare("IMAGES_S3_ENDPOINT", text(optional=True), None, "host:port of the S3 endpoint.")
_declare("IMAGES_S3_BUCKET", text(), "clinnet-images", "Bucket of stored images.")
_declare("IMAGES_S3_ACCESS_KEY", text(optional=True), None, "S3 access key.", secret=True)
_declare("IMAGES_S3_SECRET_KEY", text(optional=True), None, "S3 secret key.", secret=True)
_declare("IMAGES_S3_SECURE", boolean(), True, "Use HTTPS to the S3 endpoint.")
_declare("IMAGES_S3_REGION", text(optional=True), None, "S3 region, if the server needs one.")

SETTINGS: tuple[Setting, ...] = tuple(_declare.settings)
BY_NAME = {setting.name: setting for setting in SETTINGS}


# --- loading and checking --------------------------------------------------------------------

def load(app, overrides: dict | None) -> None:
    """Fill app.config from defaults, the instance file, the environment and `overrides`; raise
    ConfigError naming every problem."""
    for setting in SETTINGS:
        app.config[setting.name] = setting.default
    app.config.from_pyfile("config.py", silent=True)
    problems = _from_environment(app.config, os.environ)
    if overrides:
        app.config.update(overrides)
    for setting in SETTINGS:
        try:
            app.config[setting.name] = setting.kind.check(app.config[setting.name])
        except ValueError as exc:
            problems.append(f"{setting.name} {exc}")
    if problems:
        raise ConfigError("; ".join(problems))
    _derive(app)
    _check_secret_key(app.config)
    if is_production(app.config):
        _check_production(app.config)


def _from_environment(config, environ) -> list[str]:
    problems = []
    for variable, raw in environ.items():
        if not variable.startswith(ENV_PREFIX):
            continue
        name = variable[len(ENV_PREFIX):]
        setting = BY_NAME.get(name)
        if setting is None:
            if not _NOT_SETTINGS.match(name):
                problems.append(f"{variable} is not a clinnet setting (see "
                                "docs/configuration.md)")
            continue
        if not setting.operator:
            problems.append(f"{variable} is set by clinnet itself, not from the environment")
            continue
        try:
            config[name] = setting.kind.parse(raw)
        except ValueError as exc:
            problems.append(f"{variable} {exc}")
    return problems


def is_production(config) -> bool:
    return not (config["TESTING"] or config["DEMO"])


def _derive(app) -> None:
    config = app.config
    if config["TESTING"] or config["DEMO"]:
        config["SESSION_COOKIE_SECURE"] = False
    # The cookie lives exactly as long as a session may (the server enforces it as well).
    config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=config["SESSION_ABSOLUTE_HOURS"])
    config["SQLALCHEMY_DATABASE_URI"] = config["DATABASE_URL"] or "sqlite:///" + str(
        Path(app.instance_path) / "clinnet.sqlite3")
    if config["SQLALCHEMY_ENGINE_OPTIONS"] is None:
        config["SQLALCHEMY_ENGINE_OPTIONS"] = engine_options(config)
    if config["TRUSTED_HOSTS"] is None and config["BASE_URL"] and is_production(config):
        config["TRUSTED_HOSTS"] = (urlsplit(config["BASE_URL"]).hostname,)
    config["TRUSTED_HOSTS"] = list(config["TRUSTED_HOSTS"]) if config["TRUSTED_HOSTS"] else None


def engine_options(config) -> dict:
    """Bounded waits: a database that does not answer costs a request seconds, not minutes."""
    options: dict = {"pool_pre_ping": True}
    url = config["SQLALCHEMY_DATABASE_URI"]
    if url.startswith("postgresql"):
        ms = {name: int(config[f"DATABASE_{name}_TIMEOUT"] * 1000)
              for name in ("STATEMENT", "LOCK")}
        options["pool_timeout"] = config["DATABASE_POOL_TIMEOUT"]
        options["connect_args"] = {
            "connect_timeout": max(1, round(config["DATABASE_CONNECT_TIMEOUT"])),
            "options": f"-c statement_timeout={ms['STATEMENT']} -c lock_timeout={ms['LOCK']}",
        }
    return options


def _check_secret_key(config) -> None:
    key = config["SECRET_KEY"]
    if config["TESTING"] and key:
        return
    if not key or key.lower() in _KNOWN_PLACEHOLDER_KEYS or len(key) < MIN_SECRET_KEY_LENGTH:
        raise ConfigError(
            "CLINNET_SECRET_KEY is missing or too weak. Set it to a random value of at least "
            f"{MIN_SECRET_KEY_LENGTH} characters, e.g. the output of "
            "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`, "
            "in the environment or in instance/config.py as SECRET_KEY."
        )


def _check_production(config) -> None:
    """What a production start refuses (issue: production defaults must be safe)."""
    problems = []
    if not config["BASE_URL"]:
        problems.append("CLINNET_BASE_URL is not set: set it to the address members use (e.g. "
                        "https://clinnet.example-hospital.org); links in mails are built from "
                        "it, never from the request")
    elif urlsplit(config["BASE_URL"]).scheme != "https":
        problems.append("CLINNET_BASE_URL must be an https:// address in production")
    if config["MAIL_BACKEND"] != "smtp":
        problems.append(f"CLINNET_MAIL_BACKEND is {config['MAIL_BACKEND']!r}: production needs "
                        "smtp (the console mailer would print reset links and licence codes to "
                        "the log)")
    elif not config["SMTP_HOST"]:
        problems.append("CLINNET_SMTP_HOST is not set")
    if config["RATELIMIT_STORAGE_URI"].startswith("memory://") and \
            config["SERVER_WORKERS"] > 1:
        problems.append(f"CLINNET_RATELIMIT_STORAGE_URI is memory:// with "
                        f"{config['SERVER_WORKERS']} workers: each would count alone; use "
                        "redis://host:6379/0")
    if problems:
        raise ConfigError("; ".join(problems))


def default_instance_path() -> str:
    """The instance folder: CLINNET_INSTANCE_PATH, else `instance/` beside the package."""
    configured = os.environ.get("CLINNET_INSTANCE_PATH")
    if configured:
        return str(Path(configured).resolve())
    return str(Path(__file__).resolve().parent.parent / "instance")


# --- documentation ---------------------------------------------------------------------------

def _shown_default(setting: Setting) -> str:
    value = setting.default
    if setting.secret or value is None:
        return "—"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ",".join(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def configuration_markdown(settings: Iterable[Setting] = SETTINGS) -> str:
    """docs/configuration.md: every setting an operator may set, by section."""
    lines = [
        "# Configuration",
        "",
        "<!-- Generated from clinnet/config.py by `clinnet config docs`; do not edit by hand. -->",
        "",
        "Settings come from `clinnet/config.py` (defaults), then `instance/config.py`, then "
        "environment variables `CLINNET_<NAME>` (the environment wins). Every value is checked "
        "when the app starts: a wrong type, an unknown `CLINNET_` variable or an unsafe "
        "production setting stops the start with a message naming it.",
        "",
        "Production (anything but `clinnet demo` and the tests) refuses to start without a "
        "strong `SECRET_KEY`, an https `BASE_URL`, `MAIL_BACKEND=smtp` with an `SMTP_HOST`, and "
        "with `memory://` rate-limit storage behind more than one worker.",
    ]
    section = None
    for setting in settings:
        if not setting.operator:
            continue
        if setting.section != section:
            section = setting.section
            lines += ["", f"## {section}", "", "| variable | type | default | meaning |",
                      "| --- | --- | --- | --- |"]
        doc = setting.doc.replace("|", "\\|")
        lines.append(f"| `{setting.env_name}` | {setting.kind.label} | "
                     f"`{_shown_default(setting)}` | {doc} |")
    return "\n".join(lines) + "\n"
