"""Full-text search over published cases and replies.

One table, `search_index`, created by migration 0005 in each database's own way: an FTS5
virtual table on SQLite, a plain table with a generated `tsvector` column and a GIN index on
PostgreSQL. The service layer keeps it in sync: a post is indexed when it becomes visible to
members and removed when it stops being so. Queries also join back to the posts and check
their state, so a stale index entry still cannot surface a draft, hidden or removed post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from clinnet.core.db import exclude_from_migrations
from clinnet.extensions import db

INDEX_TABLE = "search_index"
exclude_from_migrations(INDEX_TABLE)

MAX_QUERY_LENGTH = 200
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    case_id: int
    kind: str  # "case" or "reply"
    post_id: int
    title: str
    excerpt: str


def _dialect() -> str:
    return db.session.get_bind().dialect.name


def index_post(kind: str, post_id: int, case_id: int, title: str, body: str) -> None:
    """(Re)index a visible post in the current transaction."""
    unindex_post(kind, post_id)
    db.session.execute(
        text(f"INSERT INTO {INDEX_TABLE} (kind, post_id, case_id, title, body) "  # noqa: S608
             "VALUES (:kind, :post_id, :case_id, :title, :body)"),
        {"kind": kind, "post_id": post_id, "case_id": case_id, "title": title, "body": body},
    )


def unindex_post(kind: str, post_id: int) -> None:
    db.session.execute(
        text(f"DELETE FROM {INDEX_TABLE} WHERE kind = :kind AND post_id = :post_id"),  # noqa: S608
        {"kind": kind, "post_id": post_id},
    )


def unindex_case(case_id: int) -> None:
    """Remove a case and every reply in it (the case stopped being visible)."""
    db.session.execute(text(f"DELETE FROM {INDEX_TABLE} WHERE case_id = :case_id"),  # noqa: S608
                       {"case_id": case_id})


def terms(query: str) -> list[str]:
    return _WORD.findall((query or "")[:MAX_QUERY_LENGTH])[:20]


_VISIBLE = """
    JOIN cases c ON c.id = s.case_id AND c.status = 'published'
    LEFT JOIN replies r ON s.kind = 'reply' AND r.id = s.post_id
    WHERE (s.kind = 'case' OR r.status = 'published') AND {match}
"""


def search(query: str, limit: int = 20, offset: int = 0) -> list[Hit]:
    """Published cases and replies matching every word of `query`, best first.

    Member input never reaches the query language: words are extracted and each is quoted
    (FTS5) or handed to plainto_tsquery (PostgreSQL), so no query is a syntax error.
    """
    words = terms(query)
    if not words:
        return []
    params = {"limit": limit, "offset": offset}
    if _dialect() == "postgresql":
        params["q"] = " ".join(words)
        match = "s.document @@ plainto_tsquery('english', :q)"
        order = "ts_rank(s.document, plainto_tsquery('english', :q)) DESC, s.case_id DESC"
    else:
        params["q"] = " ".join('"' + w.replace('"', "") + '"' for w in words)
        match = f"{INDEX_TABLE} MATCH :q"
        order = "s.rank, s.case_id DESC"
    sql = (f"SELECT s.case_id, s.kind, s.post_id, c.title, s.body FROM {INDEX_TABLE} s "  # noqa: S608
           + _VISIBLE.format(match=match) + f" ORDER BY {order} LIMIT :limit OFFSET :offset")
    rows = db.session.execute(text(sql), params)
    return [Hit(row.case_id, row.kind, row.post_id, row.title, _excerpt(row.body))
            for row in rows]


def _excerpt(body: str, length: int = 240) -> str:
    body = " ".join((body or "").split())
    return body if len(body) <= length else body[:length].rsplit(" ", 1)[0] + " …"
