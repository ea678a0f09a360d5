"""Cases, threaded replies, revisions, dismissed findings, votes, follows and subscriptions."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, false, or_
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clinnet.accounts.models import User
from clinnet.core.db import NOT_MEMBER_TEXT, UTCDateTime, member_text, utcnow
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


class Post:
    """What cases and replies share: one life cycle (clinnet.cases.posts).

    `version` counts changes to the text; forms that act on a post carry the version they
    showed, so acting on text that changed since the page was loaded is refused.
    """

    kind: ClassVar[str]
    id: int
    author_id: int
    status: str
    version: int

    @classmethod
    def text_formats(cls) -> dict[str, str]:
        """The member-written fields the gate scans, in form order: name -> "markdown"/"plain"."""
        return {c.key: c.info["member_text"] for c in cls.__table__.columns
                if c.info.get("member_text") in ("markdown", "plain")
                and c.key not in cls.NOT_SCANNED}

    NOT_SCANNED: ClassVar[frozenset[str]] = frozenset()

    def text_fields(self) -> dict[str, str]:
        """Every free-text field the de-identification gate scans (stored source)."""
        return {name: getattr(self, name) or "" for name in self.text_formats()}

    @property
    def thread_id(self) -> int:
        """The id of the case whose thread this post belongs to."""
        raise NotImplementedError


class Case(Post, db.Model):
    __tablename__ = "cases"
    kind = "case"
    # The moderator's note when returning a case is shown to its author, not scanned with it.
    NOT_SCANNED = frozenset({"review_note"})
    __table_args__ = (
        Index("ix_cases_status_published_at", "status", "published_at"),
        Index("ix_cases_status_last_activity_at", "status", "last_activity_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default=State.DRAFT, info=NOT_MEMBER_TEXT)
    title: Mapped[str] = mapped_column(String(200), info=member_text("plain"))
    age_band: Mapped[str | None] = mapped_column(String(20), info=NOT_MEMBER_TEXT)
    sex: Mapped[str | None] = mapped_column(String(20), info=NOT_MEMBER_TEXT)
    setting: Mapped[str | None] = mapped_column(String(20), info=NOT_MEMBER_TEXT)
    body: Mapped[str] = mapped_column(Text, info=member_text("markdown"))
    body_html: Mapped[str] = mapped_column(Text, default="",
                                           info=member_text("derived", source="body"))
    question: Mapped[str] = mapped_column(Text, default="", info=member_text("markdown"))
    question_html: Mapped[str] = mapped_column(Text, default="",
                                               info=member_text("derived", source="question"))
    # One event a line, "day 0: admitted"; relative days are what Safe Harbor allows.
    timeline: Mapped[str] = mapped_column(Text, default="", info=member_text("plain"))
    reply_count: Mapped[int] = mapped_column(Integer, default=0)
    helpful_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    review_note: Mapped[str | None] = mapped_column(String(500), info=member_text("plain"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    # A poll ("what would you do next?") is part of the case's text: the same gate, versions,
    # redaction and visibility. Options one a line; votes refer to their line (cases/polls.py).
    poll_question: Mapped[str | None] = mapped_column(String(200), info=member_text("plain"))
    poll_options: Mapped[str | None] = mapped_column(Text, info=member_text("plain"))
    poll_days: Mapped[int | None] = mapped_column(Integer)  # open this long after publication
    poll_closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # closed early
    # The outcome: set by the author when resolving (cases/outcomes.py); gated like the text.
    final_diagnosis: Mapped[str | None] = mapped_column(String(300), info=member_text("plain"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    author: Mapped[User] = relationship(lazy="joined", innerjoin=True)
    specialty_rows: Mapped[list[CaseSpecialty]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="CaseSpecialty.specialty")

    @property
    def specialties(self) -> list[str]:
        return [row.specialty for row in self.specialty_rows]

    @property
    def author_name(self) -> str:
        return self.author.public_name(self.anonymous, self.id)

    @property
    def timeline_entries(self) -> list[tuple[str, str]]:
        entries = []
        for line in self.timeline.splitlines():
            day, _, event = line.partition(":")
            if day.strip():
                entries.append((day.strip(), event.strip()))
        return entries

    @property
    def thread_id(self) -> int:
        return self.id

    @classmethod
    def thread_rows(cls, case_id: int, reply_ids: list[int]):
        """Which rows belong to a thread (redaction walks every member-text table by this)."""
        return cls.id == case_id


class CaseSpecialty(db.Model):
    __tablename__ = "case_specialties"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True)
    specialty: Mapped[str] = mapped_column(String(40), primary_key=True, index=True,
                                           info=NOT_MEMBER_TEXT)


class Reply(Post, db.Model):
    """A reply in a case's thread.

    `path` is the materialised path: the ids of the ancestors and the reply itself, each
    zero-padded to 10 digits and followed by "/". Ordering a case's replies by path gives the
    whole tree depth-first in one query on any database.
    """

    __tablename__ = "replies"
    kind = "reply"
    __table_args__ = (Index("ix_replies_case_id_path", "case_id", "path"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("replies.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default=State.DRAFT, info=NOT_MEMBER_TEXT)
    path: Mapped[str] = mapped_column(Text, default="", info=NOT_MEMBER_TEXT)
    depth: Mapped[int] = mapped_column(Integer, default=0)
    body: Mapped[str] = mapped_column(Text, info=member_text("markdown"))
    body_html: Mapped[str] = mapped_column(Text, default="",
                                           info=member_text("derived", source="body"))
    helpful_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # An "Update" the case's author posts on their own case: a top-level reply in every way
    # (gate, review, moderation), shown marked and announced to followers as an update.
    is_update: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    author: Mapped[User] = relationship(lazy="joined", innerjoin=True)
    case: Mapped[Case] = relationship(lazy="select")

    @property
    def author_name(self) -> str:
        return self.author.public_name(self.anonymous, self.case_id)

    @property
    def thread_id(self) -> int:
        return self.case_id

    @classmethod
    def thread_rows(cls, case_id: int, reply_ids: list[int]):
        return cls.case_id == case_id


class Revision(db.Model):
    """The text of a published case or reply before an edit (or a deletion)."""

    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                                index=True)
    reply_id: Mapped[int | None] = mapped_column(ForeignKey("replies.id", ondelete="CASCADE"),
                                                 index=True)
    editor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    title: Mapped[str | None] = mapped_column(String(200), info=member_text("plain"))
    body: Mapped[str] = mapped_column(Text, info=member_text("markdown"))
    question: Mapped[str | None] = mapped_column(Text, info=member_text("markdown"))
    timeline: Mapped[str | None] = mapped_column(Text, info=member_text("plain"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    editor: Mapped[User] = relationship(lazy="joined", innerjoin=True)

    @classmethod
    def thread_rows(cls, case_id: int, reply_ids: list[int]):
        return or_(cls.case_id == case_id, cls.reply_id.in_(reply_ids))


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
    field: Mapped[str] = mapped_column(String(20), info=NOT_MEMBER_TEXT)
    category: Mapped[str] = mapped_column(String(20), info=NOT_MEMBER_TEXT)
    text: Mapped[str] = mapped_column(String(500), info=member_text("plain"))
    reason: Mapped[str] = mapped_column(String(500), info=member_text("plain"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    @classmethod
    def thread_rows(cls, case_id: int, reply_ids: list[int]):
        return or_(cls.case_id == case_id, cls.reply_id.in_(reply_ids))


class MemberAndCase:
    """A row per member and case (votes, follows, bookmarks, visits): the pair is the key."""

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True, index=True)


class CaseVote(MemberAndCase, db.Model):
    __tablename__ = "case_votes"

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PollVote(db.Model):
    """One member's choice in a case's poll: one row per member and poll, changed in place."""

    __tablename__ = "poll_votes"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True, index=True)
    option: Mapped[int] = mapped_column(Integer)  # the option's line, from 0
    voted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Bookmark(MemberAndCase, db.Model):
    """A case a member keeps to come back to (their /bookmarks page)."""

    __tablename__ = "bookmarks"

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CaseRead(MemberAndCase, db.Model):
    """When a member last read a case's thread: what "new since your last visit" counts from."""

    __tablename__ = "case_reads"

    read_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Mention(db.Model):
    """A member @mentioned in a post, recorded once so that edits do not notify them again."""

    __tablename__ = "mentions"

    post_kind: Mapped[str] = mapped_column(String(10), primary_key=True, info=NOT_MEMBER_TEXT)
    post_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
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


class CaseFollow(MemberAndCase, db.Model):
    __tablename__ = "case_follows"

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SpecialtySubscription(db.Model):
    __tablename__ = "specialty_subscriptions"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    specialty: Mapped[str] = mapped_column(String(40), primary_key=True, index=True,
                                           info=NOT_MEMBER_TEXT)
