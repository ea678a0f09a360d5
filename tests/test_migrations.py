"""The schema comes from migrations only: upgrading an empty database must give exactly the
models' schema, and downgrading to base must leave nothing behind."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect

from clinnet.core.db import include_object
from clinnet.extensions import db


def _diff():
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "include_object": include_object})
        return compare_metadata(context, db.metadata)


def test_upgrade_gives_the_models_schema_and_downgrade_removes_it(app):
    assert _diff() == []
    downgrade(revision="base")
    try:
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    finally:
        upgrade()
    assert _diff() == []
