"""contacts who left the company, or were removed, stay in history

Revision ID: 0006_i14_contacts_left
Revises: 0005_i16_import
Create Date: 2026-11-29 10:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import crm_store.types

revision: str = "0006_i14_contacts_left"
down_revision: str | Sequence[str] | None = "0005_i16_import"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("left_at", crm_store.types.UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("removed_at", crm_store.types.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("removed_at")
        batch.drop_column("left_at")
