"""Flags, the review queue, moderator actions, redaction, member sanctions and the re-scan.

Each public function is one transition (clinnet.transactions): its change, its moderation-log
row and its audit event land together, or it raises ModerationError and leaves nothing behind.

Concurrency: every action on a post first locks its thread (the case row, then the post:
`posts.lock_post`), then re-reads the post and its open flags and compares them with what the
moderator saw (`state_token`: the post's state, the version of its text, its open flags). A
second moderator acting on the same post at the same moment therefore waits, sees the changed
state and gets "already handled" instead of a double action; a moderator who read an older
version of the text than the one now stored cannot approve it.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import func, or_, select, text, update
from sqlalchemy.exc import IntegrityError

from clinnet import audit
from clinnet.accounts import services as accounts
from clinnet.accounts.models import User
from clinnet.cases import figures, fragments, gate, mentions, posts, search, visibility
from clinnet.cases import services as cases
from clinnet.cases.models import Case, Dismissal, Reply, State
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.core.routing import MAX_ID
from clinnet.deid import CATEGORIES as CATEGORY_TAGS
from clinnet.extensions import db
from clinnet.images import services as images
from clinnet.moderation import redaction
from clinnet.moderation.models import (
    Flag,
    FlagStatus,
    MemberNote,
    MemberWarning,
    ModerationAction,
    Reason,
    RescanCheckpoint,
)
from clinnet.notifications import notify
from clinnet.transactions import after_commit, transition

NOTE_MAX = 1000
QUOTE_MAX = 300
REASON_MAX = 1000
MEMBER_NOTE_MAX = 2000
KINDS = tuple(posts.KINDS)
QUEUE_LIMIT = 200
LOG_PAGE_SIZE = 50

# Public wording of why a post is out of sight (members see this, never who flagged).
AUTO_HIDE_PHI = "Hidden until a moderator reviews it: reported as possibly containing patient " \
    "information."
AUTO_HIDE_FLAGS = "Hidden until a moderator reviews it: reported by several members."
RESCAN_NOTE = "Automatic re-scan: the current de-identification check finds {n} possible " \
    "identifier{s} ({cats})."

# Actions on posts, in the order the review page offers them.
POST_ACTIONS = {
    "approve": "Approve and publish",
    "return": "Return to the author with a message",
    "dismiss": "Dismiss the flags (the post stays or becomes visible)",
    "hide": "Hide (members see a placeholder)",
    "restore": "Restore (visible again)",
    "remove": "Remove for good",
}
MEMBER_ACTIONS = ("warn", "suspend", "reinstate")
LOG_ACTIONS = ("auto_hide", *POST_ACTIONS, "redact", *MEMBER_ACTIONS, "erase")


class ModerationError(ValueError):
    """A request that cannot be carried out; the message is safe to show."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class AlreadyHandled(ModerationError):
    """Another moderator acted on the post, or its author changed it, since the page was shown."""

    def __init__(self):
        super().__init__("Already handled: the post changed a moment ago (another moderator "
                         "acted, or its author edited it). Nothing was changed; the page now "
                         "shows its current state.")


def _clean(value: str | None, limit: int, name: str, required: str | None = None) -> str:
    value = " ".join((value or "").split())
    if required and not value:
        raise ModerationError(required, name)
    if len(value) > limit:
        raise ModerationError(f"Keep it to {limit:,} characters.", name)
    return value


# --- posts -----------------------------------------------------------------------------------

def get_post(kind: str, post_id: int):
    """The case or reply, or None."""
    return posts.get(kind, post_id)


def case_id_of(kind: str, post) -> int:
    return post.thread_id


def post_url(kind: str, post) -> str:
    return visibility.post_url(post)  # deep replies live on their "continue this thread" page


def _post_label(kind: str, post) -> str:
    return f"case #{post.id}" if kind == "case" else f"reply on case #{post.case_id}"


def open_flags(kind: str, post_id: int) -> list[Flag]:
    return list(db.session.scalars(
        select(Flag).where(Flag.kind == kind, Flag.post_id == post_id,
                           Flag.status == FlagStatus.OPEN).order_by(Flag.created_at, Flag.id)
        .execution_options(populate_existing=True)))


def state_token(kind: str, post, flags: list[Flag] | None = None) -> str:
    """What a moderator saw: the post's state, the version of its text and its open flags.
    Actions compare it."""
    flags = open_flags(kind, post.id) if flags is None else flags
    return f"{post.status}:{post.version}:" + ",".join(
        str(f.id) for f in sorted(flags, key=lambda f: f.id))


def _log(actor, action: str, target_type: str, target_id: int, reason: str,
         case_id: int | None = None, public_reason: str | None = None) -> ModerationAction:
    row = ModerationAction(moderator_id=getattr(actor, "id", None), action=action,
                           target_type=target_type, target_id=target_id, case_id=case_id,
                           reason=reason, public_reason=public_reason)
    db.session.add(row)
    db.session.flush()
    return row


def _resolve_flags(flags: list[Flag], status: str, actor) -> None:
    now = utcnow()
    for flag in flags:
        flag.status, flag.open_key = status, None
        flag.resolved_at, flag.resolved_by_id = now, getattr(actor, "id", None)


# --- flags -----------------------------------------------------------------------------------

