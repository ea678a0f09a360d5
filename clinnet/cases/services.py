"""Case and reply life cycle behind the de-identification gate.

Each public function is one member action: it commits once, together with its audit event, or
raises (CaseError, GateBlocked) and leaves the database exactly as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from clinnet import audit
from clinnet.cases import gate, search
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
from clinnet.core.db import utcnow
from clinnet.core.rendering import render_markdown
from clinnet.core.routing import MAX_ID
from clinnet.core.specialties import SPECIALTIES, specialty_label
from clinnet.extensions import db
from clinnet.notifications import notify
from clinnet.transactions import transition

# Limits (also in README): generous for a case report, small enough to scan in milliseconds.
TITLE_MAX = 200
BODY_MAX = 20_000
QUESTION_MAX = 2_000
TIMELINE_MAX = 4_000
TIMELINE_LINES_MAX = 60
REPLY_MAX = 10_000
REASON_MAX = 500
# Replies nest to any depth a discussion needs, but each level adds 11 characters to the stored
# path: 200 levels keep a path (2,200 bytes) inside PostgreSQL's B-tree entry limit (~2,700) and
# stop one malicious chain from costing quadratic storage.
REPLY_DEPTH_MAX = 200
SPECIALTIES_MAX = 3
_TIMELINE_LINE = re.compile(r"^day\s+-?\d{1,5}\s*:\s*\S", re.IGNORECASE)


class CaseError(ValueError):
    """A request that cannot be carried out; the message is safe to show the member."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class GateBlocked(CaseError):
    """Open de-identification findings stop the action; `findings` says which and where."""

    def __init__(self, findings: list[gate.FieldFinding], fields: dict[str, str]):
        super().__init__(gate.summary(findings) + " Apply the suggested replacements, edit "
                         "the text, or dismiss a finding with a reason.")
        self.findings = findings
        self.fields = fields


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
    return CaseInput(title, body, question, timeline, specialties, data.age_band or None,
                     data.sex or None, data.setting or None, bool(data.anonymous))


def _clean_reply_body(body: str) -> str:
    body = gate.clean_text(body)
    if not body:
        raise CaseError("Write a reply first.", "body")
    if len(body) > REPLY_MAX:
        raise CaseError(f"Keep a reply to {REPLY_MAX:,} characters.", "body")
    return body


def reply_url(reply: Reply) -> str:
    """Where a reply is seen in context: on the case page while it is shallow enough to be
    shown there, else on its parent's "continue this thread" page; `reply=` opens the window
    of the thread that holds it (clinnet.cases.threads)."""
    if reply.parent_id is None or reply.depth < current_app.config["CASES_THREAD_DEPTH"]:
        return _case_url(reply.case_id, reply.id)
    return f"/cases/{reply.case_id}/replies/{reply.parent_id}?reply={reply.id}#r{reply.id}"


def _case_url(case_id: int, reply_id: int | None = None) -> str:
    # Plain paths (DESIGN.md fixes them), so services also run outside a request (CLI, demo).
    url = f"/cases/{case_id}"
    return f"{url}?reply={reply_id}#r{reply_id}" if reply_id else url


# --- cases -----------------------------------------------------------------------------------

def _assign(case: Case, data: CaseInput) -> None:
    case.title, case.body, case.question, case.timeline = (
        data.title, data.body, data.question, data.timeline)
    case.age_band, case.sex, case.setting, case.anonymous = (
        data.age_band, data.sex, data.setting, data.anonymous)
    case.body_html = render_markdown(case.body)
    case.question_html = render_markdown(case.question) if case.question else ""
    current = set(case.specialties)
    if current != set(data.specialties):
        case.specialty_rows = [CaseSpecialty(specialty=s) for s in data.specialties]
    case.updated_at = utcnow()


@transition
def create_case(author, data: CaseInput) -> Case:
    """Save a new draft (never visible to anyone but its author)."""
    data = _clean_case_input(data)
    case = Case(author_id=author.id, status=State.DRAFT, specialty_rows=[])
    db.session.add(case)
    _assign(case, data)
    audit.record("case.created", actor=author, target=case)
    return case


def dismissals_for(case: Case | None = None, reply: Reply | None = None) -> list[Dismissal]:
    stmt = select(Dismissal)
    stmt = stmt.where(Dismissal.case_id == case.id) if case is not None else \
        stmt.where(Dismissal.reply_id == reply.id)
    return list(db.session.scalars(stmt))


