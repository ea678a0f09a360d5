"""outcomes: case updates (replies marked as the author's updates), resolution and final diagnosis

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 11:40:00

"""
from alembic import op
import sqlalchemy as sa

import clinnet.core.db  # custom column types used by the models


# revision identifiers, used by Alembic.
revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('final_diagnosis', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('resolved_at', clinnet.core.db.UTCDateTime(timezone=True),
                                      nullable=True))
    with op.batch_alter_table('replies', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_update', sa.Boolean(), server_default=sa.false(),
                                      nullable=False))


def downgrade():
    with op.batch_alter_table('replies', schema=None) as batch_op:
        batch_op.drop_column('is_update')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_column('resolved_at')
        batch_op.drop_column('final_diagnosis')
