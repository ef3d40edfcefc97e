"""Counting rows in a database a `salesbot run` process writes to (a connection of the test's own)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from crm_store.db import Database
from crm_store.models import InboxUpdate


def count(url: str, statement: Any) -> int:
    db = Database(url)
    try:
        with db.transaction() as session:
            return int(session.scalar(statement) or 0)
    finally:
        db.dispose()


def inbox_waiting(url: str) -> int:
    """Inbox rows not done yet (pending, handled but not answered, or claimed)."""
    return count(url, select(func.count()).where(InboxUpdate.status != "done"))
