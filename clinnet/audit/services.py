"""record() adds an event to the caller's transaction; verify_chain() checks the whole log."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC

from sqlalchemy import insert, select, update

from clinnet.audit.models import GENESIS_HASH, AuditEvent, AuditHead
from clinnet.core.db import utcnow
from clinnet.extensions import db

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
    """Append an audit event in the current transaction; the caller commits.

    `actor` and `target` are model objects (or None); `details` must be JSON-serialisable and
    must never hold passwords, tokens or post text.
    """
    session = db.session
    session.flush()  # targets created in this transaction need their ids
    # Taking the head row first is what serialises concurrent writers (see AuditHead).
    session.execute(
        update(AuditHead).where(AuditHead.id == HEAD_ID).values(last_id=AuditHead.last_id + 1)
    )
    head = session.execute(
        select(AuditHead.last_id, AuditHead.last_hash).where(AuditHead.id == HEAD_ID)
    ).one()
    event_id, prev_hash = head.last_id, head.last_hash
    created_at = utcnow()
    actor_id = getattr(actor, "id", None)
    actor_label = getattr(actor, "email", None)
    target_type, target_id = _describe(target)
    details_json = json.dumps(details, sort_keys=True, separators=(",", ":"), default=str)
    digest = _digest(
        prev_hash,
        _canonical(event_id, created_at, actor_id, actor_label, action, target_type, target_id,
                   details_json),
    )
    session.execute(
        insert(AuditEvent).values(
            id=event_id, created_at=created_at, actor_id=actor_id, actor_label=actor_label,
            action=action, target_type=target_type, target_id=target_id, details=details_json,
            prev_hash=prev_hash, hash=digest,
        )
    )
    session.execute(update(AuditHead).where(AuditHead.id == HEAD_ID).values(last_hash=digest))


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
