"""The outbox of notifications and the record of daily runs (digests, "your day").

Every notification is written here in the same transaction that decided to send it; a
delivery worker sends it later and marks it sent only after the platform accepted it.
Schedules are data too: a run row per (user, kind, local day) makes "at most once a day"
a unique key rather than a promise.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from crm_store.models.base import Base, OrgScoped
from crm_store.types import utcnow

OUTBOX_STATUSES = ("pending", "sent", "failed", "expired", "dropped")
OUTBOX_KINDS = ("reminder", "digest", "your_day", "complaint")


class OutboxMessage(OrgScoped, Base):
    """One notification for one user: what to say, where to deliver it, and how delivery went."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_due", "status", "platform", "next_attempt_at"),
        UniqueConstraint("dedupe_key"),
    )

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    # e.g. "digest:12:2026-11-23": a second attempt to queue the same notification is a no-op.
    dedupe_key: Mapped[str | None] = mapped_column(String(120))
    # Where to deliver; NULL until the user is reachable somewhere (then routed by the scheduler).
    platform: Mapped[str | None] = mapped_column(String(32))
    chat_id: Mapped[str | None] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(Text)
    buttons: Mapped[list[list[str]]] = mapped_column(JSON, default=list)  # [[label, payload], ...]
    image: Mapped[bytes | None] = mapped_column(LargeBinary)
    image_name: Mapped[str | None] = mapped_column(String(100))
    # The reminder this notifies about (no foreign key: undoing a reminder must stay possible).
    reminder_id: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    attempts: Mapped[int] = mapped_column(default=0)
    # A delivery worker's lease: while `claimed_until` is in the future, no other worker sends it.
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None] = mapped_column()
    sent_at: Mapped[datetime | None] = mapped_column()
    expires_at: Mapped[datetime | None] = mapped_column()  # a stale digest is not worth sending
    last_error: Mapped[str | None] = mapped_column(String(500))


class ScheduleRun(OrgScoped, Base):
    """A daily notification done for one user on one local day; `data` keeps what the next one compares to."""

    __tablename__ = "schedule_runs"
    __table_args__ = (UniqueConstraint("user_id", "kind", "day"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # digest | your_day
    day: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


__all__ = ["OUTBOX_KINDS", "OUTBOX_STATUSES", "OutboxMessage", "ScheduleRun"]
