"""Images, the files derived from them, the regions that must be masked, and the per-post row
that carries the post's visibility (set by the post life cycle) and serialises changes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clinnet.core.db import NOT_MEMBER_TEXT, UTCDateTime, member_text, utcnow
from clinnet.extensions import db

# Text read from an image or its header, and the author's reasons, are shown as typed.
MEMBER_TEXT = member_text("plain")


class ImageState:
    UPLOADED = "uploaded"  # stripped and scanned: nothing left to mask, not finished yet
    NEEDS_MASKING = "needs_masking"  # a text or face region is still open
    READY = "ready"  # finished: derivatives made, original deleted
    REDACTED = "redacted"  # every file deleted by moderation; the row is a tombstone


class Visibility:
    """What the post life cycle says about the post an image belongs to."""

    DRAFT = "draft"
    REVIEW = "review"
    VISIBLE = "visible"
    HIDDEN = "hidden"
    REMOVED = "removed"
    REDACTED = "redacted"


class RegionStatus:
    OPEN = "open"
    MASKED = "masked"
    DISMISSED = "dismissed"  # the author says it is not an identifier (sends the post to review)
    CONSENTED = "consented"  # a face shown with the patient's documented consent (review too)


class ImagePost(db.Model):
    """One row per post that has images: its visibility and the row every change locks."""

    __tablename__ = "image_posts"

    kind: Mapped[str] = mapped_column(String(10), primary_key=True, info=NOT_MEMBER_TEXT)
    post_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    visibility: Mapped[str] = mapped_column(String(12), default=Visibility.DRAFT,
                                            info=NOT_MEMBER_TEXT)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Image(db.Model):
    __tablename__ = "images"
    __table_args__ = (Index("ix_images_kind_post_id", "kind", "post_id"),
                      Index("ix_images_state_created_at", "state", "created_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # What URLs carry: 192 random bits, so an image's address cannot be guessed or counted.
    public_id: Mapped[str] = mapped_column(String(32), unique=True, info=NOT_MEMBER_TEXT)
    uploader_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10), info=NOT_MEMBER_TEXT)
    post_id: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20), default=ImageState.UPLOADED,
                                       info=NOT_MEMBER_TEXT)
    source_format: Mapped[str] = mapped_column(String(10), info=NOT_MEMBER_TEXT)
    # DICOM only; written by the scanner or technologist, so treated as free text.
    modality: Mapped[str | None] = mapped_column(String(16), info=MEMBER_TEXT)
    body_part: Mapped[str | None] = mapped_column(String(64), info=MEMBER_TEXT)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    # Bumped by every change of the pixels; forms carry it, a stale form is refused.
    version: Mapped[int] = mapped_column(Integer, default=1)
    consent_attested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    analysed_with: Mapped[str] = mapped_column(String(60), info=NOT_MEMBER_TEXT)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    files: Mapped[list[ImageFile]] = relationship(
        back_populates="image", cascade="all, delete-orphan", order_by="ImageFile.id")
    regions: Mapped[list[ImageRegion]] = relationship(
        back_populates="image", cascade="all, delete-orphan", order_by="ImageRegion.id")

    def file(self, role: str) -> ImageFile | None:
        return next((f for f in self.files if f.role == role), None)


class ImageFile(db.Model):
    """A stored file derived from an image: every one is listed, so redaction misses none."""

    __tablename__ = "image_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    image_id: Mapped[int] = mapped_column(ForeignKey("images.id", ondelete="CASCADE"),
                                          index=True)
    role: Mapped[str] = mapped_column(String(16), info=NOT_MEMBER_TEXT)
    key: Mapped[str] = mapped_column(String(200), unique=True, info=NOT_MEMBER_TEXT)
    content_type: Mapped[str] = mapped_column(String(40), info=NOT_MEMBER_TEXT)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)

    image: Mapped[Image] = relationship(back_populates="files")


class ImageRegion(db.Model):
    """A box on the image that must not be published as it is: burned-in text with an
    identifier, or a face."""

    __tablename__ = "image_regions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    image_id: Mapped[int] = mapped_column(ForeignKey("images.id", ondelete="CASCADE"),
                                          index=True)
    source: Mapped[str] = mapped_column(String(10), info=NOT_MEMBER_TEXT)  # "text" or "face"
    category: Mapped[str] = mapped_column(String(20), info=NOT_MEMBER_TEXT)
    text: Mapped[str] = mapped_column(String(500), default="", info=MEMBER_TEXT)  # as read
    x: Mapped[int] = mapped_column(Integer)
    y: Mapped[int] = mapped_column(Integer)
    w: Mapped[int] = mapped_column(Integer)
    h: Mapped[int] = mapped_column(Integer)
    suggested_mask: Mapped[str] = mapped_column(String(10), info=NOT_MEMBER_TEXT)
    status: Mapped[str] = mapped_column(String(12), default=RegionStatus.OPEN,
                                        info=NOT_MEMBER_TEXT)
    dismiss_reason: Mapped[str | None] = mapped_column(String(500), info=MEMBER_TEXT)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    image: Mapped[Image] = relationship(back_populates="regions")

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.x, self.y, self.w, self.h