def case_findings(case: Case) -> list[gate.FieldFinding]:
    """Every finding in the stored text, dismissed ones marked."""
    return gate.scan_fields(case.text_fields(), dismissals_for(case=case))


def _apply_all_to(data: CaseInput) -> CaseInput:
    data.title = gate.apply_all(data.title)
    data.body = gate.apply_all(data.body)
    data.question = gate.apply_all(data.question)
    data.timeline = gate.apply_all(data.timeline)
    return data


@transition
def update_case(case: Case, actor, data: CaseInput, apply_suggestions: bool = False) -> Case:
    """Save the author's edit.

    A draft simply changes (its findings are shown on its page). A case waiting for review goes
    back to draft. A published case changes only if the new text has no finding at all:
    otherwise GateBlocked, and the published text stays as it was.
    """
    _require_author(case, actor)
    if case.status not in (State.DRAFT, State.IN_REVIEW, State.PUBLISHED):
        raise CaseError("This case can no longer be edited.")
    data = _clean_case_input(data)
    if apply_suggestions:
        data = _clean_case_input(_apply_all_to(data))
    if case.status == State.PUBLISHED:
        fields = {"title": data.title, "body": data.body, "question": data.question,
                  "timeline": data.timeline}
        findings = gate.scan_fields(fields)
        if findings:
            raise GateBlocked(findings, fields)
        db.session.add(Revision(case_id=case.id, editor_id=actor.id, title=case.title,
                                body=case.body, question=case.question, timeline=case.timeline))
        _assign(case, data)
        search.index_post("case", case.id, case.id, case.title, _case_search_text(case))
        audit.record("case.edited", actor=actor, target=case)
    else:
        if case.status == State.IN_REVIEW:
            case.status = State.DRAFT
        _assign(case, data)
        audit.record("case.draft_saved", actor=actor, target=case)
    return case


def _require_author(post, actor) -> None:
    if post.author_id != actor.id:
        raise CaseError("Only the author can change this post.")


def _replace_in_field(obj, field_name: str, start: int, end: int, expected: str) -> None:
    current = getattr(obj, field_name)
    updated = gate.apply_one(current, start, end, expected)
    if updated is None:
        raise CaseError("That text has changed since the page was shown; look at the "
                        "highlighted findings again.")
    setattr(obj, field_name, updated)


@transition
def apply_suggestion(case: Case, actor, field_name: str | None, start: int | None = None,
                     end: int | None = None, expected: str | None = None) -> None:
    """Replace one finding (or, with no field, every open finding) by its suggestion."""
    _require_author(case, actor)
    if case.status not in (State.DRAFT, State.IN_REVIEW):
        raise CaseError("Suggestions apply to drafts; edit a published case instead.")
    if field_name is None:
        dismissed = dismissals_for(case=case)
        for name in case.text_fields():
            keys = {(d.category, d.text) for d in dismissed if d.field == name}
            setattr(case, name, gate.apply_all(getattr(case, name), keys))
    else:
        if field_name not in case.text_fields():
            raise CaseError("Unknown field.")
        _replace_in_field(case, field_name, start, end, expected or "")
    if len(case.title) > TITLE_MAX:
        case.title = case.title[:TITLE_MAX]
    case.status = State.DRAFT
    case.body_html = render_markdown(case.body)
    case.question_html = render_markdown(case.question) if case.question else ""
    case.updated_at = utcnow()
    audit.record("case.suggestion_applied", actor=actor, target=case, field=field_name or "all")


def _dismiss(actor, field_name, category, text, reason, fields, **owner) -> None:
    reason = " ".join((reason or "").split())
    if not reason:
        raise CaseError("Say why this is not an identifier; a moderator will read it.", "reason")
    if len(reason) > REASON_MAX:
        raise CaseError(f"Keep the reason to {REASON_MAX} characters.", "reason")
    known = {(f.field, f.finding.category, f.finding.text) for f in gate.scan_fields(fields)}
    if (field_name, category, text) not in known:
        raise CaseError("That finding is no longer in the text.")
    db.session.add(Dismissal(user_id=actor.id, field=field_name, category=category,
                             text=text[:500], reason=reason, **owner))


