"""Member profiles (issue 14): who a colleague is, for verified physicians only.

A profile shows the display name, specialty (from the approved licence application), a
verified-physician badge, since when, and the member's public posts: published cases and
replies they posted under their name. Posts written under a pseudonym are never listed, counted
or linked here, so a profile cannot unmask them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from clinnet.accounts.models import Status, User
from clinnet.cases.mentions import members
from clinnet.cases.models import Case, Reply, State
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.verification.models import Application

LISTED = 20  # newest public cases and replies on a profile
SUGGESTIONS = 8


@dataclass(frozen=True)
class Profile:
    member: User
    specialty: str | None
    since: datetime | None
    cases: list[Case]
    replies: list[Reply]


def get(handle: str) -> Profile | None:
    member = members([handle]).get(handle.lower())
    if member is None:
        return None
    specialty = db.session.scalar(select(Application.specialty)
                                  .where(Application.user_id == member.id))
    cases = db.session.scalars(
        select(Case).where(Case.author_id == member.id, Case.status == State.PUBLISHED,
                           Case.anonymous.is_(False))
        .order_by(Case.published_at.desc()).limit(LISTED)).all()
    replies = db.session.scalars(
        select(Reply).join(Case, Case.id == Reply.case_id)
        .where(Reply.author_id == member.id, Reply.status == State.PUBLISHED,
               Reply.anonymous.is_(False), Case.status == State.PUBLISHED)
        .order_by(Reply.created_at.desc()).limit(LISTED)).all()
    return Profile(member, specialty, member.verified_at or member.created_at, list(cases),
                   list(replies))


def suggest(prefix: str) -> list[dict[str, str]]:
    """Members whose handle or name starts with `prefix`, for the editor's @ completion."""
    prefix = prefix.strip().lstrip("@").lower()
    if len(prefix) < 2:
        return []
    pattern = prefix.replace("\\", "").replace("%", "").replace("_", "") + "%"
    found = db.session.scalars(
        select(User).where(
            User.handle.is_not(None), User.status == Status.ACTIVE,
            User.role.in_(tuple(r for r in Role if r >= Role.PHYSICIAN)),
            (User.handle.like(pattern)) | (User.last_name.ilike(pattern))
            | (User.first_name.ilike(pattern)))
        .order_by(User.handle).limit(SUGGESTIONS))
    return [{"handle": u.handle, "name": u.display_name} for u in found]
