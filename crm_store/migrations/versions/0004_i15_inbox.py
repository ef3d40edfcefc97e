"""inbox of platform updates

Revision ID: 0004_i15_inbox
Revises: 0003_outbox
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import crm_store.types

revision: str = "0004_i15_inbox"
down_revision: str | Sequence[str] | None = "0003_outbox"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    when = crm_store.types.UTCDateTime(timezone=True)
    op.create_table(
        "inbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("update_key", sa.String(length=200), nullable=False),
        sa.Column("chat_key", sa.String(length=200), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("parked", sa.Boolean(), nullable=False),
        sa.Column("replies", sa.JSON(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("received_at", when, nullable=False),
        sa.Column("next_attempt_at", when, nullable=False),
        sa.Column("handled_at", when, nullable=True),
        sa.Column("done_at", when, nullable=True),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("claimed_until", when, nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbox")),
        sa.UniqueConstraint("platform", "update_key", name=op.f("uq_inbox_platform_update_key")),
    )
    with op.batch_alter_table("inbox", schema=None) as batch_op:
        batch_op.create_index("ix_inbox_chat", ["platform", "chat_key", "status", "id"], unique=False)
        batch_op.create_index("ix_inbox_due", ["status", "next_attempt_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("inbox", schema=None) as batch_op:
        batch_op.drop_index("ix_inbox_due")
        batch_op.drop_index("ix_inbox_chat")
    op.drop_table("inbox")
