"""Object-level rules: who may see and touch which case or reply.

404 for what a member may not know exists (another member's draft), 403 for what they may see
but not change (someone else's published case).
"""

from __future__ import annotations

from flask import abort

from clinnet.cases.models import Case, Reply, State
from clinnet.core.authz import Role
from clinnet.extensions import db


def is_moderator(user) -> bool:
    return user.has_role(Role.MODERATOR)


def can_view(case: Case, user) -> bool:
    if case.status == State.PUBLISHED:
        return user.has_role(Role.PHYSICIAN)
    if user.id == case.author_id:
        return True
    if case.status in (State.HIDDEN, State.REMOVED) and user.has_role(Role.PHYSICIAN):
        return True  # members get a placeholder page (cases/view.html), not the text
    # Drafts stay the author's alone; moderators see what waits for them or what they acted on.
    return is_moderator(user) and case.status in (State.IN_REVIEW, State.HIDDEN, State.REMOVED)


def can_edit(case: Case, user) -> bool:
    return user.id == case.author_id and case.status in (
        State.DRAFT, State.IN_REVIEW, State.PUBLISHED)


def can_edit_reply(reply: Reply, user) -> bool:
    return user.id == reply.author_id and reply.status in (
        State.DRAFT, State.IN_REVIEW, State.PUBLISHED)


def can_see_history(author_id: int, user) -> bool:
    return user.id == author_id or is_moderator(user)


def get_case_or_404(case_id: int, user) -> Case:
    case = db.session.get(Case, case_id)  # the URL converter keeps ids in range
    if case is None or not can_view(case, user):
        abort(404)
    return case


def get_reply_or_404(reply_id: int, user) -> Reply:
    reply = db.session.get(Reply, reply_id)
    if reply is None or not can_view(reply.case, user):
        abort(404)
    # Replies nobody else has seen yet are as unknown to others as a draft case.
    if reply.status in (State.DRAFT, State.IN_REVIEW) and reply.author_id != user.id and not (
            reply.status == State.IN_REVIEW and is_moderator(user)):
        abort(404)
    # Hidden means hidden: under a hidden or removed case, only its reply's author and the
    # moderators reach a reply.
    if reply.case.status != State.PUBLISHED and reply.author_id != user.id and \
            not is_moderator(user):
        abort(404)
    return reply


def require(allowed: bool) -> None:
    if not allowed:
        abort(403)