def _hide_automatically(kind: str, post, reason: str, public_reason: str) -> None:
    visibility.set_status(post, State.HIDDEN)
    row = _log(None, "auto_hide", kind, post.id, reason, post.thread_id, public_reason)
    notify(post.author_id, "moderation.hidden",
           f"Your {_post_label(kind, post)} is hidden until a moderator reviews it",
           post_url(kind, post))
    audit.record("moderation.auto_hidden", target=post, action_id=row.id, reason=public_reason)


@transition
def flag_post(actor, kind: str, post, reason: str, note: str = "", quote: str = "") -> Flag:
    """A physician reports a published post. PHI hides it at once; other reasons once
    MODERATION_HIDE_THRESHOLD distinct members have flagged it."""
    if reason not in Reason.ALL:
        raise ModerationError("Choose a reason.", "reason")
    note = _clean(note, NOTE_MAX, "note")
    quote = " ".join((quote or "").split())
    if len(quote) > QUOTE_MAX:
        raise ModerationError(f"Quote at most {QUOTE_MAX} characters.", "quote")
    if post.author_id == actor.id:
        raise ModerationError("You cannot flag your own post; edit it instead.")
    case = posts.lock_post(post)
    if post.status == State.HIDDEN:
        raise ModerationError("This post is already hidden and waiting for a moderator.")
    if post.status != State.PUBLISHED or case.status != State.PUBLISHED:
        raise ModerationError("Only published posts can be flagged.")
    formats = post.text_formats()
    if quote and not any(gate.reads_as(value, formats[name], quote)
                         for name, value in post.text_fields().items()):
        raise ModerationError("Those words are not in the post; copy them exactly, or leave "
                              "the field empty.", "quote")
    open_key = f"{actor.id}:{kind}:{post.id}"
    if db.session.scalar(select(Flag.id).where(Flag.open_key == open_key)) is not None:
        raise ModerationError("You have already flagged this post; a moderator will look at it.")
    flag = Flag(kind=kind, post_id=post.id, case_id=case.id, post_author_id=post.author_id,
                flagger_id=actor.id, reason=reason, note=note, quote=quote, open_key=open_key)
    try:
        with db.session.begin_nested():
            db.session.add(flag)
    except IntegrityError as exc:  # the same member's second click, at the same moment
        raise ModerationError("You have already flagged this post; a moderator will look at "
                              "it.") from exc
    audit.record("flag.created", actor=actor, target=post, flag_id=flag.id, reason=reason)
    if reason == Reason.PHI:
        _hide_automatically(kind, post, AUTO_HIDE_PHI, Reason.PHI)
    else:
        flaggers = db.session.scalar(
            select(func.count(func.distinct(Flag.flagger_id))).where(
                Flag.kind == kind, Flag.post_id == post.id, Flag.status == FlagStatus.OPEN,
                Flag.flagger_id.is_not(None)))
        if flaggers >= current_app.config["MODERATION_HIDE_THRESHOLD"]:
            _hide_automatically(kind, post, AUTO_HIDE_FLAGS, reason)
    return flag


# --- the queue -------------------------------------------------------------------------------

@dataclass
class FlaggedPost:
    kind: str
    post: Case | Reply
    flags: list[Flag]
    overdue: bool = False

    @property
    def phi(self) -> bool:
        return any(f.reason == Reason.PHI for f in self.flags)

    @property
    def oldest(self) -> datetime:
        return min(f.created_at for f in self.flags)

    @property
    def token(self) -> str:
        return state_token(self.kind, self.post, self.flags)


@dataclass
class Queue:
    cases: list[Case] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    flagged: list[FlaggedPost] = field(default_factory=list)
    dismissals: dict[tuple[str, int], list[Dismissal]] = field(default_factory=dict)
    resubmitted: set[tuple[str, int]] = field(default_factory=set)
    flagger_records: dict[int, dict[str, int]] = field(default_factory=dict)


def _overdue_before() -> datetime:
    return utcnow() - timedelta(hours=current_app.config["MODERATION_ESCALATE_HOURS"])


def review_queue() -> Queue:
    """What waits for moderators, most urgent first.

    Flagged posts are grouped by post: overdue (unhandled past the escalation time) first, then
    posts flagged for patient information, then the oldest flag first.
    """
    queue = Queue()
    queue.cases = list(db.session.scalars(
        select(Case).where(Case.status == State.IN_REVIEW).order_by(Case.updated_at)
        .limit(QUEUE_LIMIT)))
    queue.replies = list(db.session.scalars(
        select(Reply).where(Reply.status == State.IN_REVIEW).order_by(Reply.updated_at)
        .limit(QUEUE_LIMIT)))
    case_ids = [c.id for c in queue.cases]
    reply_ids = [r.id for r in queue.replies]
    if case_ids or reply_ids:
        for d in db.session.scalars(select(Dismissal).where(or_(
                Dismissal.case_id.in_(case_ids), Dismissal.reply_id.in_(reply_ids)))):
            key = ("case", d.case_id) if d.case_id else ("reply", d.reply_id)
            queue.dismissals.setdefault(key, []).append(d)
        returned = db.session.execute(select(ModerationAction.target_type,
                                             ModerationAction.target_id).where(
            ModerationAction.action == "return",
            or_((ModerationAction.target_type == "case") & ModerationAction.target_id.in_(
                case_ids), (ModerationAction.target_type == "reply")
                & ModerationAction.target_id.in_(reply_ids))))
        queue.resubmitted = {(row.target_type, row.target_id) for row in returned}

    flags = list(db.session.scalars(
        select(Flag).where(Flag.status == FlagStatus.OPEN).order_by(Flag.created_at)
        .limit(QUEUE_LIMIT * 5)))
    groups: dict[tuple[str, int], list[Flag]] = defaultdict(list)
    for flag in flags:
        groups[(flag.kind, flag.post_id)].append(flag)
    posts = _load_posts(groups)
    cutoff = _overdue_before()
    for key, group in groups.items():
        post = posts.get(key)
        if post is not None:
            queue.flagged.append(FlaggedPost(key[0], post, group,
                                             min(f.created_at for f in group) < cutoff))
    queue.flagged.sort(key=lambda item: (not item.overdue, not item.phi, item.oldest))
    queue.flagged = queue.flagged[:QUEUE_LIMIT]
    queue.flagger_records = flagger_records(
        {f.flagger_id for item in queue.flagged for f in item.flags if f.flagger_id})
    return queue


