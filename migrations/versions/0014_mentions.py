"""mentions: members' @handles (backfilled for verified members) and who a post mentioned

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 11:35:00

"""
from alembic import op
import sqlalchemy as sa

import clinnet.core.db  # custom column types used by the models
from clinnet.accounts.services import handle_base


# revision identifiers, used by Alembic.
revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('handle', sa.String(length=40), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_users_handle'), ['handle'])
    users = sa.table('users', sa.column('id', sa.Integer), sa.column('email', sa.String),
                     sa.column('first_name', sa.String), sa.column('last_name', sa.String),
                     sa.column('pseudonym', sa.String), sa.column('handle', sa.String))
    connection = op.get_bind()
    taken = set()
    verified = connection.execute(sa.select(users.c.id, users.c.first_name, users.c.last_name,
                                            users.c.email).where(users.c.pseudonym.is_not(None))
                                  .order_by(users.c.id)).all()
    for user_id, first_name, last_name, email in verified:
        base = handle_base(first_name, last_name, email)
        handle, number = base, 2
        while handle in taken:
            handle, number = f"{base}{number}", number + 1
        taken.add(handle)
        connection.execute(users.update().where(users.c.id == user_id).values(handle=handle))
    op.create_table(
        'mentions',
        sa.Column('post_kind', sa.String(length=10), nullable=False),
        sa.Column('post_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('created_at', clinnet.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_mentions_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('post_kind', 'post_id', 'user_id', name=op.f('pk_mentions')),
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_user_id'), ['user_id'], unique=False)


def downgrade():
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_user_id'))
    op.drop_table('mentions')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_users_handle'), type_='unique')
        batch_op.drop_column('handle')
