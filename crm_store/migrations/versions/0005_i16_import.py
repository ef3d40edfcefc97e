"""import keys (source ids of imported rows), extra fields kept from imports, user e-mail

Revision ID: 0005_i16_import
Revises: 0004_i15_inbox
Create Date: 2026-11-29 10:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import crm_store.types

revision: str = "0005_i16_import"
down_revision: str | Sequence[str] | None = "0004_i15_inbox"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_EXTRA_TABLES = ("customers", "contacts", "deals", "activities")


def upgrade() -> None:
    op.create_table(
        "import_keys",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("source_key", sa.String(length=300), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("created_at", crm_store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organizations.id"], name=op.f("fk_import_keys_org_id_organizations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_keys")),
        sa.UniqueConstraint(
            "org_id", "kind", "source_key", name=op.f("uq_import_keys_org_id_kind_source_key")
        ),
    )
    with op.batch_alter_table("import_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_keys_org_id"), ["org_id"], unique=False)
    for table in _EXTRA_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("extra", sa.JSON(), nullable=True))
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(length=254), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("email")
    for table in _EXTRA_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("extra")
    with op.batch_alter_table("import_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_keys_org_id"))
    op.drop_table("import_keys")
