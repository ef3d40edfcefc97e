"""The inbox: every platform update, stored before the platform is told it arrived.

A row goes `pending` (received) -> `handled` (its effects and its replies committed in one
transaction) -> `done` (replies delivered). A row that failed a few times is `parked`: it
is handled with a short apology as its reply, and never blocks the rows behind it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from crm_store.models.base import Base
from crm_store.types import utcnow

INBOX_STATUSES = ("pending", "handled", "done")


class InboxUpdate(Base):
    """One raw platform update (no organisation yet: who sent it is decided when it is handled)."""

    __tablename__ = "inbox"
    __table_args__ = (
        UniqueConstraint("platform", "update_key"),
        Index("ix_inbox_chat", "platform", "chat_key", "status", "id"),
        Index("ix_inbox_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    # The platform's id of the update (Telegram update_id, Slack event id / trigger id ...).
    update_key: Mapped[str] = mapped_column(String(200))
    # Updates of one chat are handled in order; different chats side by side.
    chat_key: Mapped[str] = mapped_column(String(200))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    parked: Mapped[bool] = mapped_column(Boolean, default=False)
    # The replies committed with the effects, delivered after the commit (a crash in between
    # sends them after the restart).
    replies: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    attempts: Mapped[int] = mapped_column(default=0)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    handled_at: Mapped[datetime | None] = mapped_column()
    done_at: Mapped[datetime | None] = mapped_column()
    # A worker's lease: while `claimed_until` is in the future no other worker takes the row.
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(String(500))


__all__ = ["INBOX_STATUSES", "InboxUpdate"]
