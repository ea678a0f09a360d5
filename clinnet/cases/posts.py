"""One life cycle for every kind of post (a case, a reply): draft -> scan -> fix or dismiss ->
publish or review -> visible / hidden / removed / deleted (DESIGN.md "One post life cycle").

Every transition locks the thread (the case row, then the post) and checks the state again
after the lock; a form that acts on a post's text carries the `version` it showed, and a stale
version is refused (`StaleContent`). Publishing scans the stored text again inside that lock,
so what becomes visible is exactly what was scanned. The feature-specific parts (what a case's
form holds, where a reply sits in its thread) live in `services`; visibility in `visibility`.
"""

from __future__ import annotations

from flask import current_app
from sqlalchemy import select

from clinnet import audit
from clinnet.cases import figures, gate, mentions, visibility
from clinnet.cases.models import Case, Dismissal, Reply, Revision, State
from clinnet.core.db import utcnow
from clinnet.core.routing import MAX_ID
from clinnet.extensions import db
from clinnet.notifications import notify
from clinnet.transactions import lock, transition

KINDS = {"case": Case, "reply": Reply}
REASON_MAX = 500


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


class ImagesBlocked(CaseError):
    """Regions on the post's images are still open (text to mask, a face to mask or consent)."""

    def __init__(self, findings):
        count = len(findings)
        super().__init__(f"{count} region{'s' if count != 1 else ''} on your images still "
                         f"need{'s' if count == 1 else ''} masking, dismissing with a reason or "
                         "consent: open each image below and finish it.")
        self.findings = findings


class StaleContent(CaseError):
    """The post's text changed after the page acting on it was shown."""

    def __init__(self):
        super().__init__("The text changed since this page was shown (edited in another tab or "
                         "by a moderator). Nothing was done: look at it again as it is now.")


def get(kind: str, post_id: int):
    """The case or reply, or None."""
    model = KINDS.get(kind)
    if model is None or not 0 < post_id <= MAX_ID:
        return None
    return db.session.get(model, post_id)


def lock_post(post) -> Case:
    """Lock the post's thread - its case, then the post - and re-read both; returns the case.

    Every change to a post takes the case's row first (lock order, clinnet.transactions), so
    transitions on one thread run one after the other and never wait on each other in a cycle.
    """
    case = post if isinstance(post, Case) else post.case
    lock(case)
    if post is not case:
        lock(post)
    return case


def check_version(post, version: int | None) -> None:
    if version is not None and version != post.version:
        raise StaleContent


def require_author(post, actor) -> None:
    if post.author_id != actor.id:
        raise CaseError("Only the author can change this post.")


def dismissals_for(post) -> list[Dismissal]:
    owner = Dismissal.case_id if isinstance(post, Case) else Dismissal.reply_id
    return list(db.session.scalars(select(Dismissal).where(owner == post.id)))


def findings(post) -> list[gate.FieldFinding]:
    """Every finding in what members would read of the stored text, dismissed ones marked
    (a colleague's @mention is not one)."""
    fields = post.text_fields()
    return gate.scan_fields(fields, post.text_formats(), dismissals_for(post), post.kind,
                            mentions.colleagues(fields, post))


def words_to_check(post, fields: dict[str, str], findings) -> dict[str, list[str]]:
    """The editor's "check these words" for this post's text (see gate.words_to_check)."""
    return gate.words_to_check(fields, post.text_formats(), findings,
                               mentions.colleagues(fields, post))


def replace_one(post, fields: dict[str, str], choice: str) -> dict[str, str]:
    """The fields of an edit not saved yet (a published post's new text) with one finding
    replaced by its suggestion; `choice` is "field|start|end|text" as the findings panel's
    button sends it. Nothing is stored: the author saves when no finding is left."""
    try:
        name, start, end, expected = choice.split("|", 3)
        start, end = int(start), int(end)
    except ValueError:
        raise CaseError("That passage could not be found; check the findings again.") from None
    formats = post.text_formats()
    if name not in fields or name not in formats:
        raise CaseError("That passage could not be found; check the findings again.")
    replaced = gate.apply_one(fields[name], formats[name], start, end, expected)
    if replaced is None:
        raise CaseError("That passage has changed since it was checked; check the findings "
                        "again.")
    return {**fields, name: replaced}


