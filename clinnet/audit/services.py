"""record() adds an event to the caller's transaction; verify_chain() checks the whole log."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import event as orm_event
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from clinnet.audit.models import GENESIS_HASH, AuditEvent, AuditHead
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.transactions import participate_in_savepoints

HEAD_ID = 1


def _canonical(event_id, created_at, actor_id, actor_label, action, target_type, target_id,
               details: str) -> str:
    return json.dumps(
        {
            "id": event_id,
            "created_at": created_at.astimezone(UTC).isoformat(timespec="microseconds"),
            "actor_id": actor_id,
            "actor_label": actor_label,
            "action": action,
            "target_type": target_type,
            "target_id": target_id,
            "details": details,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


def _digest(prev_hash: str, canonical: str) -> str:
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def _describe(obj) -> tuple[str | None, str | None]:
    if obj is None:
        return None, None
    return type(obj).__name__, str(obj.id)


def record(action: str, actor=None, target=None, **details) -> None:
    """Add an audit event to the current transaction; it is written when the transaction commits.

    `actor` and `target` are model objects (or None); `details` must be JSON-serialisable and
    must never hold passwords, tokens, post text or any other free text (redaction cannot reach
    the audit log): ids, counts, categories and keyed hashes only.

    Events wait for the commit so that the audit head, the one row every writer locks, is always
    locked last (clinnet.core.transactions): a transition never holds it while it waits for a
    case or a licence application, so two transitions cannot deadlock on it.
    """
    _check_details(details)
    session = db.session()
    session.flush()  # targets created in this transaction need their ids
    target_type, target_id = _describe(target)
    session.info.setdefault(_PENDING, []).append(_Pending(
        created_at=utcnow(), actor_id=getattr(actor, "id", None),
        actor_label=getattr(actor, "email", None), action=action, target_type=target_type,
        target_id=target_id,
        details=json.dumps(details, sort_keys=True, separators=(",", ":"), default=str)))


_PENDING = "clinnet.audit.pending"
# Free text has spaces or is long; what the audit log may hold is neither.
_SAFE_TEXT = re.compile(r"^[^\s]{0,254}$")


def _check_details(details: dict) -> None:
    for key, value in details.items():
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            if isinstance(item, str) and not _SAFE_TEXT.match(item):
                raise ValueError(f"audit detail {key!r} looks like free text; store an id, a "
                                 "category or a keyed hash (audit.text_key) instead")


def text_key(value: str) -> str:
    """A keyed hash of a text (e.g. an email address typed at sign-in): equal texts give equal
    keys, so attempts can be correlated, without the audit log holding the text itself."""
    from flask import current_app

    secret = (current_app.config.get("SECRET_KEY") or "").encode()
    return hmac.new(secret, b"audit\0" + value.encode(), hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class _Pending:
    created_at: datetime
    actor_id: int | None
    actor_label: str | None
    action: str
    target_type: str | None
    target_id: str | None
    details: str


def _append(session, pending: list[_Pending]) -> None:
    # Taking the head row is what serialises concurrent writers (see AuditHead).
    last_id, prev_hash = session.execute(
        update(AuditHead).where(AuditHead.id == HEAD_ID)
        .values(last_id=AuditHead.last_id + len(pending))
        .returning(AuditHead.last_id, AuditHead.last_hash)).one()
    event_id = last_id - len(pending)
    rows = []
    for event in pending:
        event_id += 1
        digest = _digest(prev_hash, _canonical(
            event_id, event.created_at, event.actor_id, event.actor_label, event.action,
            event.target_type, event.target_id, event.details))
        rows.append({"id": event_id, "created_at": event.created_at, "actor_id": event.actor_id,
                     "actor_label": event.actor_label, "action": event.action,
                     "target_type": event.target_type, "target_id": event.target_id,
                     "details": event.details, "prev_hash": prev_hash, "hash": digest})
        prev_hash = digest
    session.execute(insert(AuditEvent), rows)
    session.execute(update(AuditHead).where(AuditHead.id == HEAD_ID).values(last_hash=prev_hash))


@orm_event.listens_for(Session, "before_commit")
def _write_pending(session) -> None:
    if session.in_nested_transaction():
        return
    pending = session.info.pop(_PENDING, None)
    if pending:
        _append(session, pending)


@orm_event.listens_for(Session, "after_soft_rollback")
def _forget_pending(session, previous_transaction) -> None:
    if previous_transaction.parent is None and not previous_transaction.nested:
        session.info.pop(_PENDING, None)


def _pending_length(session) -> int:
    return len(session.info.get(_PENDING, ()))


def _truncate_pending(session, length: int) -> None:
    if _PENDING in session.info:
        del session.info[_PENDING][length:]


participate_in_savepoints(_pending_length, _truncate_pending)


def _first_break(events) -> tuple[ChainReport | None, str, int]:
    expected_id, prev_hash, count = 1, GENESIS_HASH, 0
    for event in events:
        if event.id != expected_id:
            return ChainReport(False, count, expected_id, f"event {expected_id} is missing"), "", 0
        if event.prev_hash != prev_hash:
            return ChainReport(False, count, event.id,
                               "its link to the previous event is broken"), "", 0
        canonical = _canonical(event.id, event.created_at, event.actor_id, event.actor_label,
                               event.action, event.target_type, event.target_id, event.details)
        if _digest(prev_hash, canonical) != event.hash:
            return ChainReport(False, count, event.id,
                               "its content does not match its hash"), "", 0
        prev_hash, expected_id, count = event.hash, expected_id + 1, count + 1
    return None, prev_hash, count


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    first_bad_id: int | None = None
    problem: str | None = None


def verify_chain(batch_size: int = 1000) -> ChainReport:
    """Recompute every hash; name the first event that was altered, removed or inserted."""
    stmt = select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=batch_size)
    events = db.session.scalars(stmt)
    try:
        problem, prev_hash, count = _first_break(events)
    finally:
        events.close()  # a server-side cursor on PostgreSQL when we stop early
    if problem:
        return problem
    head = db.session.get(AuditHead, HEAD_ID)
    if head is None or head.last_id != count or head.last_hash != prev_hash:
        return ChainReport(False, count, count + 1, "events after it were removed")
    return ChainReport(True, count)
