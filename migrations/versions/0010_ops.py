"""ops: sign-in throttling, sanction authority, email confirmation, closed accounts, pending
two-factor enrolment, idempotency keys, readiness checks

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 10:00:00

"""
from alembic import op
import sqlalchemy as sa

import clinnet.core.db  # custom column types used by the models


# revision identifiers, used by Alembic.
revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('sign_in_throttles',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failure_at', clinnet.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('blocked_until', clinnet.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sign_in_throttles'))
    )
    with op.batch_alter_table('sign_in_throttles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sign_in_throttles_last_failure_at'), ['last_failure_at'], unique=False)

    op.create_table('idempotency_keys',
    sa.Column('key_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('created_at', clinnet.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('status', sa.Integer(), nullable=True),
    sa.Column('location', sa.String(length=2000), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_idempotency_keys_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key_hash', name=op.f('pk_idempotency_keys'))
    )
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idempotency_keys_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_idempotency_keys_user_id'), ['user_id'], unique=False)

    op.create_table('service_checks',
    sa.Column('name', sa.String(length=20), nullable=False),
    sa.Column('checked_at', clinnet.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_service_checks'))
    )

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.alter_column('failed_logins', new_column_name='failed_code_attempts',
                              existing_type=sa.Integer(), existing_nullable=False)
        batch_op.alter_column('locked_until', new_column_name='codes_locked_until',
                              existing_type=sa.DateTime(timezone=True),
                              existing_nullable=True)
        batch_op.add_column(sa.Column('suspension_source', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('suspension_authority', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('suspended_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('suspended_at', clinnet.core.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('email_confirmed_at', clinnet.core.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('closed_at', clinnet.core.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('sign_in_alert_at', clinnet.core.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('totp_pending_secret', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('totp_pending_at', clinnet.core.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_users_suspended_by_id_users'), 'users', ['suspended_by_id'], ['id'], ondelete='SET NULL')

    # Accounts that exist already were made before addresses were confirmed: they keep working.
    # Suspensions made before authorities were recorded count as an admin's (the strictest
    # reading a moderator cannot lift).
    users = sa.table('users', sa.column('created_at'), sa.column('email_confirmed_at'),
                     sa.column('status'), sa.column('suspension_authority'),
                     sa.column('suspension_source'))
    op.execute(users.update().values(email_confirmed_at=users.c.created_at))
    op.execute(users.update().where(users.c.status == 'suspended')
               .values(suspension_authority='admin', suspension_source='admin'))


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_users_suspended_by_id_users'), type_='foreignkey')
        batch_op.drop_column('totp_pending_at')
        batch_op.drop_column('totp_pending_secret')
        batch_op.drop_column('sign_in_alert_at')
        batch_op.drop_column('closed_at')
        batch_op.drop_column('email_confirmed_at')
        batch_op.drop_column('suspended_at')
        batch_op.drop_column('suspended_by_id')
        batch_op.drop_column('suspension_authority')
        batch_op.drop_column('suspension_source')
        batch_op.alter_column('codes_locked_until', new_column_name='locked_until',
                              existing_type=sa.DateTime(timezone=True),
                              existing_nullable=True)
        batch_op.alter_column('failed_code_attempts', new_column_name='failed_logins',
                              existing_type=sa.Integer(), existing_nullable=False)

    op.drop_table('service_checks')
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_idempotency_keys_user_id'))
        batch_op.drop_index(batch_op.f('ix_idempotency_keys_created_at'))
    op.drop_table('idempotency_keys')
    with op.batch_alter_table('sign_in_throttles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sign_in_throttles_last_failure_at'))
    op.drop_table('sign_in_throttles')