def scan_new_text(post, fields: dict[str, str]) -> list[gate.FieldFinding]:
    return gate.scan_fields(fields, post.text_formats(), kind=post.kind,
                            colleagues=mentions.colleagues(fields, post))


# A draft's text as long as the longest case the forms accept, with room for every field.
CHECK_MAX_CHARS = 40_000


def check_draft(kind: str, form) -> tuple[list[gate.FieldFinding], dict[str, list[str]]]:
    """What the gate would find in text an author is still typing (nothing is stored), and
    the words to check. The editor's script asks as the author types; saving and publishing
    scan again, so this is advice, never the authority."""
    formats = KINDS[kind].text_formats()
    fields = {name: gate.clean_text(form.get(name, "")) for name in formats}
    if sum(map(len, fields.values())) > CHECK_MAX_CHARS:
        raise CaseError("This is longer than a post may be; it is checked when you save.")
    colleagues = mentions.colleagues(fields)
    findings = gate.scan_fields(fields, formats, kind=kind, colleagues=colleagues)
    return findings, gate.words_to_check(fields, formats, findings, colleagues)


def text_changed(post) -> None:
    """After the stored text changed: a new version, fresh HTML, a fresh search entry."""
    post.version = (post.version or 0) + 1
    post.updated_at = utcnow()
    visibility.render(post)
    visibility.reindex(post)
    visibility.tell_mentioned(post)  # a published post edited to mention someone new


def keep_revision(post, editor) -> None:
    """Keep the text as it is now (before an edit or deletion) in the post's history."""
    owner = {"case_id": post.id} if isinstance(post, Case) else {"reply_id": post.id}
    fields = post.text_fields()
    db.session.add(Revision(editor_id=editor.id, body=fields.get("body", ""),
                            title=fields.get("title"), question=fields.get("question"),
                            timeline=fields.get("timeline"), **owner))


def change_text(post, actor, fields: dict[str, str], version: int | None) -> None:
    """Store the author's new text (the caller has cleaned it and holds the lock).

    A draft simply changes (its findings show on its page); one waiting for review goes back
    to draft. A published post changes only to text without any finding - otherwise
    GateBlocked, and the published text stays as it was.
    """
    require_author(post, actor)
    if post.status not in (State.DRAFT, State.IN_REVIEW, State.PUBLISHED):
        raise CaseError(f"This {post.kind} can no longer be edited.")
    check_version(post, version)
    if post.status == State.PUBLISHED:
        found = scan_new_text(post, fields)
        if found:
            raise GateBlocked(found, fields)
        keep_revision(post, actor)
        action = "edited"
    else:
        post.status = State.DRAFT
        figures.follow(post)
        action = "draft_saved"
    for name, text in fields.items():
        setattr(post, name, text)
    text_changed(post)
    audit.record(f"{post.kind}.{action}", actor=actor, target=post)


def _editable_draft(post, actor, version: int | None) -> None:
    lock_post(post)
    require_author(post, actor)
    if post.status not in (State.DRAFT, State.IN_REVIEW):
        raise CaseError("Findings are fixed on posts that are not published yet; edit a "
                        "published post instead.")
    check_version(post, version)


@transition
def apply_suggestion(post, actor, version: int | None, field: str | None = None,
                     start: int | None = None, end: int | None = None,
                     expected: str | None = None) -> None:
    """Replace one finding (or, with no field, every open finding) by its suggestion."""
    _editable_draft(post, actor, version)
    formats = post.text_formats()
    if field is None:
        dismissed = dismissals_for(post)
        for name, text in post.text_fields().items():
            keys = {(d.category, d.text) for d in dismissed if d.field == name}
            setattr(post, name, gate.apply_all(text, formats[name], keys))
    else:
        if field not in formats:
            raise CaseError("Unknown field.")
        updated = gate.apply_one(getattr(post, field) or "", formats[field], start or 0,
                                 end or 0, expected or "")
        if updated is None:
            raise CaseError("That text has changed since the page was shown; look at the "
                            "highlighted findings again.")
        setattr(post, field, updated)
    limit = getattr(type(post).__table__.c.get("title"), "type", None)
    if limit is not None and len(post.title) > limit.length:
        post.title = post.title[:limit.length]
    post.status = State.DRAFT
    figures.follow(post)
    text_changed(post)
    audit.record(f"{post.kind}.suggestion_applied", actor=actor, target=post,
                 field=field or "all")