@transition
def dismiss_case_finding(case: Case, actor, field_name: str, category: str, text: str,
                         reason: str) -> None:
    """Keep a flagged text, with a reason; the case will then need a moderator's approval."""
    _require_author(case, actor)
    if case.status not in (State.DRAFT, State.IN_REVIEW):
        raise CaseError("Findings are dismissed on drafts only.")
    _dismiss(actor, field_name, category, text, reason, case.text_fields(), case_id=case.id)
    case.status = State.DRAFT
    audit.record("finding.dismissed", actor=actor, target=case, field=field_name,
                 category=category)


def _case_search_text(case: Case) -> str:
    return "\n".join(part for part in (case.body, case.question, case.timeline) if part)


@transition
def publish_case(case: Case, actor, attested: bool) -> str:
    """Publish a draft, or send it to review; returns the new state.

    The stored text is scanned again here, so what becomes visible is exactly what was scanned.
    """
    _require_author(case, actor)
    if case.status != State.DRAFT:
        raise CaseError("Only a draft can be published.")
    findings = case_findings(case)
    still_open = gate.open_findings(findings)
    if still_open:
        raise GateBlocked(still_open, case.text_fields())
    if not attested:
        raise CaseError("Confirm that the patient cannot be identified from this case.",
                        "attest")
    now = utcnow()
    case.attested_at = now
    case.review_note = None
    if findings or current_app.config["CASES_REVIEW_ALL"]:
        case.status = State.IN_REVIEW
        audit.record("case.submitted_for_review", actor=actor, target=case,
                     dismissed=len(findings))
    else:
        _make_case_visible(case, now)
        audit.record("case.published", actor=actor, target=case)
    return case.status


def _make_case_visible(case: Case, now) -> None:
    case.status = State.PUBLISHED
    case.published_at = case.published_at or now
    case.last_activity_at = now
    search.index_post("case", case.id, case.id, case.title, _case_search_text(case))
    if not _is_following(case.author_id, case.id):  # authors hear about activity on their case
        db.session.add(CaseFollow(user_id=case.author_id, case_id=case.id))
    subscribers = db.session.scalars(
        select(SpecialtySubscription.user_id).distinct()
        .where(SpecialtySubscription.specialty.in_(case.specialties),
               SpecialtySubscription.user_id != case.author_id))
    label = specialty_label(case.specialties[0]) if case.specialties else "your specialties"
    for user_id in subscribers:
        notify(user_id, "case.new_in_specialty", f"New case #{case.id} in {label}",
               _case_url(case.id))


@transition
def review_case(case: Case, actor, approve: bool, note: str = "") -> None:
    """A moderator approves (publishes) or returns (to draft) a case waiting for review."""
    if case.status != State.IN_REVIEW:
        raise CaseError("This case is not waiting for review.")
    note = " ".join((note or "").split())[:500]
    if approve:
        _make_case_visible(case, utcnow())
        notify(case.author_id, "case.approved", f"Your case #{case.id} was approved and "
               "published", _case_url(case.id))
        audit.record("case.approved", actor=actor, target=case)
    else:
        if not note:
            raise CaseError("Tell the author what to change.", "note")
        case.status = State.DRAFT
        case.review_note = note
        notify(case.author_id, "case.returned", f"Your case #{case.id} was returned by a "
               "moderator", _case_url(case.id))
        audit.record("case.returned", actor=actor, target=case)


_MODERATION_STATES = (State.PUBLISHED, State.HIDDEN, State.REMOVED)


@transition
def moderate_case(case: Case, actor, state: str, reason: str) -> None:
    """Hide, restore or remove a case (for the moderation feature); keeps search in step."""
    if state not in _MODERATION_STATES or case.status not in _MODERATION_STATES:
        raise CaseError("That change is not possible for this case.")
    if case.status == State.REMOVED:
        raise CaseError("A removed case stays removed.")
    previous, case.status = case.status, state
    if state == State.PUBLISHED:
        search.index_post("case", case.id, case.id, case.title, _case_search_text(case))
        for reply in db.session.scalars(select(Reply).where(
                Reply.case_id == case.id, Reply.status == State.PUBLISHED)):
            search.index_post("reply", reply.id, case.id, "", reply.body)
    else:
        search.unindex_case(case.id)
    audit.record(f"case.{state}", actor=actor, target=case, previous=previous)