def _load_posts(keys) -> dict[tuple[str, int], Case | Reply]:
    loaded: dict[tuple[str, int], Case | Reply] = {}
    for kind, model in posts.KINDS.items():
        ids = [post_id for k, post_id in keys if k == kind]
        if ids:
            for post in db.session.scalars(select(model).where(model.id.in_(ids))):
                loaded[(kind, post.id)] = post
    return loaded


def flagger_records(flagger_ids) -> dict[int, dict[str, int]]:
    """Per flagger: how many of their flags were upheld, dismissed, and are open."""
    records: dict[int, dict[str, int]] = {}
    if not flagger_ids:
        return records
    rows = db.session.execute(select(Flag.flagger_id, Flag.status, func.count())
                              .where(Flag.flagger_id.in_(list(flagger_ids)))
                              .group_by(Flag.flagger_id, Flag.status))
    for flagger_id, status, count in rows:
        records.setdefault(flagger_id, {FlagStatus.OPEN: 0, FlagStatus.UPHELD: 0,
                                        FlagStatus.DISMISSED: 0})[status] = count
    return records


@dataclass(frozen=True)
class Attention:
    open_flags: int
    flagged_posts: int
    overdue_flags: int
    in_review: int
    oldest_waiting: datetime | None

    @property
    def oldest_wait_hours(self) -> float | None:
        if self.oldest_waiting is None:
            return None
        return (utcnow() - self.oldest_waiting).total_seconds() / 3600


def attention() -> Attention:
    """Counts for the admin dashboard."""
    open_count, oldest_flag = db.session.execute(
        select(func.count(), func.min(Flag.created_at)).where(Flag.status == FlagStatus.OPEN)
    ).one()
    posts = db.session.scalar(select(func.count()).select_from(
        select(Flag.kind, Flag.post_id).where(Flag.status == FlagStatus.OPEN).distinct()
        .subquery()))
    overdue = db.session.scalar(select(func.count()).where(
        Flag.status == FlagStatus.OPEN, Flag.created_at < _overdue_before())) or 0
    in_review_cases, oldest_case = db.session.execute(
        select(func.count(), func.min(Case.updated_at)).where(Case.status == State.IN_REVIEW)
    ).one()
    in_review_replies, oldest_reply = db.session.execute(
        select(func.count(), func.min(Reply.updated_at)).where(Reply.status == State.IN_REVIEW)
    ).one()
    oldest = [t for t in (oldest_flag, oldest_case, oldest_reply) if t is not None]
    return Attention(open_count or 0, posts or 0, overdue,
                     (in_review_cases or 0) + (in_review_replies or 0),
                     min(oldest) if oldest else None)


# --- actions on posts ------------------------------------------------------------------------

def _check_state(kind: str, post, seen_token: str | None) -> list[Flag]:
    posts.lock_post(post)
    flags = open_flags(kind, post.id)
    if seen_token is not None and state_token(kind, post, flags) != seen_token:
        raise AlreadyHandled
    return flags