@transition
def dismiss_finding(post, actor, version: int | None, field: str, category: str, text: str,
                    reason: str) -> None:
    """Keep a flagged text, with a reason; the post then needs a moderator's approval."""
    _editable_draft(post, actor, version)
    reason = " ".join((reason or "").split())
    if not reason:
        raise CaseError("Say why this is not an identifier; a moderator will read it.", "reason")
    if len(reason) > REASON_MAX:
        raise CaseError(f"Keep the reason to {REASON_MAX} characters.", "reason")
    if (field, category, text) not in {f.key for f in findings(post)}:
        raise CaseError("That finding is no longer in the text.")
    owner = {"case_id": post.id} if isinstance(post, Case) else {"reply_id": post.id}
    db.session.add(Dismissal(user_id=actor.id, field=field, category=category, text=text[:500],
                             reason=reason, **owner))
    post.status = State.DRAFT
    figures.follow(post)
    audit.record("finding.dismissed", actor=actor, target=post, field=field, category=category)


@transition
def publish(post, actor, version: int | None, attested: bool = True) -> str:
    """Publish a draft, or send it to review; returns the new state.

    The stored text is scanned again here, under the thread's lock, so what becomes visible is
    exactly what was scanned - an edit racing this request either lands before (and is
    scanned) or after (and finds the post published and goes through the gate itself).
    """
    case = lock_post(post)
    require_author(post, actor)
    if post.status != State.DRAFT:
        raise CaseError("Only a draft can be published." if isinstance(post, Case) else
                        "This reply is already posted.")
    check_version(post, version)
    if isinstance(post, Reply):
        _check_reply_target(post, case)
    found = findings(post)
    still_open = gate.open_findings(found)
    if still_open:
        raise GateBlocked(still_open, post.text_fields())
    if not attested:
        raise CaseError("Confirm that the patient cannot be identified from this case.",
                        "attest")
    # The images' lock is taken after the thread's (lock order: case, post, then its images).
    image_findings, images_need_review = figures.publication_check(post, actor)
    if image_findings:
        raise ImagesBlocked(image_findings)
    now = utcnow()
    if isinstance(post, Case):
        post.attested_at = now
        post.review_note = None
    if found or images_need_review or current_app.config["CASES_REVIEW_ALL"]:
        post.status = State.IN_REVIEW
        figures.follow(post)
        audit.record(f"{post.kind}.submitted_for_review", actor=actor, target=post,
                     dismissed=len(found))
    else:
        visibility.publish(post, now)
        audit.record(f"{post.kind}.published", actor=actor, target=post)
    return post.status


def _check_reply_target(reply: Reply, case: Case) -> None:
    if case.status != State.PUBLISHED:
        raise CaseError("You can reply only to a published case.")
    parent = db.session.get(Reply, reply.parent_id) if reply.parent_id else None
    if parent is not None and parent.status != State.PUBLISHED:
        raise CaseError("That reply can no longer be answered.")


@transition
def review(post, actor, approve: bool, note: str = "", version: int | None = None) -> None:
    """A moderator approves (publishes) or returns (to its author's drafts) a post in review.

    `version` is the text the moderator read: if the author changed it since, nothing happens.
    """
    case = lock_post(post)
    if post.status != State.IN_REVIEW:
        raise CaseError(f"This {post.kind} is not waiting for review.")
    check_version(post, version)
    note = " ".join((note or "").split())[:REASON_MAX]
    label = f"case #{post.id}" if isinstance(post, Case) else f"reply on case #{case.id}"
    if approve:
        if isinstance(post, Reply):
            _check_reply_target(post, case)
        visibility.publish(post, utcnow())
        notify(post.author_id, f"{post.kind}.approved",
               f"Your {label} was approved and published", visibility.post_url(post))
        audit.record(f"{post.kind}.approved", actor=actor, target=post)
        return
    if not note:
        raise CaseError("Tell the author what to change.", "note")
    post.status = State.DRAFT
    figures.follow(post)
    if isinstance(post, Case):
        post.review_note = note
        where = visibility.case_url(post.id)
    else:
        where = f"/replies/{post.id}/edit"
    notify(post.author_id, f"{post.kind}.returned", f"Your {label} was returned by a moderator",
           where)
    audit.record(f"{post.kind}.returned", actor=actor, target=post)
