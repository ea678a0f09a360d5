"""Images on posts: the post life cycle's side of `clinnet.images` (issue 15).

A post's images follow the post: their post row's visibility is set from the post's status at
every change (draft, review, published, hidden, removed), and `clinnet.images` serves an image
to members only when it is visible. A reply's images follow its case too: members see them only
while the reply and its case are published, so a change of the case's status updates the rows
of its replies' images (one UPDATE per resulting visibility, whatever the thread's size).
Publishing is refused while a region on an image is open (text not masked or dismissed, a face
not masked or consented), and a dismissed region or an attested consent sends the post to
moderator review, exactly like a dismissed text finding.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import case as sa_case
from sqlalchemy import select, update
from sqlalchemy.orm import joinedload, selectinload

from clinnet.cases.models import Case, Reply, State
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.images import services as images
from clinnet.images.models import Image, ImagePost, ImageState, Visibility
from clinnet.transactions import lock

KIND = "case"
REPLY = "reply"
SHOWN_STATES = (ImageState.READY, ImageState.REDACTED)  # a figure, or its tombstone
_FOLLOWS = {State.DRAFT: Visibility.DRAFT, State.IN_REVIEW: Visibility.REVIEW,
            State.PUBLISHED: Visibility.VISIBLE, State.HIDDEN: Visibility.HIDDEN,
            State.REMOVED: Visibility.REMOVED, State.DELETED: Visibility.REMOVED}


def kind_of(post) -> str:
    return KIND if isinstance(post, Case) else REPLY


def _reply_visibility(reply_status: str, case_status: str) -> str:
    """A reply's images are visible only while the reply and its case are published; under a
    hidden or removed case they are what the case is (moderators still see them)."""
    own = _FOLLOWS[reply_status]
    if own == Visibility.VISIBLE and case_status != State.PUBLISHED:
        return _FOLLOWS[case_status]
    return own


def _visibility_now(kind: str, post_id: int) -> str:
    """What the post's status gives its images, read under the thread's lock (case, then post:
    the lock order of every transition), so a post hidden at the same moment is seen hidden."""
    post = db.session.get(Case if kind == KIND else Reply, post_id)
    if post is None:
        return Visibility.DRAFT
    if isinstance(post, Reply):
        lock(post.case)
        lock(post)
        return _reply_visibility(post.status, post.case.status)
    lock(post)
    return _FOLLOWS[post.status]


images.register_kind(KIND, lambda post_id: _visibility_now(KIND, post_id))
images.register_kind(REPLY, lambda post_id: _visibility_now(REPLY, post_id))


def follow(post) -> None:
    """The post's images take the visibility its status gives (redacted images stay gone)."""
    if isinstance(post, Case):
        row = db.session.get(ImagePost, (KIND, post.id))
        if row is None or row.visibility != Visibility.REDACTED:
            images.set_visibility(KIND, post.id, _FOLLOWS[post.status])
        if post.published_at is not None:
            _follow_replies(post)
        return
    row = db.session.get(ImagePost, (REPLY, post.id))
    # No row: the reply never had an upload ticket used nor went through the publication
    # check (which creates it), so no image can be waiting; nothing to follow.
    if row is not None and row.visibility != Visibility.REDACTED:
        images.set_visibility(REPLY, post.id, _reply_visibility(post.status, post.case.status))


def _follow_replies(case: Case) -> None:
    """The image rows of the case's replies after a change of the case's status: one UPDATE,
    each row taking what its reply's status gives under the case's new status."""
    status = select(Reply.status).where(Reply.id == ImagePost.post_id).scalar_subquery()
    target = sa_case({s: _reply_visibility(s, case.status) for s in _FOLLOWS}, value=status,
                     else_=ImagePost.visibility)
    db.session.execute(
        update(ImagePost)
        .where(ImagePost.kind == REPLY, ImagePost.visibility != Visibility.REDACTED,
               ImagePost.post_id.in_(select(Reply.id).where(Reply.case_id == case.id)))
        .values(visibility=target, updated_at=utcnow())
        .execution_options(synchronize_session=False))
    for held in list(db.session.identity_map.values()):  # loaded rows re-read their state
        if isinstance(held, ImagePost) and held.kind == REPLY:
            db.session.expire(held)


def publication_check(post, actor) -> tuple[list[images.ImageFinding], bool]:
    """(open image findings, whether a moderator must look first); finishes clean images."""
    kind = kind_of(post)
    found = images.prepare_publication(kind, post.id, actor)
    return found, (not found and images.needs_review(kind, post.id))


def upload_ticket(post, user) -> str | None:
    """The upload form's token, for the author of a draft or a published post (a reply: under a
    published case). On a published post an image is seen by members once the author finishes
    it with every region masked (clinnet.images.services.finish)."""
    if post.author_id != user.id or post.status not in (State.DRAFT, State.PUBLISHED):
        return None
    if isinstance(post, Reply) and post.case.status != State.PUBLISHED:
        return None
    return images.upload_ticket(user, kind_of(post), post.id)


def shown(post, viewer, moderator: bool) -> list[Image]:
    """The post's images as `viewer` sees them on its page (one query with their files)."""
    kind = kind_of(post)
    row = db.session.get(ImagePost, (kind, post.id))
    if row is None:
        return []
    mine = post.author_id == viewer.id
    staff = moderator and row.visibility in (Visibility.REVIEW, Visibility.HIDDEN,
                                             Visibility.REMOVED)
    if not (mine or staff or row.visibility in (Visibility.VISIBLE, Visibility.REDACTED)):
        return []
    found = db.session.scalars(select(Image).options(selectinload(Image.files))
                               .where(Image.kind == kind, Image.post_id == post.id)
                               .order_by(Image.id))
    return [image for image in found if mine or image.state in SHOWN_STATES]


def of_replies(reply_ids: Iterable[int]) -> dict[int, tuple[Image, ...]]:
    """Finished images (and tombstones) of these replies, by reply, in one query: what the
    thread shows inside each reply the reader may read."""
    ids = list(reply_ids)
    if not ids:
        return {}
    found: dict[int, list[Image]] = {}
    for image in db.session.scalars(
            select(Image).options(joinedload(Image.files))
            .where(Image.kind == REPLY, Image.post_id.in_(ids), Image.state.in_(SHOWN_STATES))
            .order_by(Image.post_id, Image.id)).unique():
        found.setdefault(image.post_id, []).append(image)
    return {reply_id: tuple(rows) for reply_id, rows in found.items()}


def redact(post, actor) -> int:
    """Moderation: every image of the post and all its files go (tombstones stay)."""
    kind = kind_of(post)
    if not db.session.scalar(select(Image.id).where(Image.kind == kind,
                                                    Image.post_id == post.id).limit(1)):
        return 0
    return images.on_redacted(kind, post.id, actor)


def discard(kind: str, post_ids: Iterable[int]) -> int:
    """A draft that is deleted takes its images (rows and every file) with it."""
    return images.discard_posts(kind, list(post_ids))