@transition
def act_on_post(actor, kind: str, post, action: str, reason: str,
                seen_token: str | None = None,
                public_reason: str | None = None) -> ModerationAction:
    """Approve, return, dismiss flags, hide, restore or remove a post; `reason` is required
    (staff read it; for "return" it is the message to the author). Members are only ever told
    `public_reason`, a fixed Reason (for hide and remove: the flags' main reason by default)."""
    if action not in POST_ACTIONS:
        raise ModerationError("Choose an action.", "action")
    reason = _clean(reason, REASON_MAX, "reason", required="Give a reason; it is logged (and "
                    "shown to the author).")
    if public_reason is not None and public_reason not in Reason.ALL:
        raise ModerationError("Choose what members are told.", "public_reason")
    flags = _check_state(kind, post, seen_token)
    status = post.status
    case_id = post.thread_id
    public_reason = public_reason or _main_reason(flags)
    if action in ("approve", "return"):
        if status != State.IN_REVIEW:
            raise ModerationError("This post is not waiting for review.")
        try:
            posts.review(post, actor, action == "approve", reason)
        except cases.CaseError as exc:
            raise ModerationError(str(exc), exc.field) from exc
        return _log(actor, action, kind, post.id, reason, case_id)
    if action == "dismiss":
        if not flags:
            raise ModerationError("This post has no open flags.")
        _resolve_flags(flags, FlagStatus.DISMISSED, actor)
        if status == State.HIDDEN and _hidden_automatically(kind, post.id):
            visibility.set_status(post, State.PUBLISHED)
    elif action == "hide":
        if status != State.PUBLISHED:
            raise ModerationError("Only a visible post can be hidden.")
        _resolve_flags(flags, FlagStatus.UPHELD, actor)
        visibility.set_status(post, State.HIDDEN)
    elif action == "restore":
        if status != State.HIDDEN:
            raise ModerationError("Only a hidden post can be restored.")
        _resolve_flags(flags, FlagStatus.DISMISSED, actor)
        visibility.set_status(post, State.PUBLISHED)
    elif action == "remove":
        if status not in (State.PUBLISHED, State.HIDDEN):
            raise ModerationError("Only a published or hidden post can be removed.")
        _resolve_flags(flags, FlagStatus.UPHELD, actor)
        visibility.set_status(post, State.REMOVED)
    row = _log(actor, action, kind, post.id, reason, case_id,
               public_reason if action in ("hide", "remove") else None)
    if action in ("hide", "remove", "restore"):
        # No free text in notifications (they cannot be moderated); the post's page says why.
        verb = {"hide": "hid", "remove": "removed", "restore": "restored"}[action]
        notify(post.author_id, f"moderation.{action}",
               f"A moderator {verb} your {_post_label(kind, post)}", post_url(kind, post))
    audit.record(f"moderation.{action}", actor=actor, target=post, action_id=row.id,
                 flags=len(flags))
    return row


def available_actions(post, flags: list[Flag]) -> list[str]:
    """The actions that make sense for the post as it is now (what the review page offers)."""
    by_status = {State.IN_REVIEW: ["approve", "return"],
                 State.PUBLISHED: ["hide", "remove"],
                 State.HIDDEN: ["restore", "remove"]}
    actions = by_status.get(post.status, [])
    if flags:  # also for a post its author deleted after it was flagged
        actions = ["dismiss", *actions]
    return actions


def suggested_public_reason(flags: list[Flag]) -> str:
    """What the review page proposes to tell members: the flags' main reason."""
    return _main_reason(flags) or Reason.OTHER


def _main_reason(flags: list[Flag]) -> str | None:
    if not flags:
        return None
    reasons = [f.reason for f in flags]
    return Reason.PHI if Reason.PHI in reasons else max(set(reasons), key=reasons.count)


def _hidden_automatically(kind: str, post_id: int) -> bool:
    last = db.session.scalar(
        select(ModerationAction.action).where(
            ModerationAction.target_type == kind, ModerationAction.target_id == post_id,
            ModerationAction.action.in_(("auto_hide", "hide", "restore", "redact")))
        .order_by(ModerationAction.id.desc()).limit(1))
    return last == "auto_hide"


# --- redaction -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Span:
    """A passage of one field, in the stored source's coordinates."""

    field: str
    start: int
    end: int
    category: str


@dataclass(frozen=True)
class Words:
    """Every place a reader sees `text` (any letter case), in the post's text or its history."""

    text: str
    category: str


def _history_texts(post) -> list[tuple[str, str]]:
    """(text, format) of the post's current fields and every earlier revision."""
    formats = post.text_formats()
    texts = [(value, formats[name]) for name, value in post.text_fields().items()]
    for revision in cases.revisions_of(post):
        # Revisions keep the case's main text fields; a poll's wording has no history.
        texts += [(getattr(revision, name, None), fmt) for name, fmt in formats.items()]
    return [(text, fmt) for text, fmt in texts if text]


def _targets(post, spans: list[Span | Words]) -> list[redaction.Target]:
    fields, formats = post.text_fields(), post.text_formats()
    found: list[redaction.Target] = []
    for span in spans:
        if span.category not in CATEGORY_TAGS:
            raise ModerationError("Categories are tags such as NAME or DATE.", "spans")
        if isinstance(span, Words):
            words = " ".join(span.text.split())
            if not words:
                raise ModerationError("Type the words to redact.", "words")
            # A deleted or edited post keeps its old text in its history: that counts too.
            if not any(gate.reads_as(text, fmt, words) for text, fmt in _history_texts(post)):
                raise ModerationError("Those words are not in the post or its history.",
                                      "words")
            found.append(redaction.Target(words, span.category))
            continue
        if span.field not in fields:
            raise ModerationError(f"Unknown field “{span.field[:20]}”.", "spans")
        value = fields[span.field]
        if not (0 <= span.start < span.end <= len(value)):
            raise ModerationError(
                f"The span {span.start} to {span.end} lies outside the {span.field} "
                f"({len(value)} characters).", "spans")
        shown = gate.view(value, formats[span.field])
        words = "".join(ch for ch, s, e in zip(shown.text, shown.starts, shown.ends,
                                               strict=True)
                        if span.start <= s and e <= span.end).strip()
        if not words:
            raise ModerationError("A span must cover some text a reader sees, not only "
                                  "spaces or formatting.", "spans")
        found.append(redaction.Target(" ".join(words.split()), span.category))
    if not found:
        raise ModerationError("Select at least one passage to redact.", "spans")
    return found


