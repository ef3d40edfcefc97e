"""What every repository shares: the session, the organisation scope and the audit trail."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_store.audit import Actor, Audit
from crm_store.errors import NotFound
from crm_store.limits import clean_text

Row = TypeVar("Row")
Item = TypeVar("Item")


@dataclass(frozen=True)
class Page(Generic[Item]):
    """One page of a longer list: the items from `offset` on, and how long the whole list is."""

    items: list[Item]
    total: int
    offset: int = 0

    @property
    def has_next(self) -> bool:
        return self.offset + len(self.items) < self.total


CHUNK = 200  # rows per multi-row INSERT (well under both engines' parameter limits)


def insert_ignoring_duplicates(
    session: Session, table: Any, rows: list[dict[str, Any]], keys: list[str]
) -> int:
    """INSERT ... ON CONFLICT DO NOTHING; returns how many rows were new."""
    from sqlalchemy.dialects import postgresql, sqlite

    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    added = 0
    for start in range(0, len(rows), CHUNK):
        statement = (
            insert(table).values(rows[start : start + CHUNK]).on_conflict_do_nothing(index_elements=keys)
        )
        added += len(session.execute(statement.returning(table.c.id)).all())
    return added


__all__ = ["CHUNK", "UNSET", "Page", "Repo", "Scope", "clean_text", "insert_ignoring_duplicates"]


class UNSET:
    """Marks an argument that was not given (None is a real value: 'clear this field')."""


class Scope(Protocol):
    """What a repository works in: `crm_store.store.Store` is the one that builds them all.

    A protocol, so the repositories need not import the Store that imports them."""

    session: Session
    actor: Actor
    org_id: int
    audit: Audit

    @property
    def now(self) -> Callable[[], datetime]: ...  # the clock (read only: a dataclass's callable field fits)


class Repo:
    def __init__(self, store: Scope) -> None:
        self.store = store

    @property
    def session(self) -> Session:
        return self.store.session

    @property
    def org_id(self) -> int:
        return self.store.org_id

    def _get(self, model: type[Row], ident: int | None) -> Row | None:
        if ident is None:
            return None
        row = self.session.get(model, ident)
        if row is None or getattr(row, "org_id", None) != self.org_id:
            return None
        return row

    def _require(self, model: type[Row], ident: int) -> Row:
        row = self._get(model, ident)
        if row is None:
            raise NotFound(getattr(model, "__tablename__", "row"), ident)
        return row

    def _scoped(self, model: Any) -> Any:
        return select(model).where(model.org_id == self.org_id)
