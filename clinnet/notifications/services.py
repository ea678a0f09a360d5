"""Creating and reading notifications; the caller's action commits them."""

from __future__ import annotations

from sqlalchemy import func, select, update

from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.notifications.models import Notification
from clinnet.transactions import transition

PAGE_SIZE = 30


def notify(user, kind: str, message: str, url: str) -> Notification | None:
    """Add a notification for `user` to the current transaction (the caller commits).

    `user` is a member object or id; `url` a same-site path to what the notification is about.
    """
    user_id = getattr(user, "id", user)
    if user_id is None:
        return None
    note = Notification(user_id=user_id, kind=kind, message=message[:300], url=url[:300])
    db.session.add(note)
    return note


def unread_count(user_id: int) -> int:
    stmt = select(func.count()).where(Notification.user_id == user_id,
                                      Notification.read_at.is_(None))
    return db.session.scalar(stmt) or 0


def recent(user_id: int, page: int = 1) -> list[Notification]:
    stmt = (select(Notification).where(Notification.user_id == user_id)
            .order_by(Notification.created_at.desc(), Notification.id.desc())
            .limit(PAGE_SIZE).offset((max(page, 1) - 1) * PAGE_SIZE))
    return list(db.session.scalars(stmt))


def get_for(user_id: int, note_id: int) -> Notification | None:
    note = db.session.get(Notification, note_id)
    return note if note is not None and note.user_id == user_id else None


@transition
def mark_read(user_id: int, note_id: int | None = None) -> None:
    """Mark one notification (or, with no id, all of them) read."""
    stmt = update(Notification).where(Notification.user_id == user_id,
                                      Notification.read_at.is_(None))
    if note_id is not None:
        stmt = stmt.where(Notification.id == note_id)
    db.session.execute(stmt.values(read_at=utcnow()))