def spans_for_text(post, words: str, category: str) -> list[Span]:
    """Every place a reader sees `words` in the post's fields, as source spans."""
    formats = post.text_formats()
    spans = [Span(name, start, end, category)
             for name, value in post.text_fields().items()
             for start, end in gate.occurrences(value, formats[name], words)]
    if not spans:
        raise ModerationError("Those words are not in the post.", "words")
    return spans


@transition
def redact(actor, kind: str, post, spans: list[Span | Words], reason: str,
           seen_token: str | None = None) -> ModerationAction:
    """Replace the selected passages with a category tag, everywhere they are stored.

    What is matched is what a reader sees (Markdown decoded, any letter case, look-alike letters
    folded), in the current text of the post and of every post in its thread (a reply may quote
    the case), every stored revision, the author's dismissed findings, the rendered HTML, the
    search index, flags and the moderation log, and every other column declared as member text
    (clinnet.moderation.redaction). The whole thread is locked first, so two moderators
    redacting in one thread at once run one after the other and neither undoes the other.
    Redaction itself keeps no copy of the old text: no revision is written and the audit event
    holds counts, never text.
    """
    reason = _clean(reason, REASON_MAX, "reason", required="Give a reason; it is logged.")
    flags = _check_state(kind, post, seen_token)
    if post.status == State.DRAFT:
        raise ModerationError("Drafts are their author's alone; they cannot be redacted.")
    targets = _targets(post, spans)
    case = db.session.get(Case, post.thread_id)
    replies = list(db.session.scalars(
        select(Reply).where(Reply.case_id == case.id).order_by(Reply.id).with_for_update()
        .execution_options(populate_existing=True)))
    changed = redaction.scrub_everywhere(case, replies, targets)
    for row in changed:
        if isinstance(row, Case | Reply):
            row.version += 1  # open review forms on the old text are now stale
    # This worker's rendered replies of the thread go once the redaction is committed (a page
    # would not show them anyway: their text no longer matches), so no copy of the identifier
    # waits in memory for its entry to be replaced.
    after_commit(lambda case_id=case.id: fragments.forget_case(case_id))
    _resolve_flags(flags, FlagStatus.UPHELD, actor)
    if post.status == State.HIDDEN:
        visibility.set_status(post, State.PUBLISHED)  # the identifier is gone: visible again
    visibility.reindex(case)
    row = _log(actor, "redact", kind, post.id,
               redaction.scrub_value(reason, "plain", targets)[:REASON_MAX], case.id, Reason.PHI)
    row.elsewhere = _occurrences_elsewhere(targets, case.id)
    notify(post.author_id, "moderation.redacted",
           f"A moderator redacted possible patient identifiers in your "
           f"{_post_label(kind, post)}", post_url(kind, post))
    audit.record("moderation.redacted", actor=actor, target=post, action_id=row.id,
                 passages=len(targets), categories=sorted({t.category for t in targets}),
                 rows=len(changed))
    if db.session.get_bind().dialect.name == "sqlite":
        # FTS5 keeps deleted terms in its segments until they are merged; merging them all
        # now is what makes the index forget the identifier.
        db.session.execute(text(f"INSERT INTO {search.INDEX_TABLE}({search.INDEX_TABLE}) "
                                "VALUES('optimize')"))
    return row


@transition
def redact_images(actor, kind: str, post, reason: str, seen_token: str | None = None) -> int:
    """Remove every image of a case or a reply, with all stored derivatives (issue 15): for an
    identifier in pixels the author's masking missed. The rows stay as tombstones ("[image
    removed by a moderator]"); returns how many images went."""
    reason = _clean(reason, REASON_MAX, "reason", required="Give a reason; it is logged.")
    if kind not in ("case", "reply"):
        raise ModerationError("Only cases and replies have images.")
    flags = _check_state(kind, post, seen_token)
    count = figures.redact(post, actor)
    if not count:
        raise ModerationError(f"This {kind} has no images left to remove.")
    if kind == "reply":  # this worker's rendered reply goes at once (its signature changed)
        after_commit(lambda reply_id=post.id: fragments.forget_fragments([reply_id]))
    _resolve_flags(flags, FlagStatus.UPHELD, actor)
    row = _log(actor, "redact_images", kind, post.id, reason, post.thread_id, Reason.PHI)
    notify(post.author_id, "moderation.redacted",
           f"A moderator removed the images of your {_post_label(kind, post)}",
           post_url(kind, post))
    audit.record("moderation.images_redacted", actor=actor, target=post, action_id=row.id,
                  images=count)
    return count


def _occurrences_elsewhere(targets, case_id: int, limit: int = 20) -> list[tuple[str, int]]:
    """Posts outside this thread whose text holds one of the strings (for the moderator to
    review next: redaction stays within the thread, where the words are known to be PHI)."""
    def holds(*columns):
        return or_(*(func.lower(column).contains(t.words.lower(), autoescape=True)
                     for column in columns for t in targets))

    found = [("case", case_id_) for case_id_ in db.session.scalars(
        select(Case.id).where(Case.id != case_id, Case.status != State.DRAFT,
                              holds(Case.title, Case.body, Case.question, Case.timeline))
        .order_by(Case.id).limit(limit))]
    found += [("reply", reply_id) for reply_id in db.session.scalars(
        select(Reply.id).where(Reply.case_id != case_id, Reply.status != State.DRAFT,
                               holds(Reply.body)).order_by(Reply.id).limit(limit))]
    return found[:limit]


