"""A member's own data: export it, close the account, or (an admin, on the member's request)
erase it.

The rule for posts (docs/privacy.md): published cases and replies stay where they are, under
"Former member" — colleagues' threads keep their shape and nothing in them can lead back to the
member, whose name, pseudonym, address and licence claim are erased. Drafts and posts still
waiting for review, which nobody else has seen, are deleted, unless a moderator already acted on
them (then they stay as part of the moderation record). Votes, flags, warnings and the
moderation log stay, attached to the anonymous account. The audit log is append-only and keeps
its events, which hold ids, categories and keyed hashes, not addresses or post text.

Every table with a column that refers to a member is either exported here or named in
NOT_EXPORTED with the reason (a test keeps that list complete).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, or_, select

from clinnet import audit
from clinnet.accounts import sessions
from clinnet.accounts.models import IdempotencyKey, Status, User, UserSession
from clinnet.accounts.services import retired_handle
from clinnet.audit.models import AuditEvent
from clinnet.cases import figures, posts, visibility
from clinnet.cases.models import (
    Bookmark,
    Case,
    CaseFollow,
    CaseRead,
    CaseSpecialty,
    CaseVote,
    Dismissal,
    Mention,
    PollVote,
    Reply,
    ReplyVote,
    Revision,
    SpecialtySubscription,
    State,
)
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.images.models import Image
from clinnet.moderation.models import Flag, MemberWarning, ModerationAction
from clinnet.notifications import send_mail
from clinnet.notifications.models import MailSettings, Notification
from clinnet.transactions import lock, transition
from clinnet.verification.models import Application

EXPORT_FORMAT = "clinnet-member-data/1"
CLOSED_PASSWORD_HASH = "!closed"  # noqa: S105 - not a hash: no password matches it
# Tables that refer to a member but are not the member's own data, and why.
NOT_EXPORTED = {
    ("users", "suspended_by_id"): "who suspended someone else",
    ("licence_applications", "decided_by_id"): "an admin's decisions on others' applications",
    ("member_notes", "member_id"): "moderators' private notes (staff working notes)",
    ("member_notes", "author_id"): "notes a moderator wrote about others",
    ("member_warnings", "moderator_id"): "warnings a moderator gave others",
    ("flags", "resolved_by_id"): "a moderator's handling of others' flags",
    ("flags", "post_author_id"): "flags others filed (who flagged is never shown)",
    ("moderation_actions", "moderator_id"): "a moderator's actions on others' posts",
    ("idempotency_keys", "user_id"): "technical: hashes of submitted forms' keys",
    ("mentions", "user_id"): "others' posts that mentioned them (each one is a notification, "
                             "which is exported)",
}


class PrivacyError(ValueError):
    """A request that cannot be carried out; the message is safe to show."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def _when(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _rows(model, *conditions, order=None) -> list:
    stmt = select(model).where(*conditions)
    return list(db.session.scalars(stmt.order_by(order if order is not None else
                                                 model.__mapper__.primary_key[0])))


