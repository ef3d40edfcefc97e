"""Queries behind the inbox of platform updates (see `crm_store.models.inbox`).

Like the outbox these work across organisations: an update is stored before anyone knows
whose it is. Claims are conditional UPDATEs (on PostgreSQL also SKIP LOCKED), so when
several processes share one database exactly one wins each row; only the oldest
unfinished row of a chat can be claimed, which keeps each chat in order across processes.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, exists, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from crm_store.models import InboxUpdate
from crm_store.repos.base import insert_ignoring_duplicates
from crm_store.repos.leases import lease_rows

WAITING = ("pending", "handled")  # statuses a worker still has to do something about


@dataclass(frozen=True)
class NewUpdate:
    """A raw update as a platform sent it, with the keys the inbox needs."""

    platform: str
    update_key: str
    chat_key: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class QueueFigures:
    """How deep a queue is and how long its oldest row has waited."""

    depth: int
    oldest: datetime | None


class InboxQueue:
    """The inbox across organisations (`System.inbox`): an update is stored before anyone knows
    whose it is, so this is a system repository, not one of an organisation's."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, updates: Sequence[NewUpdate], *, now: datetime) -> int:
        """Store updates in the caller's transaction; one seen before is skipped. Returns how many
        were new."""
        rows = [
            {
                "platform": u.platform,
                "update_key": u.update_key[:200],
                "chat_key": u.chat_key[:200],
                "payload": u.payload,
                "status": "pending",
                "parked": False,
                "attempts": 0,
                "received_at": now,
                "next_attempt_at": now,
            }
            for u in updates
        ]
        if not rows:
            return 0
        return insert_ignoring_duplicates(
            self.session, InboxUpdate.__table__, rows, ["platform", "update_key"]
        )

    def claim(
        self,
        *,
        platforms: Collection[str],
        now: datetime,
        worker: str,
        lease_until: datetime,
        limit: int,
    ) -> list[InboxUpdate]:
        """Lease up to `limit` rows, each the oldest unfinished row of its chat, oldest first."""
        if not platforms:
            return []
        older = aliased(InboxUpdate)
        ahead = exists().where(
            older.platform == InboxUpdate.platform,
            older.chat_key == InboxUpdate.chat_key,
            older.status != "done",
            older.id < InboxUpdate.id,
        )
        free = or_(InboxUpdate.claimed_until.is_(None), InboxUpdate.claimed_until < now)
        return lease_rows(
            self.session,
            InboxUpdate,
            candidates=(
                InboxUpdate.status.in_(WAITING),
                InboxUpdate.platform.in_(list(platforms)),
                InboxUpdate.next_attempt_at <= now,
                free,
                ~ahead,
            ),
            still=(InboxUpdate.status.in_(WAITING), free),
            limit=limit,
            worker=worker,
            lease_until=lease_until,
        )

    def mark_handled(
        self, row_id: int, *, worker: str, replies: list[dict[str, Any]], now: datetime,
        parked: bool = False, error: str | None = None,
    ) -> bool:  # fmt: skip
        """Record the replies of a row this worker holds, in the caller's (the handling) transaction.

        False if the row is no longer ours (the lease ran out and another worker took it): the
        caller must then roll its transaction back.
        """
        values: dict[str, Any] = {"status": "handled", "replies": replies, "handled_at": now}
        if parked:
            values.update(parked=True, last_error=(error or "")[:500])
        result = self.session.execute(
            update(InboxUpdate)
            .where(
                InboxUpdate.id == row_id, InboxUpdate.claimed_by == worker, InboxUpdate.status == "pending"
            )
            .values(**values)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    def mark_done(self, ids: Collection[int], *, worker: str, now: datetime) -> int:
        """The replies went out: the rows are finished and the chat's next row may be taken."""
        if not ids:
            return 0
        result = self.session.execute(
            update(InboxUpdate)
            .where(
                InboxUpdate.id.in_(list(ids)), InboxUpdate.claimed_by == worker, InboxUpdate.status != "done"
            )
            .values(status="done", done_at=now, claimed_by=None, claimed_until=None)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def retry_later(self, row_id: int, *, worker: str, at: datetime, error: str) -> int:
        """A failed attempt: count it, give the row back, try again at `at`. Returns the attempts so far."""
        self.session.execute(
            update(InboxUpdate)
            .where(InboxUpdate.id == row_id, InboxUpdate.claimed_by == worker)
            .values(
                attempts=InboxUpdate.attempts + 1,
                next_attempt_at=at,
                last_error=error[:500],
                claimed_by=None,
                claimed_until=None,
            )
        )
        return int(self.session.scalar(select(InboxUpdate.attempts).where(InboxUpdate.id == row_id)) or 0)

    def extend(self, ids: Collection[int], *, worker: str, until: datetime) -> None:
        """Renew this worker's lease on rows it is still working on."""
        if ids:
            self.session.execute(
                update(InboxUpdate)
                .where(InboxUpdate.id.in_(list(ids)), InboxUpdate.claimed_by == worker)
                .values(claimed_until=until)
            )

    def claimants(self, *, prefix: str) -> list[str]:
        """Workers (ids starting with `prefix`) that hold a lease on some row."""
        return list(
            self.session.scalars(
                select(InboxUpdate.claimed_by)
                .where(
                    InboxUpdate.claimed_by.startswith(prefix, autoescape=True), InboxUpdate.status != "done"
                )
                .distinct()
            )
        )

    def release_all(self, workers: Collection[str]) -> int:
        """Free every row these (dead) workers held."""
        if not workers:
            return 0
        result = self.session.execute(
            update(InboxUpdate)
            .where(InboxUpdate.claimed_by.in_(list(workers)))
            .values(claimed_by=None, claimed_until=None)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def release(self, ids: Collection[int], *, worker: str) -> None:
        """Give rows back untouched (shutting down)."""
        if ids:
            self.session.execute(
                update(InboxUpdate)
                .where(InboxUpdate.id.in_(list(ids)), InboxUpdate.claimed_by == worker)
                .values(claimed_by=None, claimed_until=None)
            )

    def prune(self, *, done_before: datetime, parked_before: datetime) -> int:
        """Forget finished rows: ordinary ones after `done_before`, parked ones (kept to look into) later."""
        result = self.session.execute(
            delete(InboxUpdate).where(
                InboxUpdate.status == "done",
                or_(
                    (InboxUpdate.parked.is_(False)) & (InboxUpdate.done_at < done_before),
                    (InboxUpdate.parked.is_(True)) & (InboxUpdate.done_at < parked_before),
                ),
            )
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def waiting(self) -> dict[str, QueueFigures]:
        """Unfinished rows per platform and when the oldest arrived."""
        rows = self.session.execute(
            select(InboxUpdate.platform, func.count(), func.min(InboxUpdate.received_at))
            .where(InboxUpdate.status.in_(WAITING))
            .group_by(InboxUpdate.platform)
        ).all()
        return {platform: QueueFigures(int(count), oldest) for platform, count, oldest in rows}

    def parked_count(self) -> dict[str, int]:
        rows = self.session.execute(
            select(InboxUpdate.platform, func.count())
            .where(InboxUpdate.parked.is_(True))
            .group_by(InboxUpdate.platform)
        ).all()
        return {platform: int(count) for platform, count in rows}
