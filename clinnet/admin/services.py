"""Queries behind the admin console; state changes go through the owning feature's services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select

from clinnet.accounts.models import Status, User
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.core.routing import MAX_ID
from clinnet.extensions import db

PAGE_SIZE = 50


@dataclass(frozen=True)
class MemberFilter:
    q: str = ""
    role: str = ""
    status: str = ""
    verified: str = ""  # "", "yes", "no"


def search_members(f: MemberFilter, page: int = 1) -> tuple[list[User], bool]:
    """One page of members matching the filter, and whether another page follows."""
    stmt = select(User)
    if f.q:
        like = f"%{f.q.lower()}%"
        stmt = stmt.where(or_(User.email.like(like), func.lower(User.last_name).like(like),
                              func.lower(User.first_name).like(like),
                              func.lower(User.pseudonym).like(like)))
    if f.role in {r.value for r in Role}:
        stmt = stmt.where(User.role == Role(f.role))
    if f.status in (Status.ACTIVE, Status.SUSPENDED):
        stmt = stmt.where(User.status == f.status)
    if f.verified == "yes":
        stmt = stmt.where(User.verified_at.is_not(None))
    elif f.verified == "no":
        stmt = stmt.where(User.verified_at.is_(None))
    rows = list(db.session.scalars(
        stmt.order_by(User.created_at.desc(), User.id.desc())
        .limit(PAGE_SIZE + 1).offset((max(page, 1) - 1) * PAGE_SIZE)))
    return rows[:PAGE_SIZE], len(rows) > PAGE_SIZE


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    action: str = ""
    target_type: str = ""
    target_id: str = ""
    since: datetime | None = None
    until: datetime | None = None


def search_audit(f: AuditFilter, page: int = 1) -> tuple[list[AuditEvent], bool]:
    stmt = select(AuditEvent)
    if f.actor:
        if f.actor.isdigit():
            # An id no member can have (beyond the INTEGER range) matches nobody.
            actor_id = int(f.actor) if len(f.actor) <= 10 and int(f.actor) <= MAX_ID else -1
            stmt = stmt.where(AuditEvent.actor_id == actor_id)
        else:
            stmt = stmt.where(AuditEvent.actor_label.like(f"%{f.actor.lower()}%"))
    if f.action:
        stmt = stmt.where(AuditEvent.action.like(f"{f.action}%"))
    if f.target_type:
        stmt = stmt.where(AuditEvent.target_type == f.target_type)
    if f.target_id:
        stmt = stmt.where(AuditEvent.target_id == f.target_id)
    if f.since:
        stmt = stmt.where(AuditEvent.created_at >= f.since)
    if f.until:
        stmt = stmt.where(AuditEvent.created_at < f.until)
    rows = list(db.session.scalars(
        stmt.order_by(AuditEvent.id.desc()).limit(PAGE_SIZE + 1)
        .offset((max(page, 1) - 1) * PAGE_SIZE)))
    return rows[:PAGE_SIZE], len(rows) > PAGE_SIZE


def member_events(user: User, limit: int = 20) -> list[AuditEvent]:
    """Recent events done by or to a member."""
    stmt = (select(AuditEvent)
            .where(or_(AuditEvent.actor_id == user.id,
                       (AuditEvent.target_type == "User") & (AuditEvent.target_id == str(user.id))))
            .order_by(AuditEvent.id.desc()).limit(limit))
    return list(db.session.scalars(stmt))


def dashboard_counts() -> dict[str, int]:
    counts = dict(db.session.execute(select(User.role, func.count()).group_by(User.role)).all())
    suspended = db.session.scalar(
        select(func.count()).select_from(User).where(User.status == Status.SUSPENDED)) or 0
    return {**{role.value: counts.get(role, 0) for role in Role}, "suspended": suspended}