# --- moderation log and public notes ---------------------------------------------------------

@dataclass(frozen=True)
class LogFilter:
    moderator: str = ""
    action: str = ""
    since: datetime | None = None
    until: datetime | None = None
    target_type: str = ""
    target_id: int | None = None


def log_entries(f: LogFilter, page: int = 1) -> tuple[list[ModerationAction], bool]:
    stmt = select(ModerationAction)
    if f.moderator == "system":
        stmt = stmt.where(ModerationAction.moderator_id.is_(None))
    elif f.moderator:
        ids = select(User.id).where(User.email.like(f"%{f.moderator.lower()}%"))
        stmt = stmt.where(ModerationAction.moderator_id.in_(ids))
    if f.action in LOG_ACTIONS:
        stmt = stmt.where(ModerationAction.action == f.action)
    if f.since:
        stmt = stmt.where(ModerationAction.created_at >= f.since)
    if f.until:
        stmt = stmt.where(ModerationAction.created_at < f.until)
    if f.target_type in (*KINDS, "user"):
        stmt = stmt.where(ModerationAction.target_type == f.target_type)
    if f.target_id is not None and 0 < f.target_id <= MAX_ID:
        stmt = stmt.where(ModerationAction.target_id == f.target_id)
    rows = list(db.session.scalars(stmt.order_by(ModerationAction.id.desc())
                                   .limit(LOG_PAGE_SIZE + 1)
                                   .offset((max(page, 1) - 1) * LOG_PAGE_SIZE)))
    return rows[:LOG_PAGE_SIZE], len(rows) > LOG_PAGE_SIZE


_PUBLIC_ACTIONS = ("auto_hide", "hide", "remove", "redact", "restore")


def public_notes(case_id: int) -> dict[tuple[str, int], str]:
    """Why posts in a case are hidden, removed or redacted, as members may read it (one
    query): the latest such action per post, in fixed words - never the moderator's own note
    (free text nobody scanned) and never who flagged."""
    rows = db.session.execute(
        select(ModerationAction.target_type, ModerationAction.target_id,
               ModerationAction.action, ModerationAction.public_reason)
        .where(ModerationAction.case_id == case_id,
               ModerationAction.action.in_(_PUBLIC_ACTIONS))
        .order_by(ModerationAction.id))
    notes: dict[tuple[str, int], str] = {}
    for row in rows:
        key = (row.target_type, row.target_id)
        if row.action == "restore":
            notes.pop(key, None)
            continue
        if row.action == "auto_hide":
            notes[key] = AUTO_HIDE_PHI if row.public_reason == Reason.PHI else AUTO_HIDE_FLAGS
            continue
        what = {"hide": "Hidden", "remove": "Removed", "redact": "Redacted"}[row.action]
        why = Reason.LABELS.get(row.public_reason or "", "")
        notes[key] = f"{what} by moderators" + (f": {why}." if why else ".")
    return notes


def return_message(kind: str, post_id: int) -> str | None:
    """The message of the latest "return to the author" for a post, for its author's page."""
    return db.session.scalar(
        select(ModerationAction.reason).where(ModerationAction.target_type == kind,
                                              ModerationAction.target_id == post_id,
                                              ModerationAction.action == "return")
        .order_by(ModerationAction.id.desc()).limit(1))


# --- members ---------------------------------------------------------------------------------

def _check_sanction(actor, member: User) -> None:
    if member.id == actor.id:
        raise ModerationError("You cannot sanction yourself.")
    if member.role >= actor.role and actor.role != Role.ADMIN:
        raise ModerationError("Only an admin can sanction a moderator or an admin.")


@transition
def warn(actor, member: User, message: str) -> MemberWarning:
    """A warning the member must acknowledge before using the site again."""
    _check_sanction(actor, member)
    message = _clean(message, REASON_MAX, "message",
                     required="Write the warning; the member reads it.")
    warning = MemberWarning(member_id=member.id, moderator_id=actor.id, message=message)
    db.session.add(warning)
    row = _log(actor, "warn", "user", member.id, message)
    notify(member.id, "moderation.warning", "You have received a warning from the moderators",
           "/moderation/warnings")
    audit.record("moderation.warn", actor=actor, target=member, action_id=row.id)
    return warning


@transition
def suspend(actor, member: User, reason: str, days: int | None) -> None:
    """Suspend (for `days`, or until reinstated) with the authority of the actor's role: the
    log row, the audit event and the suspension land together or not at all."""
    _check_sanction(actor, member)
    reason = _clean(reason, 500, "reason", required="Give a reason: the member is shown it.")
    until = utcnow() + timedelta(days=days) if days else None
    try:
        accounts.suspend(member, actor, reason, until, source="moderation")
    except accounts.AccountError as exc:
        raise ModerationError(str(exc), exc.field) from exc
    _log(actor, "suspend", "user", member.id,
         reason + (f" ({days} days)" if days else " (until reinstated)"))


