"""How a case turned out (issue 14): the author's "Update" posts and the case's resolution.

Updates are replies (`Reply.is_update`): top-level, by the case's author only, under the case's
own pseudonym if it has one, and through exactly the reply life cycle (gate, drafts, review,
moderation); followers are told "Update on case #N". Resolving stores a final diagnosis as a
gated text field of the case (posts.change_text: findings refuse it, the old text is kept) and
marks the case resolved; reopening unmarks it. The feed shows and filters resolved cases.
"""

from __future__ import annotations

from sqlalchemy import select

from clinnet import audit
from clinnet.cases import gate, posts
from clinnet.cases.models import Case, CaseFollow, State
from clinnet.cases.posts import CaseError
from clinnet.cases.visibility import case_url
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.notifications import notify
from clinnet.transactions import transition

DIAGNOSIS_MAX = 300


@transition
def resolve(case: Case, actor, diagnosis: str, version: int | None) -> None:
    posts.lock_post(case)
    posts.require_author(case, actor)
    if case.status != State.PUBLISHED:
        raise CaseError("Only a published case can be marked resolved.")
    diagnosis = " ".join(gate.clean_text(diagnosis or "").split())
    if not diagnosis:
        raise CaseError("Write the final diagnosis.", "final_diagnosis")
    if len(diagnosis) > DIAGNOSIS_MAX:
        raise CaseError(f"Keep the final diagnosis to {DIAGNOSIS_MAX} characters.",
                        "final_diagnosis")
    if diagnosis != (case.final_diagnosis or ""):
        posts.change_text(case, actor, {"final_diagnosis": diagnosis}, version)
    elif version is not None:
        posts.check_version(case, version)
    first_time = case.resolved_at is None
    case.resolved_at = case.resolved_at or utcnow()
    audit.record("case.resolved", actor=actor, target=case)
    if first_time:
        followers = db.session.scalars(select(CaseFollow.user_id).where(
            CaseFollow.case_id == case.id, CaseFollow.user_id != actor.id))
        for user_id in followers:
            notify(user_id, "case.resolved", f"Case #{case.id}, which you follow, is resolved",
                   case_url(case.id))


@transition
def reopen(case: Case, actor) -> None:
    posts.lock_post(case)
    posts.require_author(case, actor)
    if case.resolved_at is None:
        raise CaseError("This case is not marked resolved.")
    case.resolved_at = None
    audit.record("case.reopened", actor=actor, target=case)
