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
from crm_store.repos.leases import claim_rows, lease_rows

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
        follow: int = 0,
    ) -> list[InboxUpdate]:
        """Lease up to `limit` rows, each the oldest unfinished row of its chat, oldest first, and
        with each up to `follow` of the rows right behind it in its chat (a run that one worker
        handles in order, so a burst costs one claim, not one per update). Rows in id order."""
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
        heads = lease_rows(
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
        if not heads or follow <= 0:
            return heads
        followers = self._followers(heads, now=now, worker=worker, lease_until=lease_until, follow=follow)
        return sorted([*heads, *followers], key=lambda row: row.id)

    def _followers(
        self, heads: list[InboxUpdate], *, now: datetime, worker: str, lease_until: datetime, follow: int
    ) -> list[InboxUpdate]:
        """The rows right behind each head in its chat, as long as they are free and due."""
        head_of = {(head.platform, head.chat_key): head.id for head in heads}
        behind = self.session.execute(
            select(InboxUpdate.id, InboxUpdate.platform, InboxUpdate.chat_key, InboxUpdate.status,
                   InboxUpdate.claimed_until, InboxUpdate.next_attempt_at)
            .where(InboxUpdate.status != "done",
                   InboxUpdate.platform.in_({platform for platform, _ in head_of}),
                   InboxUpdate.chat_key.in_({chat for _, chat in head_of}))
            .order_by(InboxUpdate.id)
        ).all()  # fmt: skip
        wanted: dict[tuple[str, str], list[int]] = {}
        stopped: set[tuple[str, str]] = set()
        for row in behind:
            chat = (row.platform, row.chat_key)
            if chat not in head_of or row.id <= head_of[chat] or chat in stopped:
                continue
            run = wanted.setdefault(chat, [])
            free = row.claimed_until is None or row.claimed_until < now
            if row.status not in WAITING or not free or row.next_attempt_at > now or len(run) >= follow:
                stopped.add(chat)  # the run ends here: what follows waits for this row
                continue
            run.append(row.id)
        ids = [row_id for run in wanted.values() for row_id in run]
        if not ids:
            return []
        still_free = or_(InboxUpdate.claimed_until.is_(None), InboxUpdate.claimed_until < now)
        claimed = claim_rows(self.session, InboxUpdate, ids, InboxUpdate.status.in_(WAITING), still_free,
                             worker=worker, lease_until=lease_until)  # fmt: skip
        won = {row.id: row for row in claimed}
        kept: list[InboxUpdate] = []
        lost: list[int] = []
        for run in wanted.values():  # a run stops at a row another worker won (never expected)
            gap = next((n for n, row_id in enumerate(run) if row_id not in won), len(run))
            kept += [won[row_id] for row_id in run[:gap]]
            lost += [row_id for row_id in run[gap:] if row_id in won]
        self.release(lost, worker=worker)
        return kept

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
