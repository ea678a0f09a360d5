"""Demo data for `clinnet demo`: accounts for every role (and, as features land, their content).

Demo accounts live under the reserved `.test` domain, which is how a demo database is told
apart from a real one: seeding refuses any database holding other members.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from clinnet.accounts import services as accounts
from clinnet.accounts import twofactor
from clinnet.accounts.models import User
from clinnet.accounts.passwords import hash_password, policy_errors
from clinnet.cases.demo import seed_cases
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.moderation.demo import seed_moderation
from clinnet.verification import demo as verification_demo

DEMO_DOMAIN = "@clinnet.test"
DEMO_ACCOUNTS = (
    ("admin@clinnet.test", Role.ADMIN, "Ada", "Okafor"),
    ("moderator@clinnet.test", Role.MODERATOR, "Miguel", "Santos"),
    ("physician@clinnet.test", Role.PHYSICIAN, "Priya", "Raman"),
    ("physician2@clinnet.test", Role.PHYSICIAN, "Tomas", "Lindqvist"),
    ("applicant@clinnet.test", Role.APPLICANT, None, None),
)


class DemoRefused(RuntimeError):
    pass


@dataclass(frozen=True)
class DemoInstance:
    secret_key: str
    password: str
    totp_secret: str


def _read_or_create(path: Path, make) -> str:
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    value = make()
    path.touch(mode=0o600)
    path.write_text(value + "\n", encoding="utf-8")
    return value


CONFIG_MARKER = "# Written by `clinnet demo`"
CONFIG_TEMPLATE = CONFIG_MARKER + """: the demo's settings, so that every other `clinnet` command
# (audit verify, registry ..., mail digests) works on this instance folder without exporting
# anything (Flask's instance/config.py convention). Not for a real deployment.
SECRET_KEY = {key!r}
DEMO = True
"""


def prepare_instance(instance_path: str, password: str | None) -> DemoInstance:
    """Create the instance folder with a generated secret key and demo password (kept 0600),
    and an instance/config.py carrying the key, unless the folder has a config.py of its own.
    """
    folder = Path(instance_path)
    folder.mkdir(parents=True, exist_ok=True)
    key = _read_or_create(folder / "demo-secret-key", lambda: secrets.token_urlsafe(48))
    config = folder / "config.py"
    if not config.exists():
        config.touch(mode=0o600)
        config.write_text(CONFIG_TEMPLATE.format(key=key), encoding="utf-8")
    if password is None:
        password = _read_or_create(folder / "demo-password", lambda: secrets.token_urlsafe(12))
    totp_secret = _read_or_create(folder / TOTP_SECRET_FILE, twofactor.new_secret)
    return DemoInstance(secret_key=key, password=password, totp_secret=totp_secret)


TOTP_SECRET_FILE = "demo-totp-secret"  # noqa: S105 (a file name)


def current_code(instance_path: str) -> str:
    """The demo staff accounts' current two-factor code (`clinnet demo-code`)."""
    import pyotp

    secret = (Path(instance_path) / TOTP_SECRET_FILE).read_text(encoding="utf-8").strip()
    return pyotp.TOTP(secret).now()


def reset_database() -> None:
    """Delete everything in the demo's database: the SQLite file itself, or every table
    (downgrade to an empty schema) elsewhere; `clinnet demo` then builds it anew."""
    from flask_migrate import downgrade

    engine = db.engine
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database and database != ":memory:":
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(database + suffix).unlink(missing_ok=True)
        return
    downgrade(revision="base")


def _enrol_staff(user: User, totp_secret: str) -> None:
    # Moderators and admins must use 2FA; the demo enrols them with one shared, printed key.
    try:
        current = accounts.totp_secret_of(user) if user.totp_secret else None
    except twofactor.SecretUnreadable:
        current = None
    if current != totp_secret:
        accounts.install_two_factor(user, totp_secret)


def seed(password: str, totp_secret: str | None = None) -> list[tuple[str, Role]]:
    """Create the demo accounts, or reset their passwords; idempotent."""
    errors = policy_errors(password)
    if errors:
        raise DemoRefused("The demo password is not acceptable: " + " ".join(errors))
    others = db.session.scalar(
        select(User.email).where(User.email.not_like(f"%{DEMO_DOMAIN}")).limit(1)
    )
    if others is not None:
        raise DemoRefused(
            f"This database holds members other than the demo accounts (e.g. {others}); "
            "`clinnet demo` only seeds a demo database. To start over with a fresh demo, run "
            "`clinnet demo --reset` (it deletes everything in this database), or point "
            "CLINNET_INSTANCE_PATH or CLINNET_DATABASE_URL at an empty one."
        )
    for email, role, first_name, last_name in DEMO_ACCOUNTS:
        user = accounts.find_by_email(email)
        if user is None:
            user = accounts.create_member(email, password, role, first_name=first_name,
                                          last_name=last_name)
        else:
            user.password_hash = hash_password(password)
        if totp_secret and role >= Role.MODERATOR:
            _enrol_staff(user, totp_secret)
        db.session.commit()
    verification_demo.seed_registry()
    verification_demo.seed_applications()
    seed_cases()
    seed_moderation()
    return [(email, role) for email, role, *_ in DEMO_ACCOUNTS]
