"""community: notification mail settings, the case a notification is about, mailed_at

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 04:00:00

"""
from alembic import op
import sqlalchemy as sa

import clinnet.core.db  # custom column types used by the models


# revision identifiers, used by Alembic.
revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "mail_settings",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("frequency", sa.String(length=20), nullable=False),
        sa.Column("last_digest_at", clinnet.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", clinnet.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_mail_settings_user_id_users"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_mail_settings")),
    )
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("case_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("mailed_at", clinnet.core.db.UTCDateTime(timezone=True),
                                      nullable=True))
    # What was there before the upgrade is not mailed now: it is old news.
    op.execute("UPDATE notifications SET mailed_at = created_at")
    op.create_index("ix_notifications_unmailed_user_id", "notifications", ["user_id"],
                    unique=False, sqlite_where=sa.text("mailed_at IS NULL"),
                    postgresql_where=sa.text("mailed_at IS NULL"))


def downgrade():
    op.drop_index("ix_notifications_unmailed_user_id", table_name="notifications")
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_column("mailed_at")
        batch_op.drop_column("case_id")
    op.drop_table("mail_settings")
