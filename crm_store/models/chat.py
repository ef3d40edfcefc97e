"""Chat bookkeeping: messages already processed, and questions waiting for an answer."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from crm_store.models.base import Base, OrgScoped
from crm_store.types import utcnow


class ProcessedMessage(Base):
    """A platform message id seen before is acknowledged and not processed again."""

    __tablename__ = "processed_messages"
    __table_args__ = (UniqueConstraint("platform", "message_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    message_key: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class PendingChoice(OrgScoped, Base):
    """A question the bot asked with buttons; a button payload names this row."""

    __tablename__ = "pending_choices"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column()
