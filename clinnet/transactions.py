"""Units of work: one commit per request (or per action outside a request), row locks, retries,
and work that must wait for the commit.

The rules (DESIGN.md "Transitions are atomic"):

- A request is one unit of work. `dispatch` runs the whole request (before-request hooks, the
  view, after-request hooks) and commits once at the end; an error response (5xx) rolls back.
- Services never commit. A public service function that changes state is a `transition`: inside
  a unit it runs in a SAVEPOINT, so a refusal (an exception) undoes exactly what it wrote and
  leaves the rest of the request intact; called on its own (CLI, tests, the demo) it is its own
  unit and commits.
- A transition that refuses but must keep a record of the attempt (a wrong password, a wrong
  licence code) raises `refuse(error, record=...)`: its writes are undone, the record is
  written, and the error propagates to the view, which shows it.
- A state change locks the row it changes (`lock`) and re-checks the state after the lock.
  Lock order, so that no two transitions wait on each other: licence application, then member,
  then case, then its replies (ascending id), then flags and other rows; the audit head always
  last (audit events are written by the commit itself, see clinnet.audit).
- A serialisation failure, a deadlock or a lock timeout is not an error of the request: the unit
  is rolled back and run again (up to ATTEMPTS times), then answered with a clear "try again".
- Mail and background jobs are handed over only once the commit succeeded (`after_commit`).

SQLite has one writer at a time. A request that may write (any method but GET/HEAD/OPTIONS)
starts its transaction with BEGIN IMMEDIATE, so concurrent writers queue for the write lock
instead of reading a snapshot that another writer makes stale; PostgreSQL relies on the row
locks taken by `lock` (SELECT ... FOR UPDATE).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import event, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from clinnet.core.db import WRITE_INTENT
from clinnet.extensions import db

ATTEMPTS = 3
_UNIT = "clinnet.unit"
# PostgreSQL: serialization_failure, deadlock_detected, lock_not_available (lock_timeout).
_RETRYABLE_SQLSTATES = frozenset({"40001", "40P01", "55P03"})
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})



class Busy(Exception):
    """The database stayed busy through every attempt; nothing was changed."""


@dataclass
class _Unit:
    after_commit: list[Callable[[], None]] = field(default_factory=list)
    savepoint_marks: list[Callable[[], None]] = field(default_factory=list)


# Other modules keep per-transaction lists (audit events waiting for the commit); a savepoint
# that rolls back must forget what was added inside it. They register a function that returns
# the list's current length and a function that truncates it.
_SAVEPOINT_PARTICIPANTS: list[tuple[Callable[[Session], int], Callable[[Session, int], None]]] = []


def participate_in_savepoints(length: Callable[[Session], int],
                              truncate: Callable[[Session, int], None]) -> None:
    _SAVEPOINT_PARTICIPANTS.append((length, truncate))


def refuse(exc: Exception, record: Callable[[], None]) -> Exception:
    """A refusal that must leave a record of the attempt (a wrong password, a wrong licence
    code, a claim on someone else's NPI): whatever the refused action wrote is undone, then
    `record` runs and what it writes is kept. Use as `raise refuse(SomeError(...), record=...)`.
    """
    exc.record_refusal = record  # type: ignore[attr-defined]
    return exc


def kept(exc: Exception) -> Exception:
    """A refusal after which what the action wrote must stay: an attempt consumed under a lock
    (a wrong one-time code counts against the limit even though the code was refused). The
    action must have written nothing else. Use as `raise kept(SomeError(...))`."""
    exc.keep_changes = True  # type: ignore[attr-defined]
    return exc


def _record_of(exc: BaseException) -> Callable[[], None] | None:
    return getattr(exc, "record_refusal", None)


def is_retryable(exc: BaseException) -> bool:
    """A failure caused by another transaction at the same moment, gone when run again."""
    if not isinstance(exc, DBAPIError):
        return False
    orig = exc.orig
    if getattr(orig, "sqlstate", None) in _RETRYABLE_SQLSTATES:
        return True
    return isinstance(orig, sqlite3.OperationalError) and (
        "locked" in str(orig) or "busy" in str(orig))


def in_unit(session: Session | None = None) -> bool:
    session = session or db.session()
    return _UNIT in session.info


def after_commit(callback: Callable[[], None]) -> None:
    """Run `callback` once the current unit has committed (at once when there is none)."""
    session = db.session()
    state = session.info.get(_UNIT)
    if state is None:
        callback()
    else:
        state.after_commit.append(callback)


@contextmanager
def unit(write: bool = True):
    """One unit of work: commit at the end, roll back on an exception (then write the record of
    a refusal, if it carries one). Nested use joins the outer unit, which alone commits."""
    session = db.session()
    if _UNIT in session.info:
        yield
        return
    state = _Unit()
    session.info[_UNIT] = state
    committed = False
    try:
        if write:
            _begin_writing(session)
        yield
    except BaseException as exc:
        if getattr(exc, "keep_changes", False):
            _commit(session)
            committed = True
            raise
        session.rollback()
        record = _record_of(exc)
        if record is not None and not is_retryable(exc):
            record()
            _commit(session)
            committed = True
        raise
    else:
        _commit(session)
        committed = True
    finally:
        session.info.pop(_UNIT, None)
        # What was committed (also a kept attempt, or the record of a refusal) gets its mail.
        if committed:
            for callback in state.after_commit:
                callback()


def _begin_writing(session: Session) -> None:
    """Begin the transaction as one that writes (SQLite: BEGIN IMMEDIATE), unless it began."""
    if not session.in_transaction():
        session.connection(execution_options={WRITE_INTENT: True})


def _commit(session: Session) -> None:
    try:
        session.commit()
    except BaseException:
        session.rollback()
        raise


def run(func: Callable, *args, **kwargs):
    """Run `func` as its own unit, again when another transaction got in the way."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with unit():
                return func(*args, **kwargs)
        except DBAPIError as exc:
            if not is_retryable(exc) or attempt == ATTEMPTS:
                if is_retryable(exc):
                    raise Busy from exc
                raise
    raise AssertionError("unreachable")


def transition(func: Callable) -> Callable:
    """Decorate a service function that changes state (see the module docstring)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        session = db.session()
        if _UNIT not in session.info:
            return run(func, *args, **kwargs)
        return _in_savepoint(session, func, args, kwargs)

    return wrapper


def _in_savepoint(session: Session, func: Callable, args, kwargs):
    marks = [(length(session), truncate) for length, truncate in _SAVEPOINT_PARTICIPANTS]
    state: _Unit = session.info[_UNIT]
    callbacks = len(state.after_commit)
    savepoint = session.begin_nested()
    try:
        result = func(*args, **kwargs)
    except BaseException as exc:
        if getattr(exc, "keep_changes", False) and savepoint.is_active:
            savepoint.commit()
            raise
        if savepoint.is_active:
            savepoint.rollback()
        for mark, truncate in marks:
            truncate(session, mark)
        del state.after_commit[callbacks:]
        record = _record_of(exc)
        if record is not None and not is_retryable(exc):
            record()
            exc.record_refusal = None  # recorded once, in the enclosing transaction
        raise
    if savepoint.is_active:
        savepoint.commit()
    return result


def lock(obj) -> None:
    """Lock `obj`'s row until the commit and re-read it, so that the caller checks the state
    as it is now, not as it was when the page (or the object) was loaded.

    Call it before changing anything on `obj` (pending changes on it are overwritten).
    """
    obj = getattr(obj, "_get_current_object", lambda: obj)()  # e.g. Flask-Login's current_user
    session = db.session()
    obj = getattr(obj, "_get_current_object", lambda: obj)()  # current_user is a proxy
    if session.get_bind().dialect.name == "sqlite":
        # SQLite locks the whole database for writing; a no-op UPDATE takes that lock (it is
        # already held in a write request, which began IMMEDIATE).
        model = type(obj)
        pk = model.__mapper__.primary_key[0]
        session.execute(update(model).where(pk == getattr(obj, pk.key))
                        .values({pk.key: pk}).execution_options(synchronize_session=False))
        session.refresh(obj)
    else:
        # FOR UPDATE OF the object's own table: eagerly joined rows (a post's author) are not
        # locked with it, or an INSERT referencing the author (an image upload's uploader)
        # would wait for this transaction while it waits for that one.
        session.refresh(obj, with_for_update={"of": type(obj)})


def dispatch(full_dispatch_request: Callable):
    """Run a whole request as one unit of work (clinnet.Clinnet.full_dispatch_request)."""
    from flask import current_app, g, request, session

    saved_session = dict(session)
    write = request.method not in _SAFE_METHODS
    for attempt in range(1, ATTEMPTS + 1):
        db_session = db.session()
        db_session.rollback()  # nothing from a previous attempt survives
        db_session.info[_UNIT] = state = _Unit()
        try:
            try:
                if write:
                    _begin_writing(db_session)
                response = full_dispatch_request()
                if response.status_code >= 500:
                    db_session.rollback()
                    return response
                _commit_request(db_session)
            except (_Retry, DBAPIError) as exc:
                db_session.rollback()
                cause = exc.__cause__ if isinstance(exc, _Retry) else exc
                if not is_retryable(cause):
                    raise
                if attempt == ATTEMPTS:
                    _reset_request_state(g, session, saved_session)
                    return current_app.finalize_request(
                        current_app.handle_user_exception(Busy()))
                _reset_request_state(g, session, saved_session)
                continue
        finally:
            db_session.info.pop(_UNIT, None)
        for callback in state.after_commit:
            callback()
        return response
    raise AssertionError("unreachable")


def init_app(app) -> None:
    """Answer database errors: retry the request when another transaction was in the way,
    a clear "busy" page when that kept happening, the generic error page otherwise."""
    from clinnet.core import errors

    def database_error(exc: DBAPIError):
        if is_retryable(exc):
            raise _Retry from exc
        return errors.handle_unexpected_error(exc)

    app.register_error_handler(DBAPIError, database_error)
    app.register_error_handler(Busy, lambda exc: errors.render_error(
        503, "clinnet is very busy at this moment and could not save this. Nothing was "
        "changed: try again in a few seconds."))


def _commit_request(session: Session) -> None:
    try:
        session.commit()
    except DBAPIError as exc:
        # The error page must not claim "nothing was saved": the commit may have happened.
        exc.during_commit = True  # type: ignore[attr-defined]
        raise


class _Retry(Exception):
    """Raised by the error handler when a database error means "run the request again"."""


def _reset_request_state(g, session, saved: dict) -> None:
    g.__dict__.clear()
    session.clear()
    session.update(saved)


@event.listens_for(Session, "after_soft_rollback")
def _forget_unit_work(session, previous_transaction) -> None:
    # A rollback of the whole transaction (not of a savepoint) drops work meant for after it.
    if previous_transaction.parent is None and not previous_transaction.nested:
        state = session.info.get(_UNIT)
        if state is not None:
            state.after_commit.clear()


def insert_ignore(model, **values) -> bool:
    """INSERT a row unless one with the same key exists (ON CONFLICT DO NOTHING); returns whether
    it was inserted. Two identical clicks at once then give one row and no error."""
    session = db.session()
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    # RETURNING, not rowcount: the PostgreSQL driver does not report a count here.
    key = model.__mapper__.primary_key[0]
    inserted = session.execute(insert(model).values(**values).on_conflict_do_nothing()
                               .returning(key)).first()
    return inserted is not None


def upsert(model, key: dict, values: dict) -> None:
    """INSERT the row, or UPDATE `values` on the row with the same `key` (ON CONFLICT DO
    UPDATE): one statement, so two requests at once leave one row holding one of them."""
    session = db.session()
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(model).values(**key, **values)
    session.execute(statement.on_conflict_do_update(
        index_elements=list(key), set_={name: statement.excluded[name] for name in values}))
