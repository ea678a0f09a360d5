"""Flags, moderation actions (the moderation log), member warnings and notes, rescan progress.

Posts are addressed as (kind, post_id) with kind "case" or "reply", plus the case they belong to
(`case_id`), so a reply's flags can be grouped and linked without a join.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clinnet.accounts.models import User
from clinnet.core.db import NOT_MEMBER_TEXT, UTCDateTime, member_text, utcnow
from clinnet.extensions import db


class Reason:
    PHI = "phi"
    UNPROFESSIONAL = "unprofessional"
    MISINFORMATION = "misinformation"
    SPAM = "spam"
    OTHER = "other"

    LABELS = {
        PHI: "contains patient information",
        UNPROFESSIONAL: "unprofessional conduct",
        MISINFORMATION: "misinformation",
        SPAM: "spam",
        OTHER: "other",
    }
    ALL = tuple(LABELS)


class FlagStatus:
    OPEN = "open"
    UPHELD = "upheld"
    DISMISSED = "dismissed"


class Flag(db.Model):
    """A member's (or, with no flagger, the re-scanner's) report about one post.

    `open_key` is "<flagger or 'system'>:<kind>:<post_id>" while the flag is open and NULL once
    handled; its unique constraint is what makes "one open flag per member per post" hold even
    for two simultaneous clicks, on SQLite and PostgreSQL alike (NULLs never collide).
    """

    __tablename__ = "flags"
    __table_args__ = (Index("ix_flags_status_created_at", "status", "created_at"),
                      Index("ix_flags_kind_post_id", "kind", "post_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), info=NOT_MEMBER_TEXT)
    post_id: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    post_author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    flagger_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    reason: Mapped[str] = mapped_column(String(20), info=NOT_MEMBER_TEXT)
    note: Mapped[str] = mapped_column(String(1000), default="", info=member_text("plain"))
    # The words the flagger pointed at (may itself be PHI: redaction scrubs it too).
    quote: Mapped[str] = mapped_column(String(300), default="", info=member_text("plain"))
    # Re-scan flags: keyed hashes of the findings, so a dismissed false alarm is not re-filed.
    finding_keys: Mapped[str] = mapped_column(Text, default="", info=NOT_MEMBER_TEXT)
    status: Mapped[str] = mapped_column(String(20), default=FlagStatus.OPEN, info=NOT_MEMBER_TEXT)
    open_key: Mapped[str | None] = mapped_column(String(64), unique=True, info=NOT_MEMBER_TEXT)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    flagger: Mapped[User | None] = relationship(foreign_keys=[flagger_id], lazy="joined")

    @property
    def reason_label(self) -> str:
        return Reason.LABELS.get(self.reason, self.reason)

    @property
    def is_system(self) -> bool:
        return self.flagger_id is None

    # Redaction also looks at flags outside the thread (a member may quote the words elsewhere).
    redact_outside_thread = True

    @classmethod
    def thread_rows(cls, case_id: int, reply_ids: list[int]):
        """Which rows belong to a thread (redaction walks every member-text table by this)."""
        return cls.case_id == case_id


class ModerationAction(db.Model):
    """One line of the moderation log: who did what to which post or member, and why."""

    __tablename__ = "moderation_actions"
    __table_args__ = (Index("ix_moderation_actions_target", "target_type", "target_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    moderator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(String(30), index=True, info=NOT_MEMBER_TEXT)
    target_type: Mapped[str] = mapped_column(String(10), info=NOT_MEMBER_TEXT)  # case, reply, user
    target_id: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    # The moderator's note: staff read it, and the author when it is a "return" message.
    reason: Mapped[str] = mapped_column(String(1000), info=member_text("plain"))
    # What members are told (a Reason code, never free text): "Hidden by moderators: spam".
    public_reason: Mapped[str | None] = mapped_column(String(20), info=NOT_MEMBER_TEXT)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    moderator: Mapped[User | None] = relationship(foreign_keys=[moderator_id], lazy="joined")

    # Set by redaction (not stored): posts elsewhere that hold the same words.
    elsewhere: tuple = ()

    redact_outside_thread = True  # e.g. a sanction's reason that quotes the words

    @classmethod
    def thread_rows(cls, case_id: int, reply_ids: list[int]):
        return cls.case_id == case_id


class MemberWarning(db.Model):
    """A moderator's warning; the member sees it on every page until they acknowledge it."""

    __tablename__ = "member_warnings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                           index=True)
    moderator_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    message: Mapped[str] = mapped_column(String(1000), info=member_text("plain"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MemberNote(db.Model):
    """A moderator's private note about a member (never shown to the member)."""

    __tablename__ = "member_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                           index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(String(2000), info=member_text("plain"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    author: Mapped[User] = relationship(foreign_keys=[author_id], lazy="joined")


class RescanCheckpoint(db.Model):
    """Where `clinnet deid rescan` stopped: it resumes after these ids."""

    __tablename__ = "rescan_checkpoints"

    name: Mapped[str] = mapped_column(String(20), primary_key=True, info=NOT_MEMBER_TEXT)
    last_case_id: Mapped[int] = mapped_column(Integer, default=0)
    last_reply_id: Mapped[int] = mapped_column(Integer, default=0)
    flagged: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
