"""Declarative base, constraint naming convention and timezone-aware UTC timestamps."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, MetaData, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Named constraints keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Every String/Text column says whether it can hold text a member wrote (tests/test_member_text.py
# fails for one that does not): "markdown" (rendered as Markdown; matched on its visible text),
# "plain" (shown as typed), "derived" (computed from the `source` column, e.g. its HTML), or
# False. Redaction walks this declaration, so a new column cannot be forgotten by it.
MEMBER_TEXT_KINDS = ("markdown", "plain", "derived")
NOT_MEMBER_TEXT = {"member_text": False}


def member_text(kind: str, source: str | None = None) -> dict:
    if kind not in MEMBER_TEXT_KINDS or (kind == "derived") != (source is not None):
        raise ValueError(f"member_text({kind!r}, source={source!r})")
    return {"member_text": kind, "source": source} if source else {"member_text": kind}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Execution option of a connection whose transaction may write (clinnet.transactions sets it).
WRITE_INTENT = "clinnet_write_intent"


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """A timestamp that is always timezone-aware UTC in Python.

    SQLite stores no offset, so values come back naive; this type makes both databases agree.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


# Tables a feature manages with raw SQL in its migration (e.g. full-text indexes, whose shape
# differs per database). Alembic's comparison ignores them and, for SQLite FTS5, their shadow
# tables (`<name>_data`, `<name>_idx`, ...), so "migrated schema == models" stays checkable.
UNMANAGED_TABLES: set[str] = set()


def exclude_from_migrations(*names: str) -> None:
    UNMANAGED_TABLES.update(names)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic `include_object` hook: skip UNMANAGED_TABLES and their shadow tables."""
    if type_ == "table":
        return not any(name == t or name.startswith(t + "_") for t in UNMANAGED_TABLES)
    return True


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record) -> None:
    """SQLite settings for a web server: several gunicorn workers share one database file.

    WAL lets readers proceed while one worker writes; synchronous=NORMAL (safe in WAL mode)
    syncs at checkpoints instead of every commit, which is most of a write's cost — a power
    cut can lose the last transactions, never corrupt the file. busy_timeout makes a writer
    wait for the lock instead of failing.
    """
    if type(dbapi_connection).__module__.split(".")[0] not in ("sqlite3", "pysqlite2"):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    # The driver's own transaction handling cannot do SAVEPOINTs or BEGIN IMMEDIATE; SQLAlchemy
    # emits BEGIN itself instead (_sqlite_begin), as its documentation recommends.
    dbapi_connection.isolation_level = None


@event.listens_for(Engine, "begin")
def _sqlite_begin(conn) -> None:
    """Begin SQLite transactions explicitly: IMMEDIATE (the write lock at once) when the unit of
    work may write, so that two writers queue instead of one failing on a stale snapshot."""
    if conn.dialect.name != "sqlite":
        return
    write = conn.get_execution_options().get(WRITE_INTENT, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
