"""Reading a case's thread: its replies as a tree, in display order, in one query at any size."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from clinnet.accounts.models import User
from clinnet.cases.models import Case, Reply, ReplyVote, State
from clinnet.extensions import db

SORTS = ("oldest", "newest", "helpful")


@dataclass(slots=True)
class ThreadReply:
    """What the thread page shows of a reply: plain values, no ORM object per reply."""

    id: int
    parent_id: int | None
    author_id: int
    author_name: str
    status: str
    body_html: str
    helpful_count: int
    created_at: datetime
    edited: bool

    @property
    def when(self) -> str:
        return self.created_at.strftime("%Y-%m-%d %H:%M")


@dataclass(slots=True)
class Node:
    reply: ThreadReply
    show_text: bool
    placeholder: str | None
    children: list[Node] = field(default_factory=list)
    descendants: int = 0


_THREAD_COLUMNS = (Reply.id, Reply.parent_id, Reply.author_id, Reply.anonymous, Reply.status,
                   Reply.body_html, Reply.helpful_count, Reply.created_at, Reply.updated_at)


def load_thread(case: Case, viewer, root: Reply | None = None, sort: str = "oldest",
                moderator: bool = False) -> list[Node]:
    """The case's replies (or the subtree under `root`) as a tree, in one query at any size.

    The query reads the replies with their authors' names, ordered by materialised path, which
    is the display order for "oldest"; other orders re-sort siblings in memory.
    """
    stmt = (select(*_THREAD_COLUMNS, User.first_name, User.last_name, User.pseudonym,
                   User.email).join(User, User.id == Reply.author_id)
            .where(Reply.case_id == case.id))
    if root is not None:
        stmt = stmt.where(Reply.path.startswith(root.path, autoescape=True))
    rows = db.session.execute(stmt.order_by(Reply.path)).all()
    names: dict[tuple[int, bool], str] = {}
    nodes: dict[int, Node] = {}
    top: list[Node] = []
    for row in rows:
        key = (row.author_id, row.anonymous)
        if key not in names:
            author = User(first_name=row.first_name, last_name=row.last_name,
                          pseudonym=row.pseudonym, email=row.email)  # transient, for its name
            names[key] = author.public_name(row.anonymous)
        reply = ThreadReply(row.id, row.parent_id, row.author_id, names[key], row.status,
                            row.body_html, row.helpful_count, row.created_at,
                            row.updated_at != row.created_at)
        node = _node(reply, viewer, moderator)
        if node is None:
            continue
        nodes[reply.id] = node
        parent = nodes.get(reply.parent_id) if reply.parent_id else None
        if root is not None and reply.id == root.id:
            top.append(node)
        elif parent is not None:
            parent.children.append(node)
        elif root is None and reply.parent_id is None:
            top.append(node)
    sort_key = {"newest": lambda n: -n.reply.id,
                "helpful": lambda n: (-n.reply.helpful_count, n.reply.id)}.get(sort)
    for node in reversed(list(nodes.values())):  # children before parents
        node.descendants = sum(1 + child.descendants for child in node.children)
        if sort_key is not None:
            node.children.sort(key=sort_key)
    if sort_key is not None:
        top.sort(key=sort_key)
    return top


def _node(reply: ThreadReply, viewer, moderator: bool) -> Node | None:
    if reply.status == State.PUBLISHED:
        return Node(reply, True, None)
    if reply.status == State.DELETED:
        return Node(reply, False, "[deleted]")
    if reply.status in (State.HIDDEN, State.REMOVED):
        placeholder = "[hidden by a moderator]" if reply.status == State.HIDDEN else \
            "[removed by a moderator]"
        # The author still sees their own hidden reply (and so what to fix).
        return Node(reply, moderator or reply.author_id == viewer.id, placeholder)
    if reply.status == State.IN_REVIEW and (reply.author_id == viewer.id or moderator):
        return Node(reply, True, None)
    return None  # drafts live on their author's edit page, not in the thread


def voted_replies(viewer, case: Case) -> set[int]:
    return set(db.session.scalars(select(ReplyVote.reply_id).where(
        ReplyVote.user_id == viewer.id, ReplyVote.case_id == case.id)))
