"""integrity: content versions on posts; members are told a fixed public reason

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 10:00:00

Posts get a `version` counting changes to their text (forms that act on a post carry it).
The moderation log's `flag_reason` becomes `public_reason`: the fixed reason members are shown
for a hidden, removed or redacted post, instead of the moderator's free-text note.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False,
                                      server_default='1'))
    with op.batch_alter_table('replies', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False,
                                      server_default='1'))
    with op.batch_alter_table('moderation_actions', schema=None) as batch_op:
        batch_op.alter_column('flag_reason', new_column_name='public_reason',
                              existing_type=sa.String(length=20), existing_nullable=True)
    # The server default only filled existing rows; the models set versions from now on.
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.alter_column('version', server_default=None, existing_type=sa.Integer(),
                              existing_nullable=False)
    with op.batch_alter_table('replies', schema=None) as batch_op:
        batch_op.alter_column('version', server_default=None, existing_type=sa.Integer(),
                              existing_nullable=False)


def downgrade():
    with op.batch_alter_table('moderation_actions', schema=None) as batch_op:
        batch_op.alter_column('public_reason', new_column_name='flag_reason',
                              existing_type=sa.String(length=20), existing_nullable=True)
    with op.batch_alter_table('replies', schema=None) as batch_op:
        batch_op.drop_column('version')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_column('version')
