"""Redaction: replace words a moderator points at with a category tag wherever they are stored.

Where to look is not a list kept here: it is the declaration on the models. Every String/Text
column says whether it holds member text (`core.db.member_text`): "markdown" and "plain"
columns are searched for what a reader SEES (Markdown decoded, letter case, marks and look-alike
letters folded, as `cases.gate.occurrences` matches) and the source behind it is replaced;
"derived" columns (rendered HTML) are computed again from their source. Rows that belong to a
thread say so (`thread_rows(case_id, reply_ids)`): posts and their history are redacted in this
thread only (the same words elsewhere are listed for the moderator to review); moderation rows
(`redact_outside_thread`) and every other table holding member text are also searched whole,
so a column added later is covered the day it is declared (a test fails for a text column that
is not). The search index is rebuilt from the redacted text by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select

from clinnet.cases import gate
from clinnet.cases.models import Case, Reply
from clinnet.core.rendering import render_markdown
from clinnet.extensions import db


@dataclass(frozen=True)
class Target:
    words: str  # as a reader sees them
    category: str

    @property
    def tag(self) -> str:
        return f"[{self.category}]"


def member_text_models() -> list[tuple[type, list]]:
    """Every mapped class with member-text columns, and those columns (declaration order)."""
    found = []
    for mapper in db.Model.registry.mappers:
        model = mapper.class_
        columns = [c for c in model.__table__.columns
                   if c.info.get("member_text") in ("markdown", "plain")]
        if columns:
            found.append((model, columns))
    return sorted(found, key=lambda pair: pair[0].__tablename__)


def scrub_value(value: str | None, fmt: str, targets: list[Target]) -> str | None:
    if not value:
        return value
    spans = [(start, end, target.tag) for target in targets
             for start, end in gate.occurrences(value, fmt, target.words)]
    return gate.replace_spans(value, fmt, spans) if spans else value


def scrub_row(row, columns, targets: list[Target]) -> bool:
    """Redact `targets` in the row's member-text columns; recompute its derived columns."""
    changed = set()
    for column in columns:
        old = getattr(row, column.key)
        new = scrub_value(old, column.info["member_text"], targets)
        if new != old:
            limit = getattr(column.type, "length", None)  # a tag can be longer than its words
            setattr(row, column.key, new[:limit] if limit else new)
            changed.add(column.key)
    if changed:
        for column in row.__table__.columns:
            if column.info.get("member_text") == "derived" and column.info["source"] in changed:
                source = getattr(row, column.info["source"]) or ""
                setattr(row, column.key, render_markdown(source) if source else "")
    return bool(changed)


def scrub_everywhere(case: Case, replies: list[Reply], targets: list[Target]) -> list:
    """Redact `targets` in the thread's rows and in every other member-text table; returns the
    rows that changed. The caller holds the thread's locks."""
    reply_ids = [r.id for r in replies]
    changed = []
    for model, columns in member_text_models():
        mentions = or_(*(func.lower(c).contains(word.lower(), autoescape=True)
                         for c in columns for t in targets for word in t.words.split()))
        scope = getattr(model, "thread_rows", None)
        if scope is None:
            condition = mentions
        elif getattr(model, "redact_outside_thread", False):
            condition = or_(scope(case.id, reply_ids), mentions)
        else:
            condition = scope(case.id, reply_ids)
        rows = db.session.scalars(select(model).where(condition)
                                  .execution_options(populate_existing=True))
        changed += [row for row in rows if scrub_row(row, columns, targets)]
    return changed