def export(user: User) -> dict:
    """Everything clinnet holds about `user` that is theirs, as JSON-ready data."""
    application = db.session.scalar(select(Application).where(Application.user_id == user.id))
    own_posts = or_(Revision.case_id.in_(select(Case.id).where(Case.author_id == user.id)),
                    Revision.reply_id.in_(select(Reply.id).where(Reply.author_id == user.id)))
    return {
        "format": EXPORT_FORMAT,
        "exported_at": _when(utcnow()),
        "profile": {
            "email": user.email, "first_name": user.first_name, "last_name": user.last_name,
            "pseudonym": user.pseudonym, "role": user.role.value, "status": user.status,
            "joined": _when(user.created_at), "email_confirmed": _when(user.email_confirmed_at),
            "verified": _when(user.verified_at), "last_sign_in": _when(user.last_login_at),
            "two_factor_since": _when(user.totp_enabled_at),
            "suspension": {"reason": user.suspension_reason,
                           "until": _when(user.suspended_until),
                           "by": user.suspension_authority} if user.is_suspended else None,
        },
        "licence_application": _application(application) if application else None,
        "cases": [_case(case) for case in _rows(Case, Case.author_id == user.id)],
        "replies": [_reply(reply) for reply in _rows(Reply, Reply.author_id == user.id)],
        "earlier_versions_of_your_posts": [
            {"case_id": r.case_id, "reply_id": r.reply_id, "title": r.title, "body": r.body,
             "question": r.question, "timeline": r.timeline, "replaced": _when(r.created_at)}
            for r in _rows(Revision, own_posts)],
        "dismissed_findings": [
            {"case_id": d.case_id, "reply_id": d.reply_id, "field": d.field,
             "category": d.category, "text": d.text, "reason": d.reason,
             "created": _when(d.created_at)}
            for d in _rows(Dismissal, Dismissal.user_id == user.id)],
        "helpful_votes": {
            "cases": [v.case_id for v in _rows(CaseVote, CaseVote.user_id == user.id,
                                               order=CaseVote.case_id)],
            "replies": [v.reply_id for v in _rows(ReplyVote, ReplyVote.user_id == user.id,
                                                  order=ReplyVote.reply_id)]},
        "bookmarks": [b.case_id for b in _rows(Bookmark, Bookmark.user_id == user.id,
                                               order=Bookmark.case_id)],
        "cases_read": [{"case_id": r.case_id, "last_read": _when(r.read_at)}
                       for r in _rows(CaseRead, CaseRead.user_id == user.id,
                                      order=CaseRead.case_id)],
        "poll_votes": [{"case_id": v.case_id, "option": v.option, "voted": _when(v.voted_at)}
                       for v in _rows(PollVote, PollVote.user_id == user.id,
                                      order=PollVote.case_id)],
        "followed_cases": [f.case_id for f in _rows(CaseFollow, CaseFollow.user_id == user.id,
                                                    order=CaseFollow.case_id)],
        "specialty_subscriptions": [s.specialty for s in _rows(
            SpecialtySubscription, SpecialtySubscription.user_id == user.id,
            order=SpecialtySubscription.specialty)],
        "notifications": [
            {"kind": n.kind, "message": n.message, "url": n.url, "created": _when(n.created_at),
             "read": _when(n.read_at)}
            for n in _rows(Notification, Notification.user_id == user.id)],
        "mail_settings": _mail_settings(user),
        "images_uploaded": [
            {"id": i.public_id, "on": f"{i.kind} {i.post_id}", "state": i.state,
             "format": i.source_format, "width": i.width, "height": i.height,
             "uploaded": _when(i.created_at)}
            for i in _rows(Image, Image.uploader_id == user.id)],
        "sessions": [
            {"device": s.user_agent, "ip": s.ip, "started": _when(s.created_at),
             "last_seen": _when(s.last_seen_at)}
            for s in _rows(UserSession, UserSession.user_id == user.id)],
        "warnings_received": [
            {"message": w.message, "created": _when(w.created_at),
             "acknowledged": _when(w.acknowledged_at)}
            for w in _rows(MemberWarning, MemberWarning.member_id == user.id)],
        "flags_filed": [
            {"post": f"{f.kind} {f.post_id}", "reason": f.reason, "note": f.note,
             "quote": f.quote, "status": f.status, "created": _when(f.created_at)}
            for f in _rows(Flag, Flag.flagger_id == user.id)],
        "moderation_actions_about_you": [
            {"action": a.action, "reason": a.reason, "created": _when(a.created_at)}
            for a in _rows(ModerationAction, ModerationAction.target_type == "user",
                           ModerationAction.target_id == user.id)],
        "audit_events": [
            {"id": e.id, "action": e.action, "created": _when(e.created_at),
             "by_you": e.actor_id == user.id, "details": json.loads(e.details or "{}")}
            for e in _rows(AuditEvent, or_(
                AuditEvent.actor_id == user.id,
                (AuditEvent.target_type == "User") & (AuditEvent.target_id == str(user.id))))],
    }


