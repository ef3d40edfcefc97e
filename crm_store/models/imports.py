"""Which record an imported row became, by the row's id in the system it came from.

Importing the same file twice changes nothing because every row's key (its id in the source
system, or a fingerprint of its content when it has none) is looked up here first.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from crm_store.models.base import Base, OrgScoped
from crm_store.types import utcnow

IMPORT_KINDS = ("customer", "contact", "deal", "activity")


class ImportKey(OrgScoped, Base):
    __tablename__ = "import_keys"
    __table_args__ = (UniqueConstraint("org_id", "kind", "source_key"),)

    kind: Mapped[str] = mapped_column(String(16))
    source_key: Mapped[str] = mapped_column(String(300))  # e.g. "id:001A000001" or "row:<sha1>"
    record_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


__all__ = ["IMPORT_KINDS", "ImportKey"]
