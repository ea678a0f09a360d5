"""Cases and replies: what their forms hold, where a reply sits in its thread, votes, follows,
subscriptions and the feed. The life cycle they share (gate, publish, review) is `posts`; what
follows from visibility is `visibility`.

Each public function that changes state is a transition (clinnet.transactions): it writes its
changes with their audit event, or raises CaseError and leaves nothing behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import delete, func, select, update

from clinnet import audit
from clinnet.cases import figures, gate, polls, posts, visibility
from clinnet.cases.models import (
    AGE_BANDS,
    SETTINGS,
    SEXES,
    Case,
    CaseFollow,
    CaseSpecialty,
    CaseVote,
    Dismissal,
    Reply,
    ReplyVote,
    Revision,
    SpecialtySubscription,
    State,
)
from clinnet.cases.posts import CaseError, GateBlocked, StaleContent
from clinnet.core.db import utcnow
from clinnet.core.routing import MAX_ID
from clinnet.core.specialties import SPECIALTIES
from clinnet.extensions import db
from clinnet.transactions import insert_ignore, lock, transition

__all__ = ["CaseError", "GateBlocked", "StaleContent"]

# Limits (also in docs/cases.md): generous for a case report, small enough to scan in milliseconds.
TITLE_MAX = 200
BODY_MAX = 20_000
QUESTION_MAX = 2_000
TIMELINE_MAX = 4_000
TIMELINE_LINES_MAX = 60
REPLY_MAX = 10_000
REASON_MAX = posts.REASON_MAX
# Replies nest to any depth a discussion needs, but each level adds 11 characters to the stored
# path: 200 levels keep a path (2,200 bytes) inside PostgreSQL's B-tree entry limit (~2,700) and
# stop one malicious chain from costing quadratic storage.
REPLY_DEPTH_MAX = 200
SPECIALTIES_MAX = 3
_TIMELINE_LINE = re.compile(r"^day\s+-?\d{1,5}\s*:\s*\S", re.IGNORECASE)

reply_url = visibility.reply_url
findings = posts.findings


@dataclass
class CaseInput:
    title: str = ""
    body: str = ""
    question: str = ""
    timeline: str = ""
    specialties: list[str] = field(default_factory=list)
    age_band: str | None = None
    sex: str | None = None
    setting: str | None = None
    anonymous: bool = False
    poll_question: str = ""
    poll_options: str = ""  # one option a line
    poll_days: int | None = None


def _clean_case_input(data: CaseInput) -> CaseInput:
    title = " ".join(gate.clean_text(data.title).split())
    body = gate.clean_text(data.body)
    question = gate.clean_text(data.question)
    timeline = "\n".join(line.strip() for line in gate.clean_text(data.timeline).splitlines()
                         if line.strip())
    if not title:
        raise CaseError("Give the case a title.", "title")
    if len(title) > TITLE_MAX:
        raise CaseError(f"Keep the title to {TITLE_MAX} characters.", "title")
    if not body:
        raise CaseError("Describe the case.", "body")
    if len(body) > BODY_MAX:
        raise CaseError(f"Keep the description to {BODY_MAX:,} characters.", "body")
    if len(question) > QUESTION_MAX:
        raise CaseError(f"Keep the question to {QUESTION_MAX:,} characters.", "question")
    lines = timeline.splitlines()
    if len(timeline) > TIMELINE_MAX or len(lines) > TIMELINE_LINES_MAX:
        raise CaseError(f"Keep the timeline to {TIMELINE_LINES_MAX} lines and "
                        f"{TIMELINE_MAX:,} characters.", "timeline")
    for line in lines:
        if not _TIMELINE_LINE.match(line):
            raise CaseError("Write each timeline line as “day N: what happened”, counting days "
                            f"from presentation (day 0), never a date. Not: “{line[:60]}”.",
                            "timeline")
    specialties = list(dict.fromkeys(data.specialties))
    if not specialties:
        raise CaseError("Choose at least one specialty.", "specialty")
    if len(specialties) > SPECIALTIES_MAX:
        raise CaseError(f"Choose at most {SPECIALTIES_MAX} specialties.", "specialty")
    unknown = [s for s in specialties if s not in SPECIALTIES]
    if unknown:
        raise CaseError(f"Unknown specialty: {unknown[0][:40]}.", "specialty")
    for value, allowed, name in ((data.age_band, AGE_BANDS, "age_band"),
                                 (data.sex, SEXES, "sex"), (data.setting, SETTINGS, "setting")):
        if value and value not in allowed:
            raise CaseError("Choose one of the listed values.", name)
    poll = polls.clean(gate.clean_text(data.poll_question), gate.clean_text(data.poll_options),
                       data.poll_days)
    return CaseInput(title, body, question, timeline, specialties, data.age_band or None,
                     data.sex or None, data.setting or None, bool(data.anonymous), *poll)


def _clean_reply_body(body: str) -> str:
    body = gate.clean_text(body)
    if not body:
        raise CaseError("Write a reply first.", "body")
    if len(body) > REPLY_MAX:
        raise CaseError(f"Keep a reply to {REPLY_MAX:,} characters.", "body")
    return body


# --- cases -----------------------------------------------------------------------------------

def case_text(data: CaseInput) -> dict[str, str]:
    """The text fields of a case form, as the gate reads them."""
    return _text_of(data)


def _text_of(data: CaseInput) -> dict[str, str]:
    return {"title": data.title, "body": data.body, "question": data.question,
            "timeline": data.timeline, "poll_question": data.poll_question,
            "poll_options": data.poll_options}


def _assign_details(case: Case, data: CaseInput) -> None:
    case.age_band, case.sex, case.setting, case.anonymous = (
        data.age_band, data.sex, data.setting, data.anonymous)
    case.poll_days = data.poll_days
    if set(case.specialties) != set(data.specialties):
        case.specialty_rows = [CaseSpecialty(specialty=s) for s in data.specialties]


def _with_suggestions(data: CaseInput) -> CaseInput:
    formats = Case.text_formats()
    for name, text in _text_of(data).items():
        setattr(data, name, gate.apply_all(text, formats[name]))
    return _clean_case_input(data)


@transition
def create_case(author, data: CaseInput) -> Case:
    """Save a new draft (never visible to anyone but its author)."""
    data = _clean_case_input(data)
    case = Case(author_id=author.id, status=State.DRAFT, specialty_rows=[], version=0,
                **_text_of(data))
    _assign_details(case, data)
    db.session.add(case)
    db.session.flush()
    posts.text_changed(case)
    audit.record("case.created", actor=author, target=case)
    return case


@transition
def update_case(case: Case, actor, data: CaseInput, apply_suggestions: bool = False,
                version: int | None = None) -> Case:
    """Save the author's edit of the form (see posts.change_text for what it means per state)."""
    posts.lock_post(case)
    data = _clean_case_input(data)
    if apply_suggestions:
        data = _with_suggestions(data)
    polls.refuse_changed_options(case, data.poll_question, data.poll_options)
    posts.change_text(case, actor, _text_of(data), version)
    _assign_details(case, data)
    return case


