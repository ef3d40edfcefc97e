"""What every repository shares: the session, the organisation scope and the audit trail."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_store.errors import NotFound
from crm_store.limits import clean_text

if TYPE_CHECKING:
    from crm_store.store import Store

Row = TypeVar("Row")
__all__ = ["UNSET", "Repo", "clean_text"]


class UNSET:
    """Marks an argument that was not given (None is a real value: 'clear this field')."""


class Repo:
    def __init__(self, store: Store) -> None:
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
