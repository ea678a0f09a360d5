"""Images on cases: the post life cycle's side of `clinnet.images` (issue 15, phase 2).

A case's images follow the case: their post row's visibility is set from the case's status at
every change (draft, review, published, hidden, removed), and `clinnet.images` serves an image
to members only when it is visible. Publishing is refused while a region on an image is open
(text not masked or dismissed, a face not masked or consented), and a dismissed region or an
attested consent sends the case to moderator review, exactly like a dismissed text finding.

Replies get images in a later step: no reply editor issues an upload ticket yet.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from clinnet.cases.models import Case, State
from clinnet.extensions import db
from clinnet.images import services as images
from clinnet.images.models import Image, ImagePost, ImageState, Visibility

KIND = "case"
_FOLLOWS = {State.DRAFT: Visibility.DRAFT, State.IN_REVIEW: Visibility.REVIEW,
            State.PUBLISHED: Visibility.VISIBLE, State.HIDDEN: Visibility.HIDDEN,
            State.REMOVED: Visibility.REMOVED, State.DELETED: Visibility.REMOVED}


def follow(post) -> None:
    """The case's images take the visibility its status gives (redacted images stay gone)."""
    if not isinstance(post, Case):
        return
    row = db.session.get(ImagePost, (KIND, post.id))
    if row is not None and row.visibility == Visibility.REDACTED:
        return
    images.set_visibility(KIND, post.id, _FOLLOWS[post.status])


def publication_check(post, actor) -> tuple[list[images.ImageFinding], bool]:
    """(open image findings, whether a moderator must look first); finishes clean images."""
    if not isinstance(post, Case):
        return [], False
    found = images.prepare_publication(KIND, post.id, actor)
    return found, (not found and images.needs_review(KIND, post.id))


def upload_ticket(case: Case, user) -> str | None:
    """The upload form's token, for the author of a draft."""
    if case.author_id != user.id or case.status != State.DRAFT:
        return None
    return images.upload_ticket(user, KIND, case.id)


def shown(case: Case, viewer, moderator: bool) -> list[Image]:
    """The case's images as `viewer` sees them on its page (one query with their files)."""
    row = db.session.get(ImagePost, (KIND, case.id))
    if row is None:
        return []
    mine = case.author_id == viewer.id
    staff = moderator and row.visibility in (Visibility.REVIEW, Visibility.HIDDEN,
                                             Visibility.REMOVED)
    if not (mine or staff or row.visibility in (Visibility.VISIBLE, Visibility.REDACTED)):
        return []
    found = db.session.scalars(select(Image).options(selectinload(Image.files))
                               .where(Image.kind == KIND, Image.post_id == case.id)
                               .order_by(Image.id))
    return [image for image in found
            if mine or image.state in (ImageState.READY, ImageState.REDACTED)]


def redact(case: Case, actor) -> int:
    """Moderation: every image of the case and all its files go (tombstones stay)."""
    if not db.session.scalar(select(Image.id).where(Image.kind == KIND,
                                                    Image.post_id == case.id).limit(1)):
        return 0
    return images.on_redacted(KIND, case.id, actor)
