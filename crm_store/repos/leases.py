"""Conditional claims with a lease, shared by the inbox and the outbox.

Several processes may race for the same rows: the UPDATE only takes rows that still meet the
condition, so each row is won by exactly one worker, who then reads its rows afresh.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

Row = TypeVar("Row")


def lease_rows(
    session: Session,
    model: type[Row],
    *,
    candidates: Sequence[ColumnElement[bool]],
    still: Sequence[ColumnElement[bool]],
    limit: int,
    worker: str,
    lease_until: datetime,
) -> list[Row]:
    """Pick up to `limit` rows meeting `candidates`, oldest first (on PostgreSQL skipping rows
    another process has locked), and lease to `worker` those that still meet `still`."""
    table: Any = model
    ids = session.scalars(
        select(table.id).where(*candidates).order_by(table.id).limit(limit).with_for_update(skip_locked=True)
    ).all()
    if not ids:
        return []
    return claim_rows(session, model, ids, *still, worker=worker, lease_until=lease_until)


def claim_rows(
    session: Session,
    model: type[Row],
    ids: Sequence[int],
    *conditions: ColumnElement[bool],
    worker: str,
    lease_until: datetime,
) -> list[Row]:
    """Lease the rows of `ids` that still meet `conditions` to `worker`; the won rows, in id order."""
    table: Any = model
    won = session.scalars(
        update(table)
        .where(table.id.in_(ids), *conditions)
        .values(claimed_by=worker, claimed_until=lease_until)
        .returning(table.id)
    ).all()
    if not won:
        return []
    return list(
        session.scalars(
            select(table)
            .where(table.id.in_(won))
            .order_by(table.id)
            .execution_options(populate_existing=True)
        )
    )
