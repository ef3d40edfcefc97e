"""Bookkeeping that keeps every process's in-memory customer search index in step with the database.

Each transaction that changes customers or contacts of an organisation bumps that
organisation's row in `search_revisions` (once, just before it commits) and writes one
`search_changes` row per customer it touched, with the new revision. The row lock taken by
the bump makes revisions commit in order, so "everything up to revision N" is a consistent
point: a process whose index is at revision N asks for the changes after N and reloads only
those customers. `customer_id` NULL means "too much changed, reload everything" (bulk imports).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Index, Integer
from sqlalchemy.orm import Mapped, mapped_column

from crm_store.models.base import Base


class SearchRevision(Base):
    __tablename__ = "search_revisions"

    org_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), primary_key=True)
    revision: Mapped[int] = mapped_column(BigInteger, default=0)


class SearchChange(Base):
    __tablename__ = "search_changes"
    __table_args__ = (Index("ix_search_changes_org_revision", "org_id", "revision"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    org_id: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(BigInteger)
    customer_id: Mapped[int | None] = mapped_column(Integer)  # None: reload the whole organisation


__all__ = ["SearchChange", "SearchRevision"]
