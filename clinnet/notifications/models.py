from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from clinnet.core.db import NOT_MEMBER_TEXT, UTCDateTime, member_text, utcnow
from clinnet.extensions import db


class Notification(db.Model):
    """Something a member should see. `message` is plain text (escaped when shown) and must be a
    short description, never clinical text: moderators can redact cases, not notifications."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user_id_read_at", "user_id", "read_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # By table name: notifications sits beside audit, to the left of accounts (DESIGN.md).
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40), info=NOT_MEMBER_TEXT)
    message: Mapped[str] = mapped_column(String(300), info=member_text("plain"))
    url: Mapped[str] = mapped_column(String(300), info=NOT_MEMBER_TEXT)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