@transition
def reinstate(actor, member: User, reason: str) -> None:
    """Lift a suspension the actor has the authority to lift (a moderator cannot lift an
    admin's or the licence registry's)."""
    _check_sanction(actor, member)
    reason = _clean(reason, 500, "reason", required="Give a reason; it is logged.")
    try:
        accounts.reinstate(member, actor, reason)
    except accounts.AccountError as exc:
        raise ModerationError(str(exc), exc.field) from exc
    _log(actor, "reinstate", "user", member.id, reason)


@transition
def add_note(actor, member: User, body: str) -> MemberNote:
    body = _clean(body, MEMBER_NOTE_MAX, "body", required="Write the note first.")
    note = MemberNote(member_id=member.id, author_id=actor.id, body=body)
    db.session.add(note)
    audit.record("moderation.note_added", actor=actor, target=member)
    return note


def pending_warnings(member_id: int) -> list[MemberWarning]:
    return list(db.session.scalars(select(MemberWarning).where(
        MemberWarning.member_id == member_id, MemberWarning.acknowledged_at.is_(None))
        .order_by(MemberWarning.id)))


def load_member(session_token: str) -> User | None:
    """Flask-Login's user loader: the member and, in the same query, whether a warning waits
    for their acknowledgement (`pending_warning`), so the check costs no extra query."""
    pending = select(MemberWarning.id).where(MemberWarning.member_id == User.id,
                                             MemberWarning.acknowledged_at.is_(None)).exists()
    row = db.session.execute(select(User, pending.label("pending"))
                             .where(User.session_token == session_token)).first()
    if row is None:
        return None
    row[0].pending_warning = bool(row.pending)
    return row[0]


def has_pending_warning(member_id: int) -> bool:
    return db.session.scalar(select(MemberWarning.id).where(
        MemberWarning.member_id == member_id, MemberWarning.acknowledged_at.is_(None))
        .limit(1)) is not None


@transition
def acknowledge(member, warning_id: int) -> None:
    if not 0 < warning_id <= MAX_ID:
        return
    result = db.session.execute(
        update(MemberWarning).where(MemberWarning.id == warning_id,
                                    MemberWarning.member_id == member.id,
                                    MemberWarning.acknowledged_at.is_(None))
        .values(acknowledged_at=utcnow()))
    if result.rowcount:
        audit.record("moderation.warning_acknowledged", actor=member, target=member,
                     warning_id=warning_id)


@dataclass
class MemberHistory:
    member: User
    upheld_flags: list[Flag]
    actions: list[ModerationAction]
    warnings: list[MemberWarning]
    notes: list[MemberNote]
    flagger_record: dict[str, int]


def member_history(member: User) -> MemberHistory:
    """What moderators see about a member: upheld flags on their posts, sanctions, warnings,
    private notes, and their own record as a flagger."""
    upheld = list(db.session.scalars(
        select(Flag).where(Flag.post_author_id == member.id, Flag.status == FlagStatus.UPHELD)
        .order_by(Flag.id.desc()).limit(50)))
    actions = list(db.session.scalars(
        select(ModerationAction).where(ModerationAction.target_type == "user",
                                       ModerationAction.target_id == member.id)
        .order_by(ModerationAction.id.desc()).limit(50)))
    warnings = list(db.session.scalars(
        select(MemberWarning).where(MemberWarning.member_id == member.id)
        .order_by(MemberWarning.id.desc()).limit(50)))
    notes = list(db.session.scalars(
        select(MemberNote).where(MemberNote.member_id == member.id)
        .order_by(MemberNote.id.desc()).limit(100)))
    record = flagger_records({member.id}).get(
        member.id, {FlagStatus.OPEN: 0, FlagStatus.UPHELD: 0, FlagStatus.DISMISSED: 0})
    return MemberHistory(member, upheld, actions, warnings, notes, record)


# --- retroactive re-scan ---------------------------------------------------------------------

CHECKPOINT = "rescan"


def finding_key(field_name: str, category: str, found: str) -> str:
    """A keyed hash naming a finding without storing its text (which may be PHI)."""
    secret = (current_app.config.get("SECRET_KEY") or "").encode()
    message = f"{field_name}\0{category}\0{found}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:24]


@transition
def rescan_checkpoint(restart: bool = False) -> RescanCheckpoint:
    checkpoint = db.session.get(RescanCheckpoint, CHECKPOINT)
    if checkpoint is None:
        checkpoint = RescanCheckpoint(name=CHECKPOINT, last_case_id=0, last_reply_id=0,
                                      flagged=0, started_at=utcnow())
        db.session.add(checkpoint)
    elif restart or checkpoint.finished_at is not None:
        checkpoint.last_case_id = checkpoint.last_reply_id = checkpoint.flagged = 0
        checkpoint.started_at, checkpoint.finished_at = utcnow(), None
    return checkpoint


def rescan_remaining(checkpoint: RescanCheckpoint) -> int:
    cases_left = db.session.scalar(select(func.count()).where(
        Case.status == State.PUBLISHED, Case.id > checkpoint.last_case_id)) or 0
    replies_left = db.session.scalar(select(func.count()).where(
        Reply.status == State.PUBLISHED, Reply.id > checkpoint.last_reply_id)) or 0
    return cases_left + replies_left


