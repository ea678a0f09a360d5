from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clinnet.accounts.models import User
from clinnet.core.db import NOT_MEMBER_TEXT, UTCDateTime, member_text, utcnow
from clinnet.extensions import db


class ApplicationState:
    SUBMITTED = "submitted"  # checked against the registry; waiting for the contact code
    PENDING_REVIEW = "pending_review"  # waiting for an admin
    APPROVED = "approved"
    REJECTED = "rejected"
    CHANGES_REQUESTED = "changes_requested"  # the applicant edits and resubmits
    OPEN = (SUBMITTED, PENDING_REVIEW)

    LABELS = {SUBMITTED: "Submitted", PENDING_REVIEW: "Pending review", APPROVED: "Approved",
              REJECTED: "Rejected", CHANGES_REQUESTED: "Changes requested"}


class Application(db.Model):
    """A member's licence application, with the registry evidence an admin decides on.

    One per member; edited in place when the admin asks for changes. `claimed_npi` holds the NPI
    while the claim stands (not after a rejection), and its unique constraint is what makes one
    NPI belong to at most one account, even under concurrent submissions.
    """

    __tablename__ = "licence_applications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    npi: Mapped[str] = mapped_column(String(10), index=True, info=NOT_MEMBER_TEXT)
    claimed_npi: Mapped[str | None] = mapped_column(String(10), unique=True, info=NOT_MEMBER_TEXT)
    license_state: Mapped[str] = mapped_column(String(2), info=NOT_MEMBER_TEXT)
    license_number: Mapped[str] = mapped_column(String(30), info=NOT_MEMBER_TEXT)
    first_name: Mapped[str] = mapped_column(String(80), info=NOT_MEMBER_TEXT)
    last_name: Mapped[str] = mapped_column(String(80), info=NOT_MEMBER_TEXT)
    specialty: Mapped[str] = mapped_column(String(40), info=NOT_MEMBER_TEXT)
    state: Mapped[str] = mapped_column(String(20), index=True, info=NOT_MEMBER_TEXT)
    # Registry check: match / mismatch / not_found / unavailable, and its evidence as JSON.
    outcome: Mapped[str | None] = mapped_column(String(20), info=NOT_MEMBER_TEXT)
    evidence: Mapped[str] = mapped_column(Text, default="{}", info=NOT_MEMBER_TEXT)
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Out-of-band proof: a one-time code sent to the contact the registry lists.
    contact_email: Mapped[str | None] = mapped_column(String(254), info=NOT_MEMBER_TEXT)
    contact_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    code_hash: Mapped[str | None] = mapped_column(String(64), info=NOT_MEMBER_TEXT)
    code_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    code_attempts: Mapped[int] = mapped_column(Integer, default=0)
    code_sends: Mapped[int] = mapped_column(Integer, default=0)
    # The admin's words to the applicant (changes requested, rejection) and approval override.
    admin_message: Mapped[str | None] = mapped_column(Text, info=member_text("plain"))
    override_reason: Mapped[str | None] = mapped_column(Text, info=member_text("plain"))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id",
                                                                 ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reverified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(foreign_keys=[user_id])
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])

    def __repr__(self) -> str:
        return f"<Application {self.id} {self.state}>"

    @property
    def evidence_data(self) -> dict:
        return json.loads(self.evidence or "{}")

    @property
    def is_open(self) -> bool:
        return self.state in ApplicationState.OPEN

    @property
    def state_label(self) -> str:
        return ApplicationState.LABELS.get(self.state, self.state)

    @property
    def contact_confirmed(self) -> bool:
        return self.contact_confirmed_at is not None

    @property
    def masked_contact(self) -> str | None:
        """The contact address as the applicant may see it: enough to recognise, not to harvest."""
        if not self.contact_email:
            return None
        local, _, domain = self.contact_email.partition("@")
        return f"{local[:1]}•••@{domain}"