@transition
def moderate_reply(reply: Reply, actor, state: str, reason: str) -> None:
    """Hide, restore or remove a reply; the thread keeps a placeholder in its place."""
    if state not in _MODERATION_STATES or reply.status not in _MODERATION_STATES:
        raise CaseError("That change is not possible for this reply.")
    if reply.status == State.REMOVED:
        raise CaseError("A removed reply stays removed.")
    previous, reply.status = reply.status, state
    delta = (state == State.PUBLISHED) - (previous == State.PUBLISHED)
    if delta:
        db.session.execute(update(Case).where(Case.id == reply.case_id).values(
            reply_count=Case.reply_count + delta))
    if state == State.PUBLISHED and reply.case.status == State.PUBLISHED:
        search.index_post("reply", reply.id, reply.case_id, "", reply.body)
    else:
        search.unindex_post("reply", reply.id)
    audit.record(f"reply.{state}", actor=actor, target=reply, previous=previous)


def review_count() -> int:
    """Cases and replies waiting for a moderator."""
    cases = select(func.count()).select_from(Case).where(Case.status == State.IN_REVIEW)
    replies = select(func.count()).select_from(Reply).where(Reply.status == State.IN_REVIEW)
    return (db.session.scalar(cases) or 0) + (db.session.scalar(replies) or 0)


def in_review(limit: int = 100) -> tuple[list[Case], list[Reply]]:
    cases = db.session.scalars(select(Case).where(Case.status == State.IN_REVIEW)
                               .order_by(Case.updated_at).limit(limit))
    replies = db.session.scalars(select(Reply).where(Reply.status == State.IN_REVIEW)
                                 .order_by(Reply.updated_at).limit(limit))
    return list(cases), list(replies)


# --- replies ---------------------------------------------------------------------------------

@transition
def post_reply(case: Case, actor, body: str, parent_id: int | None = None,
               anonymous: bool = False) -> Reply:
    """Reply to a published case or to one of its published replies.

    Clean text is published at once. Text with findings is kept as the author's draft reply
    (visible to them alone), to fix on its own page.
    """
    if case.status != State.PUBLISHED:
        raise CaseError("You can reply only to a published case.")
    body = _clean_reply_body(body)
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
    reply = Reply(case_id=case.id, parent_id=parent_id, author_id=actor.id,
                  anonymous=bool(anonymous), body=body, body_html=render_markdown(body),
                  status=State.DRAFT, depth=(parent.depth + 1) if parent else 0,
                  created_at=now, updated_at=now)
    db.session.add(reply)
    db.session.flush()
    reply.path = (parent.path if parent else "") + f"{reply.id:010d}/"
    if gate.scan_fields(reply.text_fields()):
        audit.record("reply.draft_saved", actor=actor, target=reply)
    elif current_app.config["CASES_REVIEW_ALL"]:
        reply.status = State.IN_REVIEW
        audit.record("reply.submitted_for_review", actor=actor, target=reply)
    else:
        _make_reply_visible(reply, case, parent, now)
        audit.record("reply.published", actor=actor, target=reply)
    return reply


def reply_findings(reply: Reply) -> list[gate.FieldFinding]:
    return gate.scan_fields(reply.text_fields(), dismissals_for(reply=reply))


def _make_reply_visible(reply: Reply, case: Case, parent: Reply | None, now) -> None:
    reply.status = State.PUBLISHED
    reply.published_at = now
    db.session.execute(update(Case).where(Case.id == case.id).values(
        reply_count=Case.reply_count + 1, last_activity_at=now))
    search.index_post("reply", reply.id, case.id, "", reply.body)
    name = reply.author_name
    url = reply_url(reply)
    told = {reply.author_id}
    if case.author_id not in told:
        notify(case.author_id, "reply.to_case", f"{name} replied to your case #{case.id}", url)
        told.add(case.author_id)
    if parent is not None and parent.author_id not in told:
        notify(parent.author_id, "reply.to_reply",
               f"{name} replied to your reply on case #{case.id}", url)
        told.add(parent.author_id)
    followers = db.session.scalars(select(CaseFollow.user_id).where(
        CaseFollow.case_id == case.id, CaseFollow.user_id.not_in(told)))
    for user_id in followers:
        notify(user_id, "case.activity", f"New reply on case #{case.id}, which you follow", url)


