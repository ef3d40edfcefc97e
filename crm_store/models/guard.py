"""The storage guard: the last check on every row written through the ORM, on every path.

Whatever reached a model (chat, buttons, import, restore, the command line), text columns
lose control characters and lone surrogates (PostgreSQL refuses NUL, SQLite would keep it),
user-facing fields over their limit in `crm_store.limits` are refused, and other bounded
columns (audit summaries, error notes) are cut to their size, so SQLite and PostgreSQL
behave the same.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Mapper
from sqlalchemy.sql import TableClause

from crm_store.errors import InvalidValue
from crm_store.limits import shorten, strip_controls, text_limit
from crm_store.models.base import Base


def _guard_row(mapper: Mapper[Any], _connection: Any, target: Any) -> None:
    assert isinstance(mapper.local_table, TableClause)  # every model maps one table
    table = mapper.local_table.name
    state = inspect(target)
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if not isinstance(column.type, String):
            continue
        if state.persistent and not state.attrs[prop.key].history.has_changes():
            continue  # an update checks what it changes (an old row may predate today's limits)
        value = target.__dict__.get(prop.key)
        if not isinstance(value, str):
            continue
        cleaned = strip_controls(value)
        limit = text_limit(table, column.name)
        if limit is not None and len(cleaned) > limit:
            raise InvalidValue(column.name, "too_long", limit=limit, length=len(cleaned))
        if column.type.length is not None and len(cleaned) > column.type.length:
            cleaned = shorten(cleaned, column.type.length)
        if cleaned != value:
            setattr(target, prop.key, cleaned)


def install() -> None:
    """Guard every mapped table (idempotent)."""
    for name in ("before_insert", "before_update"):
        if not event.contains(Base, name, _guard_row):
            event.listen(Base, name, _guard_row, propagate=True)
