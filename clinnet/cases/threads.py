"""Reading a case's thread: which replies a reader sees, in which order, a window at a time.

A thread is read in two queries whatever its size: its *outline* (ids, parents, status and
sizes of every reply the reader may see, in tree order) and the rows of the replies in the
window being shown (text, author, the reader's vote). The outline decides the order (siblings
oldest first, newest first or most helpful first), how deep the page goes before "continue this
thread", and the window: a run of replies in display order bounded by a count and by the
characters of their text, so that no thread makes a page heavier than a phone should load.
Windows are addressed by cursors (the reply just before or after them), so "load more" never
repeats or skips a reply; a deep link opens the window that holds the reply, with windows
counted from the top as "load more" would reach it. The HTML of the replies comes from
clinnet.cases.fragments (rendered once, then concatenated).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from flask import current_app, url_for
from markupsafe import Markup
from sqlalchemy import DateTime, and_, exists, func, or_, select, type_coerce

from clinnet.accounts.models import User
from clinnet.cases import figures, fragments
from clinnet.cases.models import Case, Reply, ReplyVote, State
from clinnet.extensions import db
from clinnet.images.models import Image

SORTS = ("oldest", "newest", "helpful")
# What a reply adds to a page beyond its text: markup, actions, the author's name.
REPLY_OVERHEAD_CHARS = 600
_MAX_LISTED_IDS = 200
_SEEN_BY_ALL = (State.PUBLISHED, State.DELETED, State.HIDDEN, State.REMOVED)


class Spot(NamedTuple):
    """Where a reply of the window sits on the page: how deep, and how many replies it has
    under it (shown or behind "continue this thread")."""

    id: int
    author_id: int
    depth: int
    descendants: int


@dataclass(frozen=True, slots=True)
class Ask:
    """What the reader asked for: an order, and which window (the first by default)."""

    sort: str = "oldest"
    after: int | None = None  # the window just after this reply ("load more")
    before: int | None = None  # the window just before this reply ("earlier replies")
    focus: int | None = None  # the window holding this reply (a deep link, a reply form)
    whole: bool = False  # every reply on one page (still collapsed below the depth limit)
    new: bool = False  # the window holding the first reply since the last visit (the feed's link)


@dataclass(slots=True)
class Window:
    """The replies of one page of a thread, rendered, and where the rest of the thread is."""

    html: Markup
    shown: int  # replies in this window
    earlier: int  # replies in display order before it
    later: int  # and after it
    first_id: int | None
    last_id: int | None
    rows: dict[int, fragments.ReplyRow]
    first_new: int | None = None  # the first reply since the reader's last visit ("#new")
    since: datetime | None = None  # that visit, carried by the links to the other windows

    @property
    def since_arg(self) -> str | None:
        """`since` as the window links carry it (?since=...), or None."""
        return self.since.isoformat(timespec="microseconds") if self.since else None

    def reply(self, reply_id: int | None) -> fragments.ReplyRow | None:
        """A published reply of this window (the one being answered), or None."""
        row = self.rows.get(reply_id) if reply_id else None
        return row if row is not None and row.status == State.PUBLISHED else None


class Outline:
    """The replies a reader sees, in tree order (each after its parent, siblings oldest first),
    as parallel lists indexed by position: a 5,000-reply thread is read on every page view, so
    no object is made per reply (window replies excepted)."""

    __slots__ = ("author_ids", "depths", "descendants", "helpful", "ids", "index", "parents",
                 "sizes")

    def __init__(self, rows, root_id: int | None):
        ids: list[int] = []
        parents: list[int] = []  # position of the parent, -1 for the top level
        depths: list[int] = []
        authors: list[int] = []
        helpful: list[int] = []
        sizes: list[int] = []
        index: dict[int, int] = {}
        for reply_id, parent_id, author_id, helpful_count, size in rows:
            at = index.get(parent_id, -1) if parent_id is not None else -1
            if at >= 0:
                depth = depths[at] + 1
            elif (reply_id == root_id) if root_id is not None else parent_id is None:
                depth = 0
            else:
                continue  # under a reply this reader does not see (none can be answered)
            index[reply_id] = len(ids)
            ids.append(reply_id)
            parents.append(at)
            depths.append(depth)
            authors.append(author_id)
            helpful.append(helpful_count)
            sizes.append(size or 0)
        descendants = [0] * len(ids)
        for position in range(len(ids) - 1, -1, -1):  # children before their parents
            parent = parents[position]
            if parent >= 0:
                descendants[parent] += 1 + descendants[position]
        self.ids, self.parents, self.depths, self.author_ids = ids, parents, depths, authors
        self.helpful, self.sizes, self.index, self.descendants = helpful, sizes, index, descendants

    def __len__(self) -> int:
        return len(self.ids)

    def display_order(self, sort: str, max_depth: int) -> list[int]:
        """Positions of the replies a page shows, each after its parent, siblings in `sort`
        order, down to max_depth levels; deeper replies are behind their ancestor's "continue
        this thread" link."""
        depths = self.depths
        if sort not in ("newest", "helpful"):  # tree order is already oldest first
            return [p for p in range(len(depths)) if depths[p] < max_depth]
        ids, helpful = self.ids, self.helpful
        children: list[list[int]] = [[] for _ in depths]
        top: list[int] = []
        for position, parent in enumerate(self.parents):
            (children[parent] if parent >= 0 else top).append(position)
        if sort == "newest":
            def key(p):
                return -ids[p]
        else:
            def key(p):
                return -helpful[p], ids[p]
        order: list[int] = []
        stack = sorted(top, key=key, reverse=True)
        while stack:
            position = stack.pop()
            order.append(position)
            below = children[position]
            if below and depths[position] + 1 < max_depth:
                stack.extend(sorted(below, key=key, reverse=True))
        return order

    def shown_position(self, reply_id: int, max_depth: int) -> int | None:
        """The position of `reply_id`, or of its nearest ancestor on the page when it is
        collapsed below the depth limit (a deep link opens the window of its branch)."""
        position = self.index.get(reply_id)
        while position is not None and position >= 0 and self.depths[position] >= max_depth:
            position = self.parents[position]
        return position

    def spot(self, position: int) -> Spot:
        return Spot(self.ids[position], self.author_ids[position], self.depths[position],
                    self.descendants[position])