def case_findings(case: Case) -> list[gate.FieldFinding]:
    return posts.findings(case)


# --- replies ---------------------------------------------------------------------------------

def quote(reply: Reply) -> str:
    """A Markdown quote of a published reply as members read it (already scanned), with a
    link to it, to start an answer with; the answer is scanned again when posted."""
    if not visibility.members_see(reply):
        return ""
    shown = gate.view(reply.body, "markdown").text.strip()
    lines = "\n".join(f"> {line}".rstrip() for line in shown.splitlines())
    link = visibility.case_url(reply.case_id, reply.id)
    return f"> **{reply.author_name}** [wrote]({link}):\n{lines}\n\n"


OWN_PSEUDONYMOUS_CASE = (
    "You posted this case under a pseudonym: a reply under your name would show colleagues "
    "that the case is yours. Tick “Reply under my pseudonym”, or “Show my name anyway”.")


@transition
def post_reply(case: Case, actor, body: str, parent_id: int | None = None,
               anonymous: bool = False, reveal: bool = False, update: bool = False,
               draft: bool = False) -> Reply:
    """Reply to a published case or to one of its published replies.

    Clean text is published at once. Text with findings, or a reply the author keeps as a
    `draft` (to add images to it first), is the author's draft reply (visible to them
    alone), finished and posted from its own page. In their own pseudonymous case an author
    replies under the pseudonym unless they say (`reveal`) that colleagues may learn the case
    is theirs.
    """
    body = _clean_reply_body(body)
    posts.lock_post(case)
    if case.status != State.PUBLISHED:
        raise CaseError("You can reply only to a published case.")
    if update:
        # The author's update (cases/outcomes.py): top-level, under the case's own name.
        if case.author_id != actor.id:
            raise CaseError("Only the case's author posts updates.")
        parent_id, anonymous, reveal = None, case.anonymous, True
    if case.author_id == actor.id and case.anonymous and not anonymous and not reveal:
        raise CaseError(OWN_PSEUDONYMOUS_CASE, "anonymous")
    parent = None
    if parent_id is not None:
        parent = db.session.get(Reply, parent_id) if 0 < parent_id <= MAX_ID else None
        if parent is None or parent.case_id != case.id:
            raise CaseError("The reply you are answering is not part of this case.", "parent_id")
        if parent.status != State.PUBLISHED:
            raise CaseError("That reply can no longer be answered.", "parent_id")
        if parent.depth + 1 >= REPLY_DEPTH_MAX:
            raise CaseError("This thread is as deep as it can go; reply further up.",
                            "parent_id")
    now = utcnow()
    reply = Reply(case_id=case.id, case=case, parent_id=parent_id, author_id=actor.id,
                  anonymous=bool(anonymous), body=body, status=State.DRAFT, version=0,
                  is_update=update,
                  depth=(parent.depth + 1) if parent else 0, created_at=now, updated_at=now)
    db.session.add(reply)
    db.session.flush()
    reply.path = (parent.path if parent else "") + f"{reply.id:010d}/"
    posts.text_changed(reply)
    reply.updated_at = now
    if draft or posts.findings(reply):
        audit.record("reply.draft_saved", actor=actor, target=reply)
    elif current_app.config["CASES_REVIEW_ALL"]:
        reply.status = State.IN_REVIEW
        audit.record("reply.submitted_for_review", actor=actor, target=reply)
    else:
        visibility.publish(reply, now)
        audit.record("reply.published", actor=actor, target=reply)
    return reply


