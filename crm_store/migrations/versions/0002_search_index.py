"""search index change log

Revision ID: 0002_search_index
Revises: 0001_core
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_search_index"
down_revision: str | Sequence[str] | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "search_revisions",
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organizations.id"], name=op.f("fk_search_revisions_org_id_organizations")
        ),
        sa.PrimaryKeyConstraint("org_id", name=op.f("pk_search_revisions")),
    )
    op.create_table(
        "search_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_changes")),
    )
    op.create_index("ix_search_changes_org_revision", "search_changes", ["org_id", "revision"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_search_changes_org_revision", table_name="search_changes")
    op.drop_table("search_changes")
    op.drop_table("search_revisions")
