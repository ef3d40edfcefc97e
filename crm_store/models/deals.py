"""Deals move through the organisation's one set of stages; every change leaves a row."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_store.models.base import Base, OrgScoped, Timestamps
from crm_store.types import utcnow

DEAL_STATUSES = ("open", "won", "lost")


class Deal(OrgScoped, Timestamps, Base):
    __tablename__ = "deals"
    __table_args__ = (Index("ix_deals_org_status_stage", "org_id", "status", "stage"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    amount: Mapped[Decimal | None] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3))
    stage: Mapped[str] = mapped_column(String(32))
    expected_close: Mapped[date | None] = mapped_column(Date)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(8), default="open")
    lost_reason: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None] = mapped_column()
    extra: Mapped[dict[str, Any] | None] = mapped_column()


class DealChange(OrgScoped, Base):
    """One stage or amount change of a deal: who, when, from, to (creation included)."""

    __tablename__ = "deal_changes"

    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id"), index=True)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    from_stage: Mapped[str | None] = mapped_column(String(32))
    to_stage: Mapped[str | None] = mapped_column(String(32))
    from_amount: Mapped[Decimal | None] = mapped_column()
    to_amount: Mapped[Decimal | None] = mapped_column()