@transition
def rescan_batch(checkpoint: RescanCheckpoint, batch_size: int = 200) -> tuple[int, int]:
    """Scan the next batch of published posts; returns (posts scanned, posts flagged).

    Cases first, then replies, each in id order; the checkpoint moves in the same commit as
    the flags, so an interrupted run resumes exactly where it stopped. (0, 0) means done.
    """
    kind = "case"
    batch = list(db.session.scalars(select(Case).where(
        Case.status == State.PUBLISHED, Case.id > checkpoint.last_case_id)
        .order_by(Case.id).limit(batch_size)))
    if not batch:
        kind = "reply"
        batch = list(db.session.scalars(select(Reply).where(
            Reply.status == State.PUBLISHED, Reply.id > checkpoint.last_reply_id)
            .order_by(Reply.id).limit(batch_size)))
    if not batch:
        checkpoint.finished_at = utcnow()
        audit.record("moderation.rescan_finished", flagged=checkpoint.flagged)
        return 0, 0
    flagged = 0
    owner = Dismissal.case_id if kind == "case" else Dismissal.reply_id
    dismissals: dict[int, list[Dismissal]] = defaultdict(list)
    for d in db.session.scalars(select(Dismissal).where(owner.in_([p.id for p in batch]))):
        dismissals[d.case_id if kind == "case" else d.reply_id].append(d)
    for post in batch:
        flagged += _rescan_post(kind, post, dismissals[post.id])
    if kind == "case":
        checkpoint.last_case_id = batch[-1].id
    else:
        checkpoint.last_reply_id = batch[-1].id
    checkpoint.flagged += flagged
    return len(batch), flagged


IMAGE_RESCAN_NOTE = "Automatic re-scan of its images: {n} new region{s} to mask ({cats}); " \
    "the image{s} stay{v} out of sight until the author masks {them}."


@transition
def rescan_image(image_id: int) -> bool:
    """Re-read one finished image with the current detectors (issue 15: `deid rescan`). New
    regions take the image out of sight at once (only finished images are served); a case then
    gets a system PHI flag so that moderators see it, and its author is told. Returns whether
    the image had something new."""
    image = db.session.get(images.Image, image_id)
    added = images.rescan(image) if image is not None else []
    if not added or image.kind not in ("case", "reply"):
        return bool(added)
    kind = image.kind
    post = posts.get(kind, image.post_id)
    if post is None or not visibility.members_see(post):
        return True
    posts.lock_post(post)
    if kind == "reply":  # the thread shows the reply without the image at once
        after_commit(lambda reply_id=post.id: fragments.forget_fragments([reply_id]))
    open_key = f"system:{kind}:{post.id}"
    if db.session.scalar(select(Flag.id).where(Flag.open_key == open_key)):
        return True  # already waiting for a moderator
    count, categories = len(added), sorted({r.category or r.source for r in added})
    flag = Flag(kind=kind, post_id=post.id, case_id=post.thread_id,
                post_author_id=post.author_id,
                flagger_id=None, reason=Reason.PHI, finding_keys="",
                note=IMAGE_RESCAN_NOTE.format(n=count, s="" if count == 1 else "s",
                                              v="s" if count == 1 else "",
                                              them="it" if count == 1 else "them",
                                              cats=", ".join(categories)),
                open_key=open_key)
    db.session.add(flag)
    db.session.flush()
    audit.record("flag.created", target=post, flag_id=flag.id, reason=Reason.PHI, system=True)
    label = f"case #{post.id}" if kind == "case" else f"reply on case #{post.thread_id}"
    notify(post.author_id, "image.rescan",
           f"A re-scan found something to mask on an image of your {label}",
           post_url(kind, post))
    return True


def _rescan_post(kind: str, post, dismissed: list[Dismissal]) -> int:
    fields = post.text_fields()
    # the same colleagues the publish gate knew, or a re-scan would flag what it let through
    findings = gate.open_findings(gate.scan_fields(fields, post.text_formats(), dismissed, kind,
                                                   mentions.colleagues(fields, post)))
    if not findings:
        return 0
    keys = {finding_key(f.field, f.finding.category, f.finding.text) for f in findings}
    accepted: set[str] = set()
    for flag in db.session.scalars(select(Flag).where(
            Flag.kind == kind, Flag.post_id == post.id, Flag.flagger_id.is_(None))):
        if flag.status == FlagStatus.OPEN:
            return 0  # already waiting for a moderator
        if flag.status == FlagStatus.DISMISSED:
            accepted.update(flag.finding_keys.split())
    new_keys = keys - accepted
    if not new_keys:
        return 0
    posts.lock_post(post)  # a moderator may have acted on it since the batch was read
    if post.status != State.PUBLISHED:
        return 0
    categories = sorted({f.finding.category for f in findings})
    count = len(findings)
    flag = Flag(kind=kind, post_id=post.id, case_id=post.thread_id,
                post_author_id=post.author_id, flagger_id=None, reason=Reason.PHI,
                note=RESCAN_NOTE.format(n=count, s="" if count == 1 else "s",
                                        cats=", ".join(categories)),
                finding_keys=" ".join(sorted(keys)), open_key=f"system:{kind}:{post.id}")
    db.session.add(flag)
    db.session.flush()
    audit.record("flag.created", target=post, flag_id=flag.id, reason=Reason.PHI, system=True)
    _hide_automatically(kind, post, AUTO_HIDE_PHI, Reason.PHI)
    return 1