def outline(case: Case, viewer_id: int, moderator: bool, root: Reply | None = None) -> Outline:
    """The replies member `viewer_id` sees (under `root`, or the whole thread)."""
    seen = Reply.status.in_(_SEEN_BY_ALL)
    if moderator:
        seen = or_(seen, Reply.status == State.IN_REVIEW)
    else:  # a reply waiting for review is its author's until a moderator approves it
        seen = or_(seen, and_(Reply.status == State.IN_REVIEW, Reply.author_id == viewer_id))
    stmt = (select(Reply.id, Reply.parent_id, Reply.author_id, Reply.helpful_count,
                   func.length(Reply.body_html))
            .where(Reply.case_id == case.id, seen))
    if root is not None:
        stmt = stmt.where(Reply.path.startswith(root.path, autoescape=True))
    # Core rather than ORM execution: plain tuples, no per-row ORM processing.
    rows = db.session.connection().execute(stmt.order_by(Reply.path))
    return Outline(rows, root.id if root is not None else None)


def choose_window(order: Sequence[int], sizes: Sequence[int], size: int,
                  max_chars: int | None, after: int | None = None, before: int | None = None,
                  focus: int | None = None) -> tuple[int, int]:
    """[start, end) in `order` of the window just after the position `after`, just before
    `before`, or holding `focus` (else the first): at most `size` replies and, past the first,
    no more than `max_chars` of text and markup. A position not in `order` is ignored."""

    def forward(start: int) -> int:
        end, chars = start, 0
        while end < len(order) and end - start < size:
            chars += sizes[order[end]] + REPLY_OVERHEAD_CHARS
            if max_chars is not None and chars > max_chars and end > start:
                break
            end += 1
        return end

    def index_of(position: int | None) -> int | None:
        if position is None:
            return None
        try:
            return order.index(position)
        except ValueError:
            return None

    if (at := index_of(after)) is not None:
        return at + 1, forward(at + 1)
    if (at := index_of(before)) is not None:
        start, chars = at, 0
        while start > 0 and at - start < size:
            chars += sizes[order[start - 1]] + REPLY_OVERHEAD_CHARS
            if max_chars is not None and chars > max_chars and start < at:
                break
            start -= 1
        return start, at
    start, end = 0, forward(0)
    if (at := index_of(focus)) is not None:
        while end <= at:  # the windows "load more" walks through, up to the one holding it
            start, end = end, forward(end)
    return start, end


def read(case: Case, viewer, moderator: bool, ask: Ask, root: Reply | None = None,
         since: datetime | None = None) -> Window:
    """One window of the thread of `case` (or of the subtree under `root`) as `viewer` sees it;
    replies by others after `since` (their last visit, naive UTC) are marked new."""
    config = current_app.config
    max_depth = int(config["CASES_THREAD_DEPTH"])
    viewer_id = viewer.id  # once: `viewer` is often Flask-Login's proxy, slow per reply
    tree = outline(case, viewer_id, moderator, root)
    order = tree.display_order(ask.sort, max_depth)
    size, max_chars = (int(config["CASES_THREAD_WHOLE_MAX"]), None) if ask.whole else (
        int(config["CASES_THREAD_WINDOW"]), int(config["CASES_THREAD_WINDOW_KB"]) * 1000)
    focus = ask.focus
    if focus is None and ask.new and since is not None:
        focus = _first_new(case, viewer_id, since, order, tree, root)
    start, end = choose_window(
        order, tree.sizes, size, max_chars, after=tree.index.get(ask.after),
        before=tree.index.get(ask.before),
        focus=tree.shown_position(focus, max_depth) if focus is not None else None)
    spots = [tree.spot(position) for position in order[start:end]]
    rows, voted = _rows(case, viewer_id, spots, root, everything=end - start == len(tree))
    # On PostgreSQL the two queries may see different moments; a reply read in the outline and
    # gone from the second read (none are, today: replies change state, they are not deleted)
    # is left out rather than shown half.
    window = [spot for spot in spots if spot.id in rows]
    kinds = fragments.variants(moderator, case.status == State.PUBLISHED)
    parts = fragments.render([rows[spot.id] for spot in window],
                             [kinds[spot.author_id == viewer_id, spot.id in voted]
                              for spot in window])
    continue_prefix = url_for("cases.thread", case_id=case.id, reply_id=0)[:-1]
    marks, first_new = _new_marks(window, rows, viewer_id, since)
    html = fragments.assemble(window, parts, max_depth, lambda rid: f"{continue_prefix}{rid}",
                              marks)
    return Window(html, len(window), start, len(order) - end,
                  window[0].id if window else None, window[-1].id if window else None, rows,
                  first_new, since)


