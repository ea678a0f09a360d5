"""A member's reading of cases (issue 14): bookmarks, and "new since your last visit".

What the case page needs about its reader (their helpful vote, follow, bookmark, when they last
read the thread, and whether the case has images at all) is one query (`reader_state`).
Opening a published case records the visit with one upsert, after the page's commit, and only
when something happened since the last one, so rereading a quiet thread writes nothing. The
feed counts new replies for all its cases in one query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from flask import current_app
from sqlalchemy import delete, exists, func, select
from sqlalchemy.exc import DBAPIError

from clinnet.cases.models import Bookmark, Case, CaseFollow, CaseRead, CaseVote, Reply, State
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.images.models import Image
from clinnet.transactions import Busy, after_commit, insert_ignore, run, transition, upsert

PAGE_SIZE = 30


@dataclass(frozen=True)
class ReaderState:
    voted: bool
    following: bool
    bookmarked: bool
    read_at: datetime | None  # the previous visit, UTC without zone (as thread rows are read)
    has_images: bool = False  # whether cases/figures.py has anything to look up


def reader_state(user, case: Case) -> ReaderState:
    def mine(model):
        return exists().where(model.user_id == user.id, model.case_id == case.id)

    read_at = select(CaseRead.read_at).where(CaseRead.user_id == user.id,
                                             CaseRead.case_id == case.id).scalar_subquery()
    images = exists().where(Image.kind == "case", Image.post_id == case.id)
    voted, following, bookmarked, read, has_images = db.session.execute(select(
        mine(CaseVote), mine(CaseFollow), mine(Bookmark), read_at, images)).one()
    if isinstance(read, str):  # SQLite hands a subquery's timestamp back as text
        read = datetime.fromisoformat(read)
    if read is not None and read.tzinfo is not None:
        read = read.astimezone(UTC).replace(tzinfo=None)
    return ReaderState(bool(voted), bool(following), bool(bookmarked), read, bool(has_images))


def record_visit(user, case: Case, state: ReaderState) -> None:
    """Remember this visit if the thread changed since the last one (one upsert, or nothing).

    Written after the page's commit, in a short write of its own (as the session's last-seen
    time is): inside the GET's transaction it would turn a page view into a writer, and on
    SQLite a member's concurrent page views would fight for the write lock and end "busy"."""
    last = case.last_activity_at
    if state.read_at is not None and last is not None and \
            last.astimezone(UTC).replace(tzinfo=None) <= state.read_at:
        return
    user_id, case_id, now = user.id, case.id, utcnow()
    after_commit(lambda: _remember_visit(user_id, case_id, now))


def _remember_visit(user_id: int, case_id: int, now: datetime) -> None:
    try:
        run(upsert, CaseRead, {"user_id": user_id, "case_id": case_id}, {"read_at": now})
    except (Busy, DBAPIError):  # a missed visit only leaves replies marked "new" once more
        current_app.logger.warning("visit not recorded (database busy)")


def new_since(state: ReaderState | None, carried: str | None) -> datetime | None:
    """Since when replies are "new" in the window being shown (naive UTC, or None: mark nothing).

    A reading of a long thread spans several windows, and each GET records the visit, so the
    window links carry the moment the reading counts from (`?since=`, `carried`); without it,
    the last visit, or on a first visit the reading's start (nothing older is new). `carried`
    only decides which replies the reader sees marked, so a hand-made value does no harm."""
    if carried:
        try:
            since = datetime.fromisoformat(carried[:40])
        except ValueError:
            since = None
        if since is not None and since.tzinfo is None:
            return since
    if state is None:
        return None
    return state.read_at or datetime.now(UTC).replace(tzinfo=None)


def new_reply_counts(user, case_ids: list[int]) -> dict[int, int]:
    """Published replies by others since the member last read each case (cases they never
    opened are left out: everything there is new)."""
    if not case_ids:
        return {}
    rows = db.session.execute(
        select(Reply.case_id, func.count())
        .join(CaseRead, (CaseRead.case_id == Reply.case_id) & (CaseRead.user_id == user.id))
        .where(Reply.case_id.in_(case_ids), Reply.status == State.PUBLISHED,
               Reply.author_id != user.id, Reply.created_at > CaseRead.read_at)
        .group_by(Reply.case_id))
    return dict(rows.all())


@transition
def set_bookmark(case: Case, user, on: bool) -> None:
    """Bookmark or unbookmark; a state, not a toggle, so double clicks end where meant."""
    if on:
        insert_ignore(Bookmark, user_id=user.id, case_id=case.id)
    else:
        db.session.execute(delete(Bookmark).where(Bookmark.user_id == user.id,
                                                  Bookmark.case_id == case.id))


def bookmarks(user, page: int = 1) -> tuple[list[Case], bool]:
    """The member's bookmarked cases members can still read, newest bookmark first."""
    stmt = (select(Case).join(Bookmark, Bookmark.case_id == Case.id)
            .where(Bookmark.user_id == user.id, Case.status == State.PUBLISHED)
            .order_by(Bookmark.created_at.desc(), Case.id.desc())
            .limit(PAGE_SIZE + 1).offset((max(page, 1) - 1) * PAGE_SIZE))
    rows = list(db.session.scalars(stmt))
    return rows[:PAGE_SIZE], len(rows) > PAGE_SIZE