def _mail_settings(user: User) -> dict | None:
    settings = db.session.get(MailSettings, user.id)
    return {"frequency": settings.frequency,
            "last_digest": _when(settings.last_digest_at)} if settings else None


def _application(application: Application) -> dict:
    return {
        "npi": application.npi, "license_state": application.license_state,
        "license_number": application.license_number, "first_name": application.first_name,
        "last_name": application.last_name, "specialty": application.specialty,
        "state": application.state, "registry_outcome": application.outcome,
        "message_from_the_admins": application.admin_message,
        "submitted": _when(application.submitted_at), "decided": _when(application.decided_at),
    }


def _case(case: Case) -> dict:
    return {"id": case.id, "status": case.status, "title": case.title, "body": case.body,
            "question": case.question, "timeline": case.timeline,
            "specialties": case.specialties, "age_band": case.age_band, "sex": case.sex,
            "setting": case.setting, "under_pseudonym": case.anonymous,
            "created": _when(case.created_at), "published": _when(case.published_at)}


def _reply(reply: Reply) -> dict:
    return {"id": reply.id, "case_id": reply.case_id, "parent_id": reply.parent_id,
            "status": reply.status, "body": reply.body, "under_pseudonym": reply.anonymous,
            "created": _when(reply.created_at), "published": _when(reply.published_at)}


@transition
def record_export(user: User) -> None:
    audit.record("account.data_exported", actor=user, target=user)


# --- closing an account ------------------------------------------------------------------------

@dataclass(frozen=True)
class Closure:
    withdrawn_cases: int
    withdrawn_replies: int
    kept_posts: int


_UNPUBLISHED = (State.DRAFT, State.IN_REVIEW)


def _withdraw_unpublished(user_id: int) -> tuple[int, int]:
    """Delete the member's drafts and posts waiting for review that no moderator acted on
    (nobody else has seen them). Dependent rows are deleted explicitly: SQLite does not
    enforce the foreign keys' ON DELETE CASCADE."""
    acted_on_cases = select(ModerationAction.target_id).where(
        ModerationAction.target_type == "case")
    acted_on_replies = select(ModerationAction.target_id).where(
        ModerationAction.target_type == "reply")
    case_ids = list(db.session.scalars(select(Case.id).where(
        Case.author_id == user_id, Case.status.in_(_UNPUBLISHED),
        Case.id.not_in(acted_on_cases), Case.id.not_in(select(Reply.case_id)))))
    reply_ids = list(db.session.scalars(select(Reply.id).where(
        Reply.author_id == user_id, Reply.status.in_(_UNPUBLISHED),
        Reply.id.not_in(acted_on_replies), Reply.id.not_in(
            select(Reply.parent_id).where(Reply.parent_id.is_not(None))))))
    for model, column in ((Dismissal, "case_id"), (Revision, "case_id"),
                          (CaseFollow, "case_id"), (CaseSpecialty, "case_id"),
                          (Flag, "case_id")):
        db.session.execute(delete(model).where(getattr(model, column).in_(case_ids)))
    for model in (Dismissal, Revision):
        db.session.execute(delete(model).where(model.reply_id.in_(reply_ids)))
    db.session.execute(delete(Flag).where(Flag.kind == "reply", Flag.post_id.in_(reply_ids)))
    figures.discard(figures.KIND, case_ids)  # their images, with every stored file
    figures.discard(figures.REPLY, reply_ids)
    db.session.execute(delete(Reply).where(Reply.id.in_(reply_ids)))
    db.session.execute(delete(Case).where(Case.id.in_(case_ids)))
    return len(case_ids), len(reply_ids)


def _active_admins() -> int:
    return db.session.scalar(select(func.count()).select_from(User).where(
        User.role == Role.ADMIN, User.status == Status.ACTIVE)) or 0


