"""Helpers for moderation tests: find a string anywhere in the database, make flaggable posts."""

from __future__ import annotations

from sqlalchemy import inspect, text

from clinnet.cases import services as case_services
from clinnet.extensions import db
from tests.cases.factories import make_case


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def tables_containing(needle: str) -> list[str]:
    """Every "table.column" whose value contains `needle` (any letter case), walking EVERY
    column of EVERY table the database has (including the search index and, on SQLite, its
    FTS5 shadow tables, whose blobs are read as text)."""
    needle = needle.lower()
    hits = []
    engine = db.engine
    inspector = inspect(engine)
    with engine.connect() as conn:
        for table in inspector.get_table_names():
            for column in inspector.get_columns(table):
                name = column["name"]
                column_sql = _quote(name)
                sql = (f"SELECT count(*) FROM {_quote(table)} WHERE "  # noqa: S608
                       f"lower(CAST({column_sql} AS TEXT)) LIKE :like")
                params = {"like": f"%{needle}%"}
                if engine.dialect.name == "sqlite":
                    # Byte search too: text functions stop at the first NUL of a blob (the
                    # FTS5 segments), instr() on blobs does not.
                    sql += f" OR instr(CAST({column_sql} AS BLOB), :raw) > 0"
                    params["raw"] = needle.encode()
                if conn.scalar(text(sql), params):
                    hits.append(f"{table}.{name}")
        if engine.dialect.name == "postgresql":
            found = conn.scalar(text("SELECT count(*) FROM search_index WHERE document @@ "
                                     "plainto_tsquery('english', :q)"), {"q": needle})
        else:
            found = conn.scalar(text("SELECT count(*) FROM search_index WHERE search_index "
                                     "MATCH :q"), {"q": f'"{needle}"'})
        if found:
            hits.append("search_index (full-text match)")
    return hits


def published_case(author, **overrides):
    return make_case(author, **overrides)


def reply_to(case, author, body: str):
    reply = case_services.post_reply(case, author, body)
    assert reply.status == "published", reply.status
    return reply