@transition
def apply_reply_suggestion(reply: Reply, actor, start: int | None = None,
                           end: int | None = None, expected: str | None = None) -> None:
    _require_author(reply, actor)
    if reply.status not in (State.DRAFT, State.IN_REVIEW):
        raise CaseError("Suggestions apply to replies that are not yet posted.")
    if start is None:
        keys = {(d.category, d.text) for d in dismissals_for(reply=reply)}
        reply.body = gate.apply_all(reply.body, keys)
    else:
        _replace_in_field(reply, "body", start, end, expected or "")
    reply.status = State.DRAFT
    reply.body_html = render_markdown(reply.body)
    reply.updated_at = utcnow()
    audit.record("reply.suggestion_applied", actor=actor, target=reply)


@transition
def dismiss_reply_finding(reply: Reply, actor, category: str, text: str, reason: str) -> None:
    _require_author(reply, actor)
    if reply.status not in (State.DRAFT, State.IN_REVIEW):
        raise CaseError("Findings are dismissed on replies that are not yet posted.")
    _dismiss(actor, "body", category, text, reason, reply.text_fields(), reply_id=reply.id)
    reply.status = State.DRAFT
    audit.record("finding.dismissed", actor=actor, target=reply, field="body",
                 category=category)


@transition
def publish_reply(reply: Reply, actor) -> str:
    """Post a draft reply once no finding is open (or send it to review if one was dismissed)."""
    _require_author(reply, actor)
    if reply.status != State.DRAFT:
        raise CaseError("This reply is already posted.")
    case = reply.case
    if case.status != State.PUBLISHED:
        raise CaseError("You can reply only to a published case.")
    parent = db.session.get(Reply, reply.parent_id) if reply.parent_id else None
    if parent is not None and parent.status != State.PUBLISHED:
        raise CaseError("That reply can no longer be answered.")
    findings = reply_findings(reply)
    still_open = gate.open_findings(findings)
    if still_open:
        raise GateBlocked(still_open, reply.text_fields())
    if findings or current_app.config["CASES_REVIEW_ALL"]:
        reply.status = State.IN_REVIEW
        audit.record("reply.submitted_for_review", actor=actor, target=reply)
    else:
        _make_reply_visible(reply, case, parent, utcnow())
        audit.record("reply.published", actor=actor, target=reply)
    return reply.status


@transition
def review_reply(reply: Reply, actor, approve: bool) -> None:
    """A moderator approves (posts) or returns (to the author's drafts) a reply in review."""
    if reply.status != State.IN_REVIEW:
        raise CaseError("This reply is not waiting for review.")
    if approve:
        parent = db.session.get(Reply, reply.parent_id) if reply.parent_id else None
        _make_reply_visible(reply, reply.case, parent, utcnow())
        audit.record("reply.approved", actor=actor, target=reply)
    else:
        reply.status = State.DRAFT
        notify(reply.author_id, "reply.returned",
               f"Your reply on case #{reply.case_id} was returned by a moderator",
               f"/replies/{reply.id}/edit")
        audit.record("reply.returned", actor=actor, target=reply)


@transition
def edit_reply(reply: Reply, actor, body: str, apply_suggestions: bool = False) -> Reply:
    """Change a reply. A posted reply changes only to text without findings; its old text is
    kept as a revision."""
    _require_author(reply, actor)
    if reply.status not in (State.DRAFT, State.IN_REVIEW, State.PUBLISHED):
        raise CaseError("This reply can no longer be edited.")
    body = _clean_reply_body(body)
    if apply_suggestions:
        body = _clean_reply_body(gate.apply_all(body))
    if reply.status == State.PUBLISHED:
        findings = gate.scan_fields({"body": body})
        if findings:
            raise GateBlocked(findings, {"body": body})
        db.session.add(Revision(reply_id=reply.id, editor_id=actor.id, body=reply.body))
        search.index_post("reply", reply.id, reply.case_id, "", body)
        audit.record("reply.edited", actor=actor, target=reply)
    else:
        reply.status = State.DRAFT
        audit.record("reply.draft_saved", actor=actor, target=reply)
    reply.body = body
    reply.body_html = render_markdown(body)
    reply.updated_at = utcnow()
    return reply


