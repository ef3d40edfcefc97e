"""Queries behind notifications: claiming due reminders, the outbox, and daily run records.

These work across organisations (one scheduler serves the whole database), but every row
they write carries the organisation of the user it is for. Claims are conditional
UPDATEs, so when several processes share one PostgreSQL database exactly one of them
wins each row; on PostgreSQL the candidates are also locked with SKIP LOCKED so
processes do not queue behind each other.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, and_, delete, false, func, or_, select, update
from sqlalchemy.orm import Session

from crm_store.models import Identity, OutboxMessage, Reminder, ScheduleRun, User
from crm_store.repos.base import CHUNK, Repo, insert_ignoring_duplicates
from crm_store.repos.leases import lease_rows

TERMINAL = "console"  # the console adapter's platform: its chat is the user id


@dataclass(frozen=True)
class Notice:
    """A notification to queue for one user (already rendered in their language)."""

    org_id: int
    user_id: int
    kind: str
    text: str
    buttons: tuple[tuple[str, str], ...] = ()
    image: bytes | None = None
    image_name: str | None = None
    dedupe_key: str | None = None
    reminder_id: int | None = None
    expires_at: datetime | None = None
    platform: str | None = None
    chat_id: str | None = None


def route_for(user: User, identities: Sequence[Identity]) -> tuple[str, str] | None:
    """(platform, chat) where `user` is reachable: their stated preference, else the platform they
    used last, else any linked account (most recently seen first). None: nowhere yet.

    The chat is the identity's DM chat when known, else its platform user id (on Telegram
    the private chat id; the Slack sender opens a DM from it). On the terminal it is the user id.
    """
    accounts: dict[str, Identity] = {}
    for identity in identities:
        accounts.setdefault(identity.platform, identity)
    for platform in (user.preferred_platform, user.last_platform, *accounts):
        if not platform:
            continue
        if platform == TERMINAL:
            return TERMINAL, str(user.id)
        account = accounts.get(platform)
        if account is not None:
            return platform, account.chat_id or account.external_id
    return None


@dataclass(frozen=True)
class ScheduleRunSpec:
    org_id: int
    user_id: int
    kind: str
    day: date
    data: dict[str, Any]


class Notifications:
    """The scheduler's and the outbox sender's view of the database: across organisations.

    Not org-scoped on purpose, unlike the repositories behind `Store`: one scheduler serves every
    organisation in the database and claims the due reminders of all of them with one
    conditional UPDATE (looping organisations would multiply the round trips and the claims).
    Every row it writes carries the organisation of the user it is for. Handlers never use it:
    they queue through their organisation's `Store.notifications`.
    """

    def __init__(self, session: Session) -> None:
        self.session = session

    def due_reminder_owners(self, now: datetime) -> list[int]:
        """Owners with at least one pending reminder due by `now`."""
        return list(
            self.session.scalars(
                select(Reminder.owner_id)
                .where(Reminder.status == "pending", Reminder.due_at <= now)
                .distinct()
            )
        )

    def claim_due_reminders(
        self, now: datetime, *, awake: Collection[int], urgent_ok: Collection[int], limit: int
    ) -> list[int]:
        """Mark up to `limit` due reminders as sent and return their ids; only rows this call won.

        `awake` owners get every due reminder; `urgent_ok` owners (in quiet hours) only urgent ones.
        """
        if not awake and not urgent_ok:
            return []
        who = or_(
            Reminder.owner_id.in_(list(awake)) if awake else false(),
            and_(Reminder.urgent.is_(True), Reminder.owner_id.in_(list(urgent_ok))) if urgent_ok else false(),
        )
        candidates = self.session.scalars(
            select(Reminder.id)
            .where(Reminder.status == "pending", Reminder.due_at <= now, who)
            .order_by(Reminder.due_at, Reminder.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
        if not candidates:
            return []
        won = self.session.scalars(
            update(Reminder)
            .where(Reminder.id.in_(candidates), Reminder.status == "pending", Reminder.due_at <= now)
            .values(status="sent", sent_at=now)
            .returning(Reminder.id)
        ).all()
        return sorted(won)

    def open_reminder_ids(self, ids: Collection[int]) -> set[int]:
        """Which of these reminders still wait for their owner (sent, not done or cancelled)."""
        if not ids:
            return set()
        return set(
            self.session.scalars(
                select(Reminder.id).where(Reminder.id.in_(list(ids)), Reminder.status == "sent")
            )
        )

    def enqueue(self, notices: Iterable[Notice], *, now: datetime) -> int:
        """Queue notifications in the caller's transaction; a repeated dedupe key is skipped."""
        rows = [
            {
                "org_id": n.org_id,
                "user_id": n.user_id,
                "kind": n.kind,
                "dedupe_key": n.dedupe_key,
                "platform": n.platform,
                "chat_id": n.chat_id,
                "text": n.text,
                "buttons": [list(b) for b in n.buttons],
                "image": n.image,
                "image_name": n.image_name,
                "reminder_id": n.reminder_id,
                "status": "pending",
                "created_at": now,
                "next_attempt_at": now,
                "attempts": 0,
                "expires_at": n.expires_at,
            }
            for n in notices
        ]
        if not rows:
            return 0
        return insert_ignoring_duplicates(self.session, OutboxMessage.__table__, rows, ["dedupe_key"])

    def claim_outbox(
        self,
        *,
        routes: Mapping[str, Collection[str] | None],
        now: datetime,
        worker: str,
        lease_until: datetime,
        limit: int,
    ) -> list[OutboxMessage]:
        """Lease up to `limit` due messages for the platforms this worker can deliver to.

        `routes` maps a platform to the chats this worker may deliver to there (None: any chat).
        """
        if not routes:
            return []
        where_route = or_(
            *(
                and_(OutboxMessage.platform == platform, OutboxMessage.chat_id.in_(list(chats)))
                if chats is not None
                else OutboxMessage.platform == platform
                for platform, chats in routes.items()
            )
        )
        free = or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now)
        return lease_rows(
            self.session,
            OutboxMessage,
            candidates=(
                OutboxMessage.status == "pending",
                where_route,
                OutboxMessage.next_attempt_at <= now,
                free,
                or_(OutboxMessage.expires_at.is_(None), OutboxMessage.expires_at > now),
            ),
            still=(OutboxMessage.status == "pending", free),
            limit=limit,
            worker=worker,
            lease_until=lease_until,
        )

    def mark_sent(self, ids: Collection[int], *, worker: str, now: datetime) -> int:
        if not ids:
            return 0
        result = self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(list(ids)), OutboxMessage.claimed_by == worker)
            .values(status="sent", sent_at=now, claimed_until=None, attempts=OutboxMessage.attempts + 1)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def release(
        self,
        message_ids: Collection[int],
        *,
        worker: str,
        at: datetime,
        error: str | None,
        attempted: bool,
    ) -> None:
        """Give messages back for a later attempt (rate limit, passing failure, or not reached)."""
        values: dict[str, Any] = {"next_attempt_at": at, "claimed_until": None}
        if attempted:
            values["attempts"] = OutboxMessage.attempts + 1
        if error is not None:
            values["last_error"] = error[:500]
        self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(list(message_ids)), OutboxMessage.claimed_by == worker)
            .values(**values)
        )

    def finish(self, message_id: int, *, worker: str, status: str, error: str | None) -> None:
        """Stop trying: `failed` (the platform refused for good) or `dropped` (no longer relevant)."""
        self.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.claimed_by == worker)
            .values(status=status, claimed_until=None, last_error=(error or "")[:500] or None)
        )

    def expire_stale(self, now: datetime) -> int:
        result = self.session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.status == "pending",
                OutboxMessage.expires_at <= now,
                or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now),
            )
            .values(status="expired", claimed_until=None)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def unrouted(self, limit: int = 500) -> list[tuple[int, int]]:
        """(message id, user id) of pending messages that have nowhere to go yet."""
        rows = self.session.execute(
            select(OutboxMessage.id, OutboxMessage.user_id)
            .where(OutboxMessage.status == "pending", OutboxMessage.platform.is_(None))
            .order_by(OutboxMessage.id)
            .limit(limit)
        )
        return [(row[0], row[1]) for row in rows]

    def waiting_routes(self, *, created_before: datetime) -> list[tuple[int, str, str | None]]:
        """(user, platform, chat) of messages nobody has picked up since `created_before`."""
        rows = self.session.execute(
            select(OutboxMessage.user_id, OutboxMessage.platform, OutboxMessage.chat_id)
            .where(
                OutboxMessage.status == "pending",
                OutboxMessage.platform.is_not(None),
                OutboxMessage.attempts == 0,
                OutboxMessage.claimed_until.is_(None),
                OutboxMessage.created_at < created_before,
            )
            .distinct()
        )
        return [(row[0], row[1], row[2]) for row in rows if row[1] is not None]  # None: not selected

    def set_route(
        self,
        *,
        user_id: int,
        platform: str,
        chat_id: str,
        message_ids: Collection[int] | None = None,
        from_route: tuple[str | None, str | None] | None = None,
    ) -> int:
        """Point a user's waiting messages (these ids, or those on `from_route`) at a new chat."""
        query = update(OutboxMessage).where(
            OutboxMessage.user_id == user_id,
            OutboxMessage.status == "pending",
            OutboxMessage.claimed_until.is_(None),
        )
        if message_ids is not None:
            query = query.where(OutboxMessage.id.in_(list(message_ids)))
        if from_route is not None:
            query = query.where(
                OutboxMessage.platform == from_route[0],
                OutboxMessage.chat_id == from_route[1]
                if from_route[1] is not None
                else OutboxMessage.chat_id.is_(None),
                OutboxMessage.attempts == 0,
            )
        result = self.session.execute(query.values(platform=platform, chat_id=chat_id))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def prune(self, *, before: datetime) -> int:
        """Forget finished messages older than `before` (the outbox is a queue, not an archive)."""
        result = self.session.execute(
            delete(OutboxMessage).where(
                OutboxMessage.status.in_(("sent", "expired", "dropped", "failed")),
                OutboxMessage.created_at < before,
            )
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def outbox_waiting(self) -> tuple[int, datetime | None]:
        """Notifications not yet delivered, and when the oldest was queued."""
        count, oldest = self.session.execute(
            select(func.count(), func.min(OutboxMessage.created_at)).where(OutboxMessage.status == "pending")
        ).one()
        return int(count), oldest

    def users_by_ids(self, ids: Collection[int]) -> dict[int, User]:
        if not ids:
            return {}
        return {u.id: u for u in self.session.scalars(select(User).where(User.id.in_(list(ids))))}

    def reminders_by_ids(self, ids: Collection[int]) -> Sequence[Reminder]:
        """Claimed reminders (of any organisation), in id order."""
        return self.session.scalars(
            select(Reminder).where(Reminder.id.in_(list(ids))).order_by(Reminder.id)
        ).all()

    def active_users(self) -> Sequence[User]:
        """Every active user of every organisation (the scheduler's morning round)."""
        return self.session.scalars(select(User).where(User.active.is_(True)).order_by(User.id)).all()

    def identities_of(self, user_ids: Collection[int]) -> dict[int, list[Identity]]:
        """Each user's chat accounts, most recently used first."""
        found: dict[int, list[Identity]] = {}
        if not user_ids:
            return found
        rows = self.session.scalars(
            select(Identity)
            .where(Identity.user_id.in_(list(user_ids)))
            .order_by(Identity.last_seen_at.desc().nulls_last(), Identity.id.desc())
        )
        for identity in rows:
            found.setdefault(identity.user_id, []).append(identity)
        return found

    def routes_for(self, users: Iterable[User]) -> dict[int, tuple[str, str] | None]:
        users = list(users)
        accounts = self.identities_of([u.id for u in users])
        return {u.id: route_for(u, accounts.get(u.id, [])) for u in users}

    def claim_runs(self, runs: Sequence[ScheduleRunSpec], *, now: datetime) -> set[tuple[int, str]]:
        """Record daily runs; returns the (user, kind) pairs this call created (the others were done)."""
        if not runs:
            return set()
        from sqlalchemy.dialects import postgresql, sqlite

        insert = postgresql.insert if self.session.get_bind().dialect.name == "postgresql" else sqlite.insert
        table = ScheduleRun.__table__
        assert isinstance(table, Table)  # a model maps a table
        won: set[tuple[int, str]] = set()
        rows = [
            {
                "org_id": r.org_id,
                "user_id": r.user_id,
                "kind": r.kind,
                "day": r.day,
                "created_at": now,
                "data": r.data,
            }
            for r in runs
        ]
        for start in range(0, len(rows), CHUNK):
            statement = (
                insert(table)
                .values(rows[start : start + CHUNK])
                .on_conflict_do_nothing(index_elements=["user_id", "kind", "day"])
                .returning(table.c.user_id, table.c.kind)
            )
            won.update((row[0], row[1]) for row in self.session.execute(statement))
        return won

    def runs_on(self, kind: str, days: Collection[date]) -> set[tuple[int, date]]:
        """(user, day) pairs already done for these local days."""
        if not days:
            return set()
        rows = self.session.execute(
            select(ScheduleRun.user_id, ScheduleRun.day).where(
                ScheduleRun.kind == kind, ScheduleRun.day.in_(list(days))
            )
        )
        return {(row[0], row[1]) for row in rows}

    def last_run(self, user_id: int, kind: str) -> ScheduleRun | None:
        return self.session.scalars(
            select(ScheduleRun)
            .where(ScheduleRun.user_id == user_id, ScheduleRun.kind == kind)
            .order_by(ScheduleRun.day.desc(), ScheduleRun.id.desc())
            .limit(1)
        ).first()

    def last_runs(self, user_ids: Collection[int], kind: str, *, before: date) -> dict[int, ScheduleRun]:
        """Each user's newest run of `kind` before the local day `before`."""
        if not user_ids:
            return {}
        newest = (
            select(ScheduleRun.user_id, func.max(ScheduleRun.day).label("day"))
            .where(
                ScheduleRun.user_id.in_(list(user_ids)), ScheduleRun.kind == kind, ScheduleRun.day < before
            )
            .group_by(ScheduleRun.user_id)
            .subquery()
        )
        rows = self.session.scalars(
            select(ScheduleRun).join(
                newest,
                and_(
                    ScheduleRun.user_id == newest.c.user_id,
                    ScheduleRun.day == newest.c.day,
                    ScheduleRun.kind == kind,
                ),
            )
        )
        return {run.user_id: run for run in rows}


class OrgNotifications(Repo):
    """One organisation's side of the outbox (`Store.notifications`): what a handler may queue."""

    def _system(self) -> Notifications:
        return Notifications(self.session)

    def _ours(self, org_ids: Iterable[int | None]) -> None:
        if any(org_id != self.org_id for org_id in org_ids):
            raise ValueError("a notification for another organisation")

    def enqueue(self, notices: Iterable[Notice], *, now: datetime) -> int:
        """Queue notifications for this organisation's users (a repeated dedupe key is skipped)."""
        notices = list(notices)
        self._ours(n.org_id for n in notices)
        return self._system().enqueue(notices, now=now)

    def routes_for(self, users: Iterable[User]) -> dict[int, tuple[str, str] | None]:
        users = list(users)
        self._ours(u.org_id for u in users)
        return self._system().routes_for(users)

    def last_run(self, user_id: int, kind: str) -> ScheduleRun | None:
        """The user's newest daily run of `kind` (e.g. when their last digest went out)."""
        return self.session.scalars(
            self._scoped(ScheduleRun)
            .where(ScheduleRun.user_id == user_id, ScheduleRun.kind == kind)
            .order_by(ScheduleRun.day.desc(), ScheduleRun.id.desc())
            .limit(1)
        ).first()
