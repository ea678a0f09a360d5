"""Creating and reading notifications; the caller's action commits them."""

from __future__ import annotations

import re

from sqlalchemy import func, select, update

from clinnet import jobs
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.notifications.models import Notification
from clinnet.transactions import after_commit, in_unit, transition

PAGE_SIZE = 30
# Notifications about a case link to a page under /cases/<id>; the mail names that case.
_CASE_URL = re.compile(r"^/cases/(\d{1,10})(?:[/?#]|$)")
_TO_MAIL = "clinnet.notifications.to_mail"


def notify(user, kind: str, message: str, url: str) -> Notification | None:
    """Add a notification for `user` to the current transaction (the caller commits); once it
    has committed, a job mails it if the member wants mail now.

    `user` is a member object or id; `url` a same-site path to what the notification is about.
    """
    user_id = getattr(user, "id", user)
    if user_id is None:
        return None
    case = _CASE_URL.match(url)
    note = Notification(user_id=user_id, kind=kind, message=message[:300], url=url[:300],
                        case_id=int(case.group(1)) if case else None)
    db.session.add(note)
    if in_unit():  # outside a unit the caller commits when it likes; digests pick it up
        db.session.info.setdefault(_TO_MAIL, set()).add(user_id)
        # One job per unit of work for all its notifications (a new case may notify
        # thousands). Registered per call: a savepoint that rolls back drops its callbacks.
        after_commit(_enqueue_mails)
    return note


def _enqueue_mails() -> None:
    user_ids = db.session.info.pop(_TO_MAIL, None)
    if user_ids:
        jobs.enqueue("clinnet.tasks.send_notification_mails", sorted(user_ids), retry=True)


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