@transition
def close_account(user: User, actor: User, reason: str = "") -> Closure:
    """Close `user`'s account (the member themselves, or an admin erasing it on the member's
    request, with a reason). Sessions end at once; see the module docstring for what stays."""
    lock(user)
    if user.is_closed:
        raise PrivacyError("This account is already closed.")
    by_admin = actor.id != user.id
    if by_admin and not reason.strip():
        raise PrivacyError("Write why: whose request, when and how it reached you.",
                           field="reason")
    if user.role == Role.ADMIN and user.status == Status.ACTIVE and _active_admins() <= 1:
        raise PrivacyError("clinnet needs at least one admin: appoint another admin first.")
    old_email = user.email
    cases, replies = _withdraw_unpublished(user.id)
    kept = (db.session.scalar(select(func.count()).select_from(Case).where(
        Case.author_id == user.id)) or 0) + (db.session.scalar(
            select(func.count()).select_from(Reply).where(Reply.author_id == user.id)) or 0)
    for model, column in ((Notification, Notification.user_id),
                          (MailSettings, MailSettings.user_id),
                          (CaseFollow, CaseFollow.user_id),
                          (SpecialtySubscription, SpecialtySubscription.user_id),
                          (Application, Application.user_id),
                          (IdempotencyKey, IdempotencyKey.user_id)):
        db.session.execute(delete(model).where(column == user.id))
    sessions.delete_all(user)
    _anonymise(user)
    _unname_mentions(user)
    if by_admin:  # the reason is free text: the moderation log keeps it, the audit log cannot
        db.session.add(ModerationAction(moderator_id=actor.id, action="erase",
                                        target_type="user", target_id=user.id,
                                        reason=reason.strip()[:1000]))
    audit.record("account.closed", actor=actor, target=user, by_admin=by_admin,
                 withdrawn_cases=cases, withdrawn_replies=replies, kept_posts=kept)
    send_mail(old_email, "Your clinnet account is closed",
              ("An administrator closed your clinnet account, as you asked. " if by_admin else
               "Your clinnet account is closed. ") +
              "Your name, address and licence details are erased; posts you published stay, "
              "shown as \"Former member\". If you did not ask for this, contact the clinnet "
              "administrators at once.")
    return Closure(cases, replies, kept)


def _unname_mentions(user: User) -> None:
    """Render again the posts that mention the member (their Mention rows): the old handle no
    longer links and shows as "@former member" (cases.mentions.link), in the thread and in
    the search index. Each post's thread is locked first, cases before replies, by id."""
    posts_mentioning = []
    for kind, post_id in db.session.execute(select(Mention.post_kind, Mention.post_id)
                                            .where(Mention.user_id == user.id)):
        post = posts.get(kind, post_id)
        if post is not None:
            posts_mentioning.append(post)
    posts_mentioning.sort(key=lambda p: (p.case_id if isinstance(p, Reply) else p.id,
                                         isinstance(p, Reply), p.id))
    db.session.flush()  # the retired handle, for link() to find
    for post in posts_mentioning:
        posts.lock_post(post)
        visibility.render(post)
        visibility.reindex(post)


def _anonymise(user: User) -> None:
    user.status = Status.CLOSED
    user.closed_at = utcnow()
    user.email = f"closed-{user.id}@closed.invalid"  # unique, and never a mailbox
    user.password_hash = CLOSED_PASSWORD_HASH
    user.first_name = user.last_name = user.pseudonym = None
    user.role = Role.APPLICANT
    user.verified_at = user.last_login_at = None
    user.totp_secret = user.totp_last_counter = user.totp_enabled_at = None
    user.recovery_code_hashes = user.totp_pending_secret = user.totp_pending_at = None
    user.suspension_reason = user.suspended_until = user.suspended_at = None
    user.suspension_source = user.suspension_authority = user.suspended_by_id = None
    user.sign_in_alert_at = None
    if user.handle is not None and not user.handle.startswith("former."):
        user.handle = retired_handle(user.handle)  # made of the name; never given again