@transition
def delete_reply(reply: Reply, actor) -> None:
    """The author deletes a reply: a "[deleted]" placeholder keeps the thread's shape; the text
    stays in the revision history for moderators."""
    _require_author(reply, actor)
    if reply.status == State.DRAFT:
        reply_id = reply.id
        db.session.execute(delete(Dismissal).where(Dismissal.reply_id == reply_id))
        db.session.delete(reply)
        audit.record("reply.draft_deleted", actor=actor, reply_id=reply_id)
        return
    if reply.status not in (State.PUBLISHED, State.IN_REVIEW):
        raise CaseError("This reply can no longer be deleted.")
    was_visible = reply.status == State.PUBLISHED
    db.session.add(Revision(reply_id=reply.id, editor_id=actor.id, body=reply.body))
    reply.status = State.DELETED
    reply.body, reply.body_html = "", ""
    reply.updated_at = utcnow()
    search.unindex_post("reply", reply.id)
    if was_visible:
        db.session.execute(update(Case).where(Case.id == reply.case_id).values(
            reply_count=Case.reply_count - 1))
    audit.record("reply.deleted", actor=actor, target=reply)


def revisions_of(case: Case | None = None, reply: Reply | None = None) -> list[Revision]:
    stmt = select(Revision).order_by(Revision.created_at.desc(), Revision.id.desc())
    stmt = stmt.where(Revision.case_id == case.id) if case is not None else \
        stmt.where(Revision.reply_id == reply.id)
    return list(db.session.scalars(stmt))


def has_voted_case(viewer, case: Case) -> bool:
    return db.session.get(CaseVote, (viewer.id, case.id)) is not None


def _is_following(user_id: int, case_id: int) -> bool:
    return db.session.get(CaseFollow, (user_id, case_id)) is not None


def is_following(viewer, case: Case) -> bool:
    return _is_following(viewer.id, case.id)


# --- votes, follows, subscriptions -----------------------------------------------------------

def _add_vote(row, target_model, target_id) -> None:
    try:
        with db.session.begin_nested():
            db.session.add(row)
    except IntegrityError as exc:
        raise CaseError("You have already marked this helpful.") from exc
    db.session.execute(update(target_model).where(target_model.id == target_id).values(
        helpful_count=target_model.helpful_count + 1))


@transition
def vote_case(case: Case, actor) -> None:
    """One "helpful" per member per post, never on one's own."""
    if case.status != State.PUBLISHED:
        raise CaseError("Only published cases can be marked helpful.")
    if case.author_id == actor.id:
        raise CaseError("You cannot mark your own case helpful.")
    if has_voted_case(actor, case):
        raise CaseError("You have already marked this helpful.")
    _add_vote(CaseVote(user_id=actor.id, case_id=case.id), Case, case.id)


@transition
def vote_reply(reply: Reply, actor) -> None:
    if reply.status != State.PUBLISHED or reply.case.status != State.PUBLISHED:
        raise CaseError("Only posted replies can be marked helpful.")
    if reply.author_id == actor.id:
        raise CaseError("You cannot mark your own reply helpful.")
    if db.session.get(ReplyVote, (actor.id, reply.id)) is not None:
        raise CaseError("You have already marked this helpful.")
    _add_vote(ReplyVote(user_id=actor.id, reply_id=reply.id, case_id=reply.case_id), Reply,
              reply.id)


@transition
def toggle_follow(case: Case, actor) -> bool:
    """Follow or unfollow a case; returns whether the member now follows it."""
    existing = db.session.get(CaseFollow, (actor.id, case.id))
    if existing is None:
        db.session.add(CaseFollow(user_id=actor.id, case_id=case.id))
    else:
        db.session.delete(existing)
    return existing is None


def subscriptions(user) -> set[str]:
    return set(db.session.scalars(select(SpecialtySubscription.specialty)
                                  .where(SpecialtySubscription.user_id == user.id)))


@transition
def set_subscriptions(user, specialties: list[str]) -> None:
    """Replace the specialties whose new cases the member is told about."""
    wanted = {s for s in specialties if s in SPECIALTIES}
    if len(set(specialties)) != len(wanted):
        raise CaseError("Unknown specialty.", "specialties")
    db.session.execute(delete(SpecialtySubscription)
                       .where(SpecialtySubscription.user_id == user.id))
    db.session.add_all(SpecialtySubscription(user_id=user.id, specialty=s) for s in wanted)


# --- feed ------------------------------------------------------------------------------------

FEED_SORTS = ("newest", "active", "unanswered")


def feed(sort: str = "newest", specialty: str | None = None, page: int = 1,
         page_size: int = 20) -> tuple[list[Case], bool]:
    """Published cases, a page at a time; returns (cases, whether there is a next page)."""
    stmt = select(Case).where(Case.status == State.PUBLISHED)
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
