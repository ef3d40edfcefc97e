"""Audit trail: every change made from chat is recorded, grouped per message, and can be undone.

Rows are snapshotted as JSON-able dicts of their columns. Undo (`Store.changes`, in
crm_store/repos/changes.py) replays a change set backwards: a created row is deleted, an
updated row gets its old values back, a deleted row is inserted again with its old id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, inspect
from sqlalchemy.orm import Session
from sqlalchemy.sql import TableClause

from crm_store.models import AuditEntry, Base, ChangeSet
from crm_store.types import Money, UTCDateTime, utcnow


@dataclass(frozen=True)
class Actor:
    """Who is changing what: every write is scoped to `org_id` and credited to `user_id`."""

    org_id: int
    user_id: int | None
    platform: str | None = None
    message_id: str | None = None


class UndoError(Exception):
    """The change set cannot be undone (already undone, or later changes depend on it)."""


def _to_json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def from_json(column: ColumnElement[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Money):
        return Decimal(value)
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(value)
    try:
        python_type = kind.python_type
    except NotImplementedError:
        return value
    if python_type is date:
        return date.fromisoformat(value)
    if python_type is time:
        return time.fromisoformat(value)
    return value


def snapshot(obj: Base) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: _to_json(getattr(obj, attr.key)) for attr in mapper.column_attrs}


def model_for(table: str) -> type[Base]:
    for mapper in Base.registry.mappers:
        if isinstance(mapper.local_table, TableClause) and mapper.local_table.name == table:
            return mapper.class_
    raise KeyError(table)


class Audit:
    """Collects the changes of one message into one change set, created on the first write."""

    def __init__(
        self, session: Session, actor: Actor, *, enabled: bool = True, now: Callable[[], datetime] = utcnow
    ) -> None:
        self._session = session
        self._now = now  # the store's clock: a change set is dated as the message it holds
        self._actor = actor
        self._enabled = enabled
        self._change_set: ChangeSet | None = None
        self._seq = 0
        self.summary_parts: list[str] = []
        self.created_tables: set[str] = set()  # what this change set created, e.g. {"customers"}

    @property
    def change_set(self) -> ChangeSet | None:
        return self._change_set

    def _record(
        self, obj: Base, action: str, before: dict[str, Any] | None, after: dict[str, Any] | None
    ) -> None:
        if not self._enabled:
            return
        if self._change_set is None:
            self._change_set = ChangeSet(
                org_id=self._actor.org_id,
                user_id=self._actor.user_id,
                platform=self._actor.platform,
                message_id=self._actor.message_id,
                created_at=self._now(),
            )
            self._session.add(self._change_set)
            self._session.flush()
        self._seq += 1
        if action == "create":
            self.created_tables.add(obj.__table__.name)  # type: ignore[attr-defined]
        self._session.add(
            AuditEntry(
                org_id=self._actor.org_id,
                change_set_id=self._change_set.id,
                seq=self._seq,
                entity=obj.__table__.name,  # type: ignore[attr-defined]
                entity_id=obj.id,  # type: ignore[attr-defined]
                action=action,
                before=before,
                after=after,
            )
        )

    def created(self, obj: Base, *, needs_id: bool = True) -> None:
        """Add a new row (flushed, so it has its id, unless nobody needs it yet) and record it."""
        self._session.add(obj)
        if not self._enabled:
            if needs_id:
                self._session.flush()
            return
        self._session.flush()
        self._record(obj, "create", None, snapshot(obj))

    @contextmanager
    def updating(self, obj: Base) -> Iterator[None]:
        """Record only the columns that the block actually changed."""
        if not self._enabled:  # nothing to record: no snapshots, no early flush
            yield
            return
        before = snapshot(obj)
        yield
        self._session.flush()
        after = snapshot(obj)
        changed = [key for key in after if after[key] != before[key] and key != "updated_at"]
        if changed:
            self._record(obj, "update", {k: before[k] for k in changed}, {k: after[k] for k in changed})

    def deleted(self, obj: Base) -> None:
        before = snapshot(obj)
        self._session.delete(obj)
        self._session.flush()
        self._record(obj, "delete", before, None)

    def reset(self) -> None:
        """Forget the change set after its savepoint was rolled back."""
        self._change_set = None
        self._seq = 0
        self.summary_parts = []
        self.created_tables = set()

    def describe(self, text: str) -> None:
        """Add a human summary line for this change set (shown by /undo)."""
        if text not in self.summary_parts:
            self.summary_parts.append(text)
        if self._change_set is not None:
            self._change_set.summary = " · ".join(self.summary_parts)[:500]
