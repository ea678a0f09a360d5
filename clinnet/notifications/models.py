from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from clinnet.core.db import NOT_MEMBER_TEXT, UTCDateTime, member_text, utcnow
from clinnet.extensions import db


class Frequency:
    """How a member wants notifications by e-mail (stored as strings)."""

    IMMEDIATELY = "immediately"
    DAILY = "daily"
    WEEKLY = "weekly"
    NEVER = "never"
    ALL = (IMMEDIATELY, DAILY, WEEKLY, NEVER)
    LABELS = {
        IMMEDIATELY: "Immediately, one mail per event",
        DAILY: "A daily digest",
        WEEKLY: "A weekly digest",
        NEVER: "Never (notifications stay on the site)",
    }


class Notification(db.Model):
    """Something a member should see. `message` is plain text (escaped when shown) and must be a
    short description, never clinical text: moderators can redact cases, not notifications."""

    __tablename__ = "notifications"
    __table_args__ = (
        Index("ix_notifications_user_id_read_at", "user_id", "read_at"),
        # The mail jobs look for what has not been mailed yet, member by member. Partial: a row
        # leaves it when mailed, and an UPDATE of mailed_at touches no other index entry.
        Index("ix_notifications_unmailed_user_id", "user_id",
              sqlite_where=text("mailed_at IS NULL"), postgresql_where=text("mailed_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # By table name: notifications sits beside audit, to the left of accounts (DESIGN.md).
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40), info=NOT_MEMBER_TEXT)
    message: Mapped[str] = mapped_column(String(300), info=member_text("plain"))
    url: Mapped[str] = mapped_column(String(300), info=NOT_MEMBER_TEXT)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The case it is about, if any: a mail names that case by its title while it is published.
    # No foreign key: a notification must never fail to be written, and a case that is gone
    # just has no title to show.
    case_id: Mapped[int | None] = mapped_column(Integer)
    # Set when a mail or digest took it (or when the member's choice meant no mail).
    mailed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MailSettings(db.Model):
    """A member's choice of notification mails; no row means MAIL_DEFAULT_FREQUENCY."""

    __tablename__ = "mail_settings"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    frequency: Mapped[str] = mapped_column(String(20), info={"member_text": False})
    last_digest_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