def reply_findings(reply: Reply) -> list[gate.FieldFinding]:
    return posts.findings(reply)


@transition
def edit_reply(reply: Reply, actor, body: str, apply_suggestions: bool = False,
               version: int | None = None) -> Reply:
    """Change a reply. A posted reply changes only to text without findings; its old text is
    kept as a revision."""
    posts.lock_post(reply)
    body = _clean_reply_body(body)
    if apply_suggestions:
        body = _clean_reply_body(gate.apply_all(body, "markdown"))
    posts.change_text(reply, actor, {"body": body}, version)
    return reply


@transition
def delete_reply(reply: Reply, actor) -> None:
    """The author deletes a reply: a "[deleted]" placeholder keeps the thread's shape; the text
    stays in the revision history for moderators."""
    posts.lock_post(reply)
    posts.require_author(reply, actor)
    if reply.status == State.DRAFT:
        reply_id = reply.id
        db.session.execute(delete(Dismissal).where(Dismissal.reply_id == reply_id))
        figures.discard(figures.REPLY, [reply_id])
        db.session.delete(reply)
        audit.record("reply.draft_deleted", actor=actor, reply_id=reply_id)
        return
    if reply.status not in (State.PUBLISHED, State.IN_REVIEW):
        raise CaseError("This reply can no longer be deleted.")
    posts.keep_revision(reply, actor)
    reply.body, reply.body_html = "", ""
    visibility.set_status(reply, State.DELETED)
    reply.version += 1
    reply.updated_at = utcnow()
    audit.record("reply.deleted", actor=actor, target=reply)


def revisions_of(post) -> list[Revision]:
    owner = Revision.case_id if isinstance(post, Case) else Revision.reply_id
    return list(db.session.scalars(select(Revision).where(owner == post.id)
                                   .order_by(Revision.created_at.desc(), Revision.id.desc())))


def review_count() -> int:
    """Cases and replies waiting for a moderator."""
    cases = select(func.count()).select_from(Case).where(Case.status == State.IN_REVIEW)
    replies = select(func.count()).select_from(Reply).where(Reply.status == State.IN_REVIEW)
    return (db.session.scalar(cases) or 0) + (db.session.scalar(replies) or 0)


# --- votes, follows, subscriptions -----------------------------------------------------------

def has_voted_case(viewer, case: Case) -> bool:
    return db.session.get(CaseVote, (viewer.id, case.id)) is not None


