"""Operator tasks: an online backup of a SQLite database, and clearing out what has expired
(sign-in counters, form keys, ended sessions, registrations nobody confirmed).

PostgreSQL is backed up with its own tools (`pg_dump --format=custom`, restored with
`pg_restore`); see docs/operations.md. Either way the backup is only half of what a restore
needs: SECRET_KEY (and TOTP_ENCRYPTION_KEY, if set) must be kept with it, because staff
two-factor secrets are encrypted with it.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import delete, select

from clinnet import audit
from clinnet.accounts import idempotency, throttle
from clinnet.accounts.models import User, UserSession
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.transactions import transition

UNCONFIRMED_DAYS = 7


class BackupError(RuntimeError):
    """The backup could not be made; the message says why and what to do instead."""


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int


def backup_sqlite(destination: Path) -> Backup:
    """Copy the SQLite database to `destination` with SQLite's online backup API: a consistent
    snapshot while the app keeps serving (writers wait for a moment, readers not at all). The
    copy is checked (`PRAGMA integrity_check`) and written under a temporary name first, so a
    failed backup never leaves a half-written file under the final name."""
    url = db.engine.url
    if url.get_backend_name() != "sqlite":
        raise BackupError("this database is PostgreSQL: back it up with pg_dump --format=custom "
                          "(see docs/operations.md)")
    source_path = Path(url.database or "")
    if not source_path.is_file():
        raise BackupError(f"there is no database file at {source_path}")
    destination = destination.resolve()
    if destination == source_path.resolve():
        raise BackupError("the backup must not overwrite the database itself")
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=destination.parent, prefix=".clinnet-backup-",
                                     suffix=".sqlite3")
    os.close(fd)
    try:
        source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=30)
        target = sqlite3.connect(temporary)
        try:
            source.backup(target, pages=1024)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            (result,) = target.execute("PRAGMA integrity_check").fetchone()
        finally:
            target.close()
            source.close()
        if result != "ok":
            raise BackupError(f"the copy failed its integrity check ({result})")
        os.replace(temporary, destination)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Backup(destination, destination.stat().st_size)


@dataclass
class Pruned:
    throttles: int = 0
    form_keys: int = 0
    sessions: int = 0
    unconfirmed: int = 0


@transition
def prune() -> Pruned:
    """Delete what has expired; audited with the counts."""
    config = current_app.config
    now = utcnow()
    pruned = Pruned(throttles=throttle.prune(now), form_keys=idempotency.prune(now))
    ended = now - timedelta(hours=config["SESSION_ABSOLUTE_HOURS"])
    pruned.sessions = db.session.execute(
        delete(UserSession).where(UserSession.created_at < ended)).rowcount or 0
    # Registrations nobody confirmed: the address was never proved, nothing else refers to
    # them but their own audit events (which keep the id).
    stale = list(db.session.scalars(select(User).where(
        User.email_confirmed_at.is_(None), User.created_at < now - timedelta(
            days=UNCONFIRMED_DAYS))))
    for user in stale:
        db.session.delete(user)
    pruned.unconfirmed = len(stale)
    audit.record("maintenance.pruned", throttles=pruned.throttles, form_keys=pruned.form_keys,
                 sessions=pruned.sessions, unconfirmed=pruned.unconfirmed)
    return pruned


@click.command("backup")
@click.argument("destination", type=click.Path(dir_okay=False, writable=True, path_type=Path))
@with_appcontext
def backup_command(destination):
    """Back up the SQLite database to DESTINATION (online; safe while clinnet runs)."""
    try:
        made = backup_sqlite(destination)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Backed up the database to {made.path} ({made.size:,} bytes). Keep "
               "SECRET_KEY (and TOTP_ENCRYPTION_KEY) with it: a restore needs them.")


@click.command("prune")
@with_appcontext
def prune_command():
    """Delete expired sign-in counters, form keys, sessions and unconfirmed registrations."""
    pruned = prune()
    click.echo(f"Deleted {pruned.throttles} sign-in counter(s), {pruned.form_keys} form key(s), "
               f"{pruned.sessions} ended session(s) and {pruned.unconfirmed} unconfirmed "
               "registration(s).")