def _first_new(case: Case, viewer_id: int, since: datetime, order: Sequence[int],
               tree: Outline, root: Reply | None) -> int | None:
    """The first reply in display order written by someone else after `since` (naive UTC), or
    None: the window a link to "#new" must open. One query, only when such a link is followed."""
    stmt = select(Reply.id).where(Reply.case_id == case.id, Reply.author_id != viewer_id,
                                  Reply.created_at > since.replace(tzinfo=UTC))
    if root is not None:
        stmt = stmt.where(Reply.path.startswith(root.path, autoescape=True))
    new = set(db.session.scalars(stmt))
    ids = tree.ids
    return next((ids[position] for position in order if ids[position] in new), None)


_NEW = ' <span class="badge new">new</span>'


def _new_marks(window, rows, viewer_id: int, since: datetime | None):
    """The "new" mark of each reply of the window (the first one is the #new anchor)."""
    if since is None:
        return None, None
    marks, first_new = [], None
    for spot in window:
        row = rows[spot.id]
        created = row.created_at.replace(tzinfo=None)
        if created > since and row.author_id != viewer_id:
            marks.append(_NEW if first_new else _NEW.replace("<span ", '<span id="new" ', 1))
            first_new = first_new or row.id
        else:
            marks.append("")
    return marks, first_new


def _rows(case: Case, viewer_id: int, window: Sequence[Spot], root: Reply | None,
          everything: bool) -> tuple[dict[int, fragments.ReplyRow], set[int]]:
    """The window's replies by id, with their authors' shown names, and which of them `viewer`
    marked helpful: one query, and one more for their images when any of them has some."""
    if not window:
        return {}, set()
    # Timestamps without UTCDateTime's conversion (thousands per page; `when` adds the zone
    # on the rare render), and the edited mark computed by the database.
    stmt = (select(Reply.id, Reply.author_id, Reply.anonymous, Reply.status,
                   Reply.helpful_count, Reply.body_html, Reply.is_update,
                   type_coerce(Reply.created_at, DateTime()).label("created_at"),
                   (Reply.updated_at != Reply.created_at).label("edited"),
                   User.first_name, User.last_name, User.pseudonym, User.pseudonym_seed,
                   User.email, User.status, ReplyVote.user_id,
                   exists().where(Image.kind == figures.REPLY, Image.post_id == Reply.id,
                                  Image.state.in_(figures.SHOWN_STATES)).label("has_images"))
            .join(User, User.id == Reply.author_id)
            .outerjoin(ReplyVote, and_(ReplyVote.reply_id == Reply.id,
                                       ReplyVote.user_id == viewer_id)))
    ids = [entry.id for entry in window]
    if everything and len(ids) > _MAX_LISTED_IDS:
        # A whole thread is cheaper to read by its case than by a list of thousands of ids.
        stmt = stmt.where(Reply.case_id == case.id)
        if root is not None:
            stmt = stmt.where(Reply.path.startswith(root.path, autoescape=True))
    else:
        stmt = stmt.where(Reply.id.in_(ids))
    names: dict[tuple[int, bool], str] = {}
    found: dict[int, fragments.ReplyRow] = {}
    voted: set[int] = set()
    wanted = set(ids)
    with_images: list[int] = []
    for (reply_id, author_id, anonymous, status, helpful, body_html, is_update, created_at,
         edited, first_name, last_name, pseudonym, seed, email, author_status, vote,
         has_images) in db.session.connection().execute(stmt):
        if reply_id not in wanted:
            continue
        name = names.get((author_id, anonymous))
        if name is None:
            author = User(first_name=first_name, last_name=last_name, pseudonym=pseudonym,
                          pseudonym_seed=seed, email=email,
                          status=author_status)  # transient, for its name
            name = names[author_id, anonymous] = author.public_name(anonymous, case.id)
        found[reply_id] = fragments.ReplyRow(reply_id, case.id, author_id, name, status,
                                             helpful, body_html, created_at, bool(edited),
                                             bool(is_update))
        if vote is not None:
            voted.add(reply_id)
        if has_images:
            with_images.append(reply_id)
    for reply_id, shown in figures.of_replies(with_images).items():
        found[reply_id].images = shown
    return found, voted
