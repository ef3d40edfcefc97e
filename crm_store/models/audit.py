"""The audit trail of every change made from chat; it also powers undo."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from crm_store.models.base import Base, OrgScoped
from crm_store.types import utcnow


class ChangeSet(OrgScoped, Base):
    """All the changes one message made; undo reverts a whole change set."""

    __tablename__ = "change_sets"

    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    summary: Mapped[str] = mapped_column(String(500), default="")
    platform: Mapped[str | None] = mapped_column(String(32))
    message_id: Mapped[str | None] = mapped_column(String(128))
    undone_at: Mapped[datetime | None] = mapped_column()


class AuditEntry(OrgScoped, Base):
    __tablename__ = "audit_entries"

    change_set_id: Mapped[int] = mapped_column(ForeignKey("change_sets.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(64))  # table name
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(8))  # create | update | delete
    before: Mapped[dict[str, Any] | None] = mapped_column()
    after: Mapped[dict[str, Any] | None] = mapped_column()
