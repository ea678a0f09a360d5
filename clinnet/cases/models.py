"""Cases, threaded replies, revisions, dismissed findings, votes, follows and subscriptions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clinnet.accounts.models import User
from clinnet.core.db import UTCDateTime, utcnow
from clinnet.extensions import db


class State:
    """Life cycle of cases and replies (stored as strings)."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"
    HIDDEN = "hidden"  # moderation: out of sight, can be restored
    REMOVED = "removed"  # moderation: final
    DELETED = "deleted"  # replies only: the author deleted it; a placeholder keeps the tree shape


AGE_BANDS = ("under 1", "1-11", "12-17", "18-29", "30-39", "40-49", "50-59", "60-69",
             "70-79", "80-89", "90+")
SEXES = ("female", "male", "intersex", "not stated")
SETTINGS = ("outpatient", "inpatient", "emergency", "intensive care", "telehealth", "other")


class Case(db.Model):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_status_published_at", "status", "published_at"),
        Index("ix_cases_status_last_activity_at", "status", "last_activity_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default=State.DRAFT)
    title: Mapped[str] = mapped_column(String(200))
    age_band: Mapped[str | None] = mapped_column(String(20))
    sex: Mapped[str | None] = mapped_column(String(20))
    setting: Mapped[str | None] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str] = mapped_column(Text, default="")
    question_html: Mapped[str] = mapped_column(Text, default="")
    # One event a line, "day 0: admitted"; relative days are what Safe Harbor allows.
    timeline: Mapped[str] = mapped_column(Text, default="")
    reply_count: Mapped[int] = mapped_column(Integer, default=0)
    helpful_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    review_note: Mapped[str | None] = mapped_column(String(500))

    author: Mapped[User] = relationship(lazy="joined", innerjoin=True)
    specialty_rows: Mapped[list[CaseSpecialty]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="CaseSpecialty.specialty")

    @property
    def specialties(self) -> list[str]:
        return [row.specialty for row in self.specialty_rows]

    @property
    def author_name(self) -> str:
        return self.author.public_name(self.anonymous)

    @property
    def timeline_entries(self) -> list[tuple[str, str]]:
        entries = []
        for line in self.timeline.splitlines():
            day, _, event = line.partition(":")
            if day.strip():
                entries.append((day.strip(), event.strip()))
        return entries

    def text_fields(self) -> dict[str, str]:
        """Every free-text field the de-identification gate scans."""
        return {"title": self.title, "body": self.body, "question": self.question,
                "timeline": self.timeline}


class CaseSpecialty(db.Model):
    __tablename__ = "case_specialties"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True)
    specialty: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)


class Reply(db.Model):
    """A reply in a case's thread.

    `path` is the materialised path: the ids of the ancestors and the reply itself, each
    zero-padded to 10 digits and followed by "/". Ordering a case's replies by path gives the
    whole tree depth-first in one query on any database.
    """

    __tablename__ = "replies"
    __table_args__ = (Index("ix_replies_case_id_path", "case_id", "path"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("replies.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default=State.DRAFT)
    path: Mapped[str] = mapped_column(Text, default="")
    depth: Mapped[int] = mapped_column(Integer, default=0)
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text, default="")
    helpful_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    author: Mapped[User] = relationship(lazy="joined", innerjoin=True)
    case: Mapped[Case] = relationship(lazy="select")

    @property
    def author_name(self) -> str:
        return self.author.public_name(self.anonymous)

    def text_fields(self) -> dict[str, str]:
        return {"body": self.body}


class Revision(db.Model):
    """The text of a published case or reply before an edit (or a deletion)."""

    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                                index=True)
    reply_id: Mapped[int | None] = mapped_column(ForeignKey("replies.id", ondelete="CASCADE"),
                                                 index=True)
    editor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    title: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    question: Mapped[str | None] = mapped_column(Text)
    timeline: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    editor: Mapped[User] = relationship(lazy="joined", innerjoin=True)


class Dismissal(db.Model):
    """An author's decision that a finding is not an identifier, with their reason.

    Keyed by field, category and the flagged text rather than by offsets, so it survives edits
    elsewhere in the text; any dismissal sends the post to moderator review.
    """

    __tablename__ = "dismissals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                                index=True)
    reply_id: Mapped[int | None] = mapped_column(ForeignKey("replies.id", ondelete="CASCADE"),
                                                 index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    field: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(String(500))
    reason: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CaseVote(db.Model):
    __tablename__ = "case_votes"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReplyVote(db.Model):
    __tablename__ = "reply_votes"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    reply_id: Mapped[int] = mapped_column(ForeignKey("replies.id", ondelete="CASCADE"),
                                          primary_key=True, index=True)
    # Denormalised so one query finds a member's votes in a whole thread.
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CaseFollow(db.Model):
    __tablename__ = "case_follows"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SpecialtySubscription(db.Model):
    __tablename__ = "specialty_subscriptions"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    specialty: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)
