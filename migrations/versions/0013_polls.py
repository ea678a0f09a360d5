"""polls: a case's poll (question, options, duration, early close) and one vote per member

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 11:20:00

"""
from alembic import op
import sqlalchemy as sa

import clinnet.core.db  # custom column types used by the models


# revision identifiers, used by Alembic.
revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('poll_question', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('poll_options', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('poll_days', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('poll_closed_at', clinnet.core.db.UTCDateTime(timezone=True),
                                      nullable=True))
    op.create_table(
        'poll_votes',
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('option', sa.Integer(), nullable=False),
        sa.Column('voted_at', clinnet.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_poll_votes_case_id_cases'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_poll_votes_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('case_id', 'user_id', name=op.f('pk_poll_votes')),
    )
    with op.batch_alter_table('poll_votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_poll_votes_user_id'), ['user_id'], unique=False)


def downgrade():
    with op.batch_alter_table('poll_votes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_poll_votes_user_id'))
    op.drop_table('poll_votes')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_column('poll_closed_at')
        batch_op.drop_column('poll_days')
        batch_op.drop_column('poll_options')
        batch_op.drop_column('poll_question')
