"""The shared customer record and the people who work there."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_store.models.base import Base, OrgScoped, Timestamps

LIFECYCLES = ("lead", "prospect", "customer", "churned")
TIERS = ("A", "B", "C")  # A: the big customers that bring most of the revenue


class Customer(OrgScoped, Timestamps, Base):
    __tablename__ = "customers"
    __table_args__ = (Index("ix_customers_org_name", "org_id", "name"),)

    name: Mapped[str] = mapped_column(String(300))
    aliases: Mapped[list[str]] = mapped_column(default=list)
    industry: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(64))
    website: Mapped[str | None] = mapped_column(String(300))
    tier: Mapped[str | None] = mapped_column(String(8))
    lifecycle: Mapped[str] = mapped_column(String(16), default="lead")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # Columns an import brought that have no field of ours: {their column: value}, never dropped.
    extra: Mapped[dict[str, Any] | None] = mapped_column()


class Contact(OrgScoped, Timestamps, Base):
    __tablename__ = "contacts"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(254))
    # No longer there (kept, with their history): they left the company, or were removed from
    # the list while activities still name them.
    left_at: Mapped[datetime | None] = mapped_column()
    removed_at: Mapped[datetime | None] = mapped_column()

    @property
    def current(self) -> bool:
        return self.left_at is None and self.removed_at is None

    extra: Mapped[dict[str, Any] | None] = mapped_column()


__all__ = ["LIFECYCLES", "TIERS", "Contact", "Customer"]
