"""reading: bookmarks, and when each member last read each case ("new since your last visit")

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 11:45:00

"""
from alembic import op
import sqlalchemy as sa

import clinnet.core.db  # custom column types used by the models


# revision identifiers, used by Alembic.
revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def _per_member_and_case(name: str, when: str) -> None:
    op.create_table(
        name,
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column(when, clinnet.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f(f'fk_{name}_case_id_cases'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f(f'fk_{name}_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id', 'case_id', name=op.f(f'pk_{name}')),
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f'ix_{name}_case_id'), ['case_id'], unique=False)


def upgrade():
    _per_member_and_case('bookmarks', 'created_at')
    _per_member_and_case('case_reads', 'read_at')


def downgrade():
    for name in ('case_reads', 'bookmarks'):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{name}_case_id'))
        op.drop_table(name)
