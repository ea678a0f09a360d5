from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinnet.core.db import NOT_MEMBER_TEXT, UTCDateTime, utcnow
from clinnet.extensions import db

GENESIS_HASH = "0" * 64


class AuditEvent(db.Model):
    """One event. `id` is the position in the chain, assigned from AuditHead, never reused.

    Actors and targets are stored as plain values, not foreign keys: the log must outlive
    anything it mentions and must not depend on the tables it describes.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(Integer, index=True)
    actor_label: Mapped[str | None] = mapped_column(String(320), info=NOT_MEMBER_TEXT)
    action: Mapped[str] = mapped_column(String(64), index=True, info=NOT_MEMBER_TEXT)
    target_type: Mapped[str | None] = mapped_column(String(64), info=NOT_MEMBER_TEXT)
    target_id: Mapped[str | None] = mapped_column(String(64), info=NOT_MEMBER_TEXT)
    details: Mapped[str] = mapped_column(Text, default="{}", info=NOT_MEMBER_TEXT)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64), info=NOT_MEMBER_TEXT)
    hash: Mapped[str] = mapped_column(String(64), unique=True, info=NOT_MEMBER_TEXT)


class AuditHead(db.Model):
    """The single row that serialises appends: writers update it first, which takes a row lock
    on PostgreSQL and the write lock on SQLite, so two workers can never fork the chain."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default=GENESIS_HASH, info=NOT_MEMBER_TEXT)