def is_following(viewer, case: Case) -> bool:
    return db.session.get(CaseFollow, (viewer.id, case.id)) is not None


def _vote(post, actor, vote_model, helpful: bool, **key) -> None:
    """One "helpful" per member per post, never on one's own, and undone as easily. The
    request says the state it wants, so a double click or two tabs end where the member meant;
    the count moves only when the vote row really appeared or went."""
    lock(post)
    if not visibility.members_see(post):
        raise CaseError(f"Only published {post.kind}s can be marked helpful.")
    if post.author_id == actor.id:
        raise CaseError(f"You cannot mark your own {post.kind} helpful.")
    if helpful:
        changed = insert_ignore(vote_model, user_id=actor.id, **key)
    else:
        deleted = db.session.execute(
            delete(vote_model).where(vote_model.user_id == actor.id,
                                     *(getattr(vote_model, k) == v for k, v in key.items()))
            .returning(vote_model.user_id)).first()
        changed = deleted is not None
    if changed:
        model = type(post)
        db.session.execute(update(model).where(model.id == post.id).values(
            helpful_count=model.helpful_count + (1 if helpful else -1)))


@transition
def vote_case(case: Case, actor, helpful: bool = True) -> None:
    _vote(case, actor, CaseVote, helpful, case_id=case.id)


@transition
def vote_reply(reply: Reply, actor, helpful: bool = True) -> None:
    _vote(reply, actor, ReplyVote, helpful, reply_id=reply.id, case_id=reply.case_id)


@transition
def set_follow(case: Case, actor, follow: bool) -> None:
    """Follow or stop following a case. Setting a state (not toggling it) means a double
    click, or two tabs, end where the member meant."""
    if follow:
        insert_ignore(CaseFollow, user_id=actor.id, case_id=case.id)
    else:
        db.session.execute(delete(CaseFollow).where(CaseFollow.user_id == actor.id,
                                                    CaseFollow.case_id == case.id))


def subscriptions(user) -> set[str]:
    return set(db.session.scalars(select(SpecialtySubscription.specialty)
                                  .where(SpecialtySubscription.user_id == user.id)))


@transition
def set_subscriptions(user, specialties: list[str]) -> None:
    """Replace the specialties whose new cases the member is told about."""
    wanted = {s for s in specialties if s in SPECIALTIES}
    if len(set(specialties)) != len(wanted):
        raise CaseError("Unknown specialty.", "specialties")
    lock(user)  # two saves at once: one replaces the other, not both inserted
    db.session.execute(delete(SpecialtySubscription)
                       .where(SpecialtySubscription.user_id == user.id))
    db.session.add_all(SpecialtySubscription(user_id=user.id, specialty=s) for s in wanted)


# --- feed ------------------------------------------------------------------------------------

FEED_SORTS = ("newest", "active", "unanswered")


FEED_OUTCOMES = ("open", "resolved")


def feed(sort: str = "newest", specialty: str | None = None, page: int = 1,
         page_size: int = 20, outcome: str | None = None) -> tuple[list[Case], bool]:
    """Published cases, a page at a time; returns (cases, whether there is a next page).
    `outcome` keeps only open or only resolved cases."""
    stmt = select(Case).where(Case.status == State.PUBLISHED)
    if outcome == "resolved":
        stmt = stmt.where(Case.resolved_at.is_not(None))
    elif outcome == "open":
        stmt = stmt.where(Case.resolved_at.is_(None))
    if specialty:
        stmt = stmt.where(Case.id.in_(select(CaseSpecialty.case_id)
                                      .where(CaseSpecialty.specialty == specialty)))
    if sort == "active":
        stmt = stmt.order_by(Case.last_activity_at.desc(), Case.id.desc())
    else:
        if sort == "unanswered":
            stmt = stmt.where(Case.reply_count == 0)
        stmt = stmt.order_by(Case.published_at.desc(), Case.id.desc())
    page = max(page, 1)
    rows = list(db.session.scalars(stmt.limit(page_size + 1).offset((page - 1) * page_size)))
    return rows[:page_size], len(rows) > page_size


def my_drafts(user) -> list[Case]:
    return list(db.session.scalars(
        select(Case).where(Case.author_id == user.id,
                           Case.status.in_((State.DRAFT, State.IN_REVIEW)))
        .order_by(Case.updated_at.desc()).limit(50)))
