"""Every column that can hold text says whether it holds member-written text: redaction walks
that declaration (clinnet.moderation.redaction), so an undeclared column would be one it
silently misses."""

from __future__ import annotations

from sqlalchemy import String, Text

from clinnet.core.db import MEMBER_TEXT_KINDS
from clinnet.extensions import db
from clinnet.moderation import redaction


def test_every_text_column_is_classified(app):
    unclassified = []
    for table in db.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, String | Text):
                kind = column.info.get("member_text", "missing")
                if kind is not False and kind not in MEMBER_TEXT_KINDS:
                    unclassified.append(f"{table.name}.{column.name}")
    assert not unclassified, (
        "declare these columns with info=member_text(...) or NOT_MEMBER_TEXT "
        f"(clinnet.core.db): {unclassified}")


def test_derived_columns_name_a_declared_source(app):
    for table in db.metadata.sorted_tables:
        for column in table.columns:
            if column.info.get("member_text") == "derived":
                source = table.columns[column.info["source"]]
                assert source.info["member_text"] == "markdown", column


def test_redaction_walks_every_table_with_member_text(app):
    walked = {model.__tablename__ for model, _ in redaction.member_text_models()}
    declared = {table.name for table in db.metadata.sorted_tables
                if any(c.info.get("member_text") in ("markdown", "plain")
                       for c in table.columns)}
    assert walked == declared
