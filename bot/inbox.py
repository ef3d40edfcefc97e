"""The durable inbox: every update is stored before its platform is told it arrived, and handled from there.

What an adapter does (the whole API; it is the same for every platform):

    app.inbox.register(handler)     # an `InboxHandler` for one platform; starts the worker
    await app.inbox.receive(PLATFORM, [Received(update_key, chat_key, raw_payload), ...])
        # returns once the rows are committed: only now confirm to the platform (next
        # getUpdates offset, HTTP 200, Slack ack). Raises `InboxUnavailable` when the database
        # cannot take them: confirm nothing, the platform will deliver again.
    app.inbox.unregister(handler)   # on stop

`update_key` is the platform's id of the update (a repeat is stored once), `chat_key`
orders the work (one chat's updates one after another, chats side by side). The worker
then, for each row it wins with a conditional claim (`System.inbox.claim`):

1. `await handler.message(payload)` -> the `IncomingMessage` (None: nothing to do);
2. `Assistant.process(msg, finish)`, where `finish` marks the row handled, with the replies,
   in the message's own transaction (so its effects and "handled" commit together);
3. `await handler.deliver(payload, replies)` (also with no replies: a button press is answered
   there), then the row is marked done: in the worker's next claim transaction, together with
   the other rows finished meanwhile (one transaction fewer per update; the chat's next row
   is claimable in that same transaction).

A crash before 2 commits leaves the row pending; between 2 and 3, handled: either way
the next worker picks it up: this process after a restart at once (a worker id names its
host and pid, so rows of a dead process on the same host are freed at start and every few
seconds), another host's process once the lease ran out (15 s; renewed while the work goes on).

An update that fails `MAX_ATTEMPTS` times is parked: the user is told it
could not be processed, the row is kept for a look, and the chat's next update goes on.
While the database is unreachable nothing counts as a failure: the work waits and the
outage is logged once (`DatabaseHealth`). Done rows are deleted after `RETENTION`.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import logging
import os
import secrets
import socket
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.health import DatabaseHealth, Metrics
from bot.logs import update_context
from crm_store.db import Database, is_transient
from crm_store.models import InboxUpdate
from crm_store.repos import inbox as repo
from crm_store.system import System
from handlers.assistant import Assistant
from handlers.errors import log_failure
from handlers.i18n import N_, Catalogs, language_of
from handlers.messages import Button, Image, IncomingMessage, Reply

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
RETRY_DELAYS = (0.5, 1.0, 2.0)  # seconds before the 2nd, 3rd ... attempt: short, a chat waits behind it
LEASE = timedelta(seconds=15)  # renewed every RENEW_SECONDS while a row is worked on
RENEW_SECONDS = 5.0
POLL_SECONDS = 1.0  # look for rows other processes stored (or left behind) at least this often
RUN = 16  # rows of one chat claimed together and handled one after another by one task
SHUTDOWN_CALL = 5.0  # seconds each database call at shutdown may take
RETENTION = timedelta(days=7)
PARKED_RETENTION = timedelta(days=30)
PRUNE_EVERY = timedelta(hours=1)
COULD_NOT_PROCESS = N_(
    "Sorry, I could not process your message, so nothing was saved. Please try again in a "
    "moment, or put it another way."
)


@dataclass(frozen=True)
class _Outcome:
    """How working on one row of a run ended."""

    go_on: bool  # the chat's next row may follow
    delivered: bool = False  # handled and answered, not yet marked done
    carried: bool = False  # its handling transaction marked the row before it done


class InboxUnavailable(Exception):
    """The update could not be stored: do not confirm it to the platform."""


class LostClaim(Exception):
    """Another worker took the row over (our lease ran out); our transaction is rolled back."""


@dataclass(frozen=True)
class Received:
    """An update as it arrived: the platform's id for it, the chat it orders within, the raw body."""

    update_key: str
    chat_key: str
    payload: dict[str, Any]


class InboxHandler(Protocol):
    """What an adapter gives the inbox for its platform."""

    platform: str

    async def message(self, payload: dict[str, Any]) -> IncomingMessage | None: ...

    async def deliver(self, payload: dict[str, Any], replies: list[Reply]) -> None: ...


def reply_to_json(reply: Reply) -> dict[str, Any]:
    data: dict[str, Any] = {
        "text": reply.text,
        "buttons": [[b.label, b.payload] for b in reply.buttons],
        "in_thread": reply.in_thread,
        "notice": reply.notice,
    }
    if reply.image is not None:
        data["image"] = {
            "data": base64.b64encode(reply.image.data).decode(),
            "filename": reply.image.filename,
            "alt": reply.image.alt,
        }
    return data


def reply_from_json(data: dict[str, Any]) -> Reply:
    image = data.get("image")
    return Reply(
        data["text"],
        tuple(Button(label, payload) for label, payload in data.get("buttons", [])),
        image=Image(base64.b64decode(image["data"]), image["filename"], image.get("alt", ""))
        if image
        else None,
        in_thread=bool(data.get("in_thread", True)),
        notice=bool(data.get("notice", False)),
    )


class Inbox:
    """One per process: stores updates for every adapter and works through them."""

    def __init__(
        self,
        db: Database,
        assistant: Assistant,
        *,
        clock: Callable[[], datetime],
        catalogs: Catalogs,
        default_locale: str,
        metrics: Metrics,
        health: DatabaseHealth,
        concurrency: int = 32,
        worker_id: str | None = None,
    ) -> None:
        self.db = db
        self.assistant = assistant
        self.clock = clock
        self.catalogs = catalogs
        self.default_locale = default_locale
        self.metrics = metrics
        self.health = health
        self.concurrency = concurrency
        self.host = socket.gethostname()
        self.worker_id = worker_id or f"{self.host}:{os.getpid()}:{secrets.token_hex(3)}"
        self.handlers: dict[str, InboxHandler] = {}
        self.finished: Counter[str] = Counter()  # rows done (or repeats skipped) per platform, this process
        self._wake = asyncio.Event()
        self._stopping = False
        self._loop_task: asyncio.Task[None] | None = None
        self._claiming: asyncio.Future[list[InboxUpdate]] | None = None  # the loop's claim in its thread
        self._busy: dict[int, asyncio.Task[None]] = {}
        self._finished_rows: list[InboxUpdate] = []  # delivered; marked done with the next claim
        self._counting = threading.Lock()  # rows are counted done from the loop and from claim threads
        self.run = RUN
        self._pruned_at: datetime | None = None

    # The adapters' side ------------------------------------------------------
    def register(self, handler: InboxHandler) -> None:
        self.handlers[handler.platform] = handler
        if self._loop_task is None or self._loop_task.done():
            self._stopping = False
            self._loop_task = asyncio.create_task(self._run(), name="salesbot-inbox")
        self.wake()

    async def unregister(self, handler: InboxHandler, grace: float = 10.0) -> None:
        if self.handlers.get(handler.platform) is handler:
            del self.handlers[handler.platform]
        if not self.handlers:
            await self.stop(grace)

    async def receive(self, platform: str, updates: Sequence[Received]) -> int:
        """Store updates; returns how many were new. Raises `InboxUnavailable` if they were not stored."""
        rows = [repo.NewUpdate(platform, u.update_key, u.chat_key, u.payload) for u in updates]
        try:
            new = await asyncio.to_thread(self._store, rows)
        except Exception as error:
            if is_transient(error):
                self.health.failed(error)
            else:
                ref = secrets.token_hex(3)
                log_failure(log, f"{platform}: storing {len(rows)} update(s) failed", ref, error)
            raise InboxUnavailable(str(error)) from None
        self.health.ok()
        self.metrics.received.labels(platform).inc(new)
        if new < len(rows):
            log.info("%s: %d update(s) delivered again; stored once", platform, len(rows) - new)
            self.finished[platform] += len(rows) - new
        if new:
            self.wake()
        return new

    def _store(self, rows: list[repo.NewUpdate]) -> int:
        with self.db.system() as system:
            return system.inbox.add(rows, now=self.clock())

    def wake(self) -> None:
        self._wake.set()

    async def idle(self, timeout: float = 60.0) -> None:
        """Wait until nothing of this process's platforms is left to do (for tests and shutdown)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self._busy or await asyncio.to_thread(self._waiting) > 0:
            if loop.time() > deadline:
                raise TimeoutError(f"inbox still busy after {timeout} s")
            self.wake()
            await asyncio.sleep(0.02)

    def _waiting(self) -> int:
        with self.db.system() as system:
            figures = system.inbox.waiting()
        return sum(figures[p].depth for p in self.handlers if p in figures)

    # The worker ----------------------------------------------------------------
    async def stop(self, grace: float = 10.0) -> None:
        """Finish what is in hand (up to `grace` seconds), give back the rest. Each last database
        call is bounded too: a database that does not answer cannot hold the shutdown up (the rows'
        leases then run out, or a restart on this host takes them back)."""
        self._stopping = True
        self.wake()
        if self._busy:
            await asyncio.wait(set(self._busy.values()), timeout=grace)
        left = list(self._busy)  # claimed, not finished
        for task in set(self._busy.values()):
            task.cancel()
        if self._loop_task is not None:
            self._loop_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._loop_task
            self._loop_task = None
        if self._claiming is not None:  # its thread runs on: let it commit, give back what it leased
            with contextlib.suppress(Exception):
                claimed = await asyncio.wait_for(asyncio.shield(self._claiming), SHUTDOWN_CALL)
                left += [row.id for row in claimed if row.id not in self._busy]
            self._claiming = None
        if finished := self._take_finished():  # before `left` is given back: marking needs the lease
            try:
                await asyncio.wait_for(asyncio.to_thread(self._claim, [], 0, finished), SHUTDOWN_CALL)
            except Exception:  # the rows stay "handled": their replies go again after the restart
                log.warning("inbox: %d finished update(s) not marked done at shutdown", len(finished))
        if left:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(asyncio.to_thread(self._release, left), SHUTDOWN_CALL)

    def _release(self, ids: list[int]) -> None:
        with self.db.system() as system:
            system.inbox.release(ids, worker=self.worker_id)

    def _free_dead_workers_rows(self) -> None:
        """Rows held by a process of this host that is gone (killed, crashed) are free at once."""
        with self.db.system() as system:
            dead = [w for w in system.inbox.claimants(prefix=f"{self.host}:") if self._is_dead(w)]
            if freed := system.inbox.release_all(dead):
                log.warning("inbox: took back %d update(s) from stopped worker(s) %s", freed, ", ".join(dead))

    def _is_dead(self, worker: str) -> bool:
        if worker == self.worker_id:
            return False
        try:
            pid = int(worker.split(":")[-2])
        except (IndexError, ValueError):
            return False
        if pid == os.getpid():
            return True  # an earlier life of this pid (a restarted container)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False
        return False

    def _renew(self) -> None:
        with self.db.system() as system:
            system.inbox.extend(list(self._busy), worker=self.worker_id, until=self.clock() + LEASE)

    async def _run(self) -> None:
        delay = 0.0
        recovered = False
        renewed = asyncio.get_running_loop().time()
        while not self._stopping:
            if delay:
                await asyncio.sleep(delay)
            self._wake.clear()
            loop_time = asyncio.get_running_loop().time()
            try:
                if not recovered or loop_time - renewed >= RENEW_SECONDS:
                    await asyncio.to_thread(self._free_dead_workers_rows)
                    if self._busy:
                        await asyncio.to_thread(self._renew)
                    recovered, renewed = True, loop_time
            except Exception as error:
                self._database_trouble(error, "renewing leases")
                delay = min(max(delay * 2, 0.5), 5.0)
                continue
            free = self.concurrency - len(set(self._busy.values())) if self.handlers else 0
            rows: list[InboxUpdate] = []
            finished = self._take_finished()
            if free > 0 or finished:
                try:
                    self._claiming = asyncio.ensure_future(
                        asyncio.to_thread(self._claim, list(self.handlers), free, finished)
                    )
                    rows = await asyncio.shield(self._claiming)  # a stop waits for it (`stop`)
                    self._claiming = None
                except Exception as error:
                    self._finished_rows[:0] = finished
                    self._database_trouble(error, "claiming updates")
                    delay = min(max(delay * 2, 0.5), 5.0)
                    continue
                self.health.ok()
                try:
                    await self._prune_now_and_then()
                except Exception as error:
                    self._database_trouble(error, "pruning")
            delay = 0.0
            runs: dict[tuple[str, str], list[InboxUpdate]] = {}
            for row in rows:  # in id order, so each chat's run is in its order
                runs.setdefault((row.platform, row.chat_key), []).append(row)
            for run in runs.values():
                task = asyncio.create_task(self._work_run(run), name=f"inbox-{run[0].id}")
                ids = [row.id for row in run]
                for row_id in ids:
                    self._busy[row_id] = task
                task.add_done_callback(functools.partial(self._done, ids))
            if not rows or len(set(self._busy.values())) >= self.concurrency:
                # asyncio.timeout, not wait_for: in 3.11 wait_for swallows a cancel that comes in the
                # same step as the wake-up, and the stopped loop would then run on forever.
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(POLL_SECONDS):
                        await self._wake.wait()

    def _done(self, ids: list[int], _task: asyncio.Task[None]) -> None:
        for row_id in ids:
            self._busy.pop(row_id, None)
        self.wake()  # the chat's next row may be taken now

    def _claim(self, platforms: list[str], limit: int, finished: list[InboxUpdate]) -> list[InboxUpdate]:
        """One transaction: mark the `finished` rows done, then lease up to `limit` rows."""
        now = self.clock()
        with self.db.system() as system:
            system.inbox.mark_done([row.id for row in finished], worker=self.worker_id, now=now)
            claimed = [] if limit <= 0 else system.inbox.claim(
                platforms=platforms, now=now, worker=self.worker_id, lease_until=now + LEASE, limit=limit,
                follow=self.run - 1,
            )  # fmt: skip
        # Counted here, once committed: a stop that cancels the awaiting loop does not stop this thread, so
        # a count made by the caller after the await was lost while the rows were done.
        self._count_done(finished)
        return claimed

    def _finish(self, row: InboxUpdate) -> None:
        """The row's replies went out: it is marked done with the next claim (`_claim`)."""
        self._finished_rows.append(row)
        self.wake()

    def _take_finished(self) -> list[InboxUpdate]:
        finished, self._finished_rows = self._finished_rows, []
        return finished

    def _count_done(self, rows: list[InboxUpdate]) -> None:
        now = self.clock()
        with self._counting:
            for row in rows:
                self.finished[row.platform] += 1
                self.metrics.handled.labels(row.platform).inc()
                latency = max(0.0, (now - row.received_at).total_seconds())
                self.metrics.handling.labels(row.platform).observe(latency)

    async def _prune_now_and_then(self) -> None:
        now = self.clock()
        if self._pruned_at is not None and now - self._pruned_at < PRUNE_EVERY:
            return
        self._pruned_at = now

        def prune() -> int:
            with self.db.system() as system:
                return system.inbox.prune(done_before=now - RETENTION, parked_before=now - PARKED_RETENTION)

        if removed := await asyncio.to_thread(prune):
            log.info("inbox: removed %d finished updates", removed)

    def _database_trouble(self, error: BaseException, what: str) -> None:
        if is_transient(error):
            self.health.failed(error)
        else:
            log_failure(log, f"inbox: {what} failed", secrets.token_hex(3), error)

    async def _work_run(self, run: list[InboxUpdate]) -> None:
        """One chat's claimed rows, in order. Each row's handling transaction also marks the row
        before it done (so a chat never has more than one row answered but not marked done); the
        last one is marked with the next claim. A row that is to be tried later stops the run: the
        rows behind it are given back and wait for it."""
        handler = self.handlers.get(run[0].platform)
        if handler is None:
            return
        previous: InboxUpdate | None = None
        for index, row in enumerate(run):
            if self._stopping:  # shutting down: give back what was not begun
                with contextlib.suppress(Exception):
                    await asyncio.to_thread(self._release, [later.id for later in run[index:]])
                break
            with update_context(platform=row.platform, update_id=row.update_key, inbox_id=row.id):
                outcome = await self._work(row, handler, previous)
            if previous is not None:
                if outcome.carried:
                    self._count_done([previous])
                else:
                    self._finish(previous)
            previous = row if outcome.delivered else None
            if not outcome.go_on:
                rest = [later.id for later in run[index + 1 :]]
                if rest:
                    with contextlib.suppress(Exception):
                        await asyncio.to_thread(self._release, rest)
                break
        if previous is not None:
            self._finish(previous)

    async def _work(self, row: InboxUpdate, handler: InboxHandler, previous: InboxUpdate | None) -> _Outcome:
        delay = 0.5
        while not self._stopping:
            try:
                carried = await self._attempt(row, handler, previous)
                self.health.ok()
                return _Outcome(go_on=True, delivered=True, carried=carried)
            except LostClaim:
                log.info("inbox: row %s was taken over by another worker", row.id)
                return _Outcome(go_on=False)
            except Exception as error:
                if not is_transient(error):
                    parked = await self._failed(row, handler, error)
                    return _Outcome(go_on=parked)
                self.health.failed(error)  # not the update's fault: wait for the database
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
        return _Outcome(go_on=False)

    async def _attempt(self, row: InboxUpdate, handler: InboxHandler, previous: InboxUpdate | None) -> bool:
        """Handle and answer the row; True if its handling transaction also marked `previous` done."""
        carried = False
        if row.status == "pending":
            replies = await self._handle(row, handler, previous)
            carried = previous is not None
        else:  # handled before a crash (or parked): its replies still have to go out
            replies = [reply_from_json(r) for r in row.replies] if row.replies else None
        if replies is not None:  # even none: a button press is answered (its spinner stopped) there
            await self._deliver(row, handler, replies)
        return carried

    async def _handle(
        self, row: InboxUpdate, handler: InboxHandler, previous: InboxUpdate | None
    ) -> list[Reply] | None:
        """The replies (None: the update was nothing for the handlers)."""
        msg = await handler.message(row.payload)

        def finish(system: System, replies: list[Reply]) -> None:
            stored = [reply_to_json(r) for r in replies]
            now = self.clock()
            if previous is not None:
                system.inbox.mark_done([previous.id], worker=self.worker_id, now=now)
            if not system.inbox.mark_handled(row.id, worker=self.worker_id, replies=stored, now=now):
                raise LostClaim(row.id)

        if msg is None:

            def nothing() -> None:
                with self.db.system() as system:
                    finish(system, [])

            await asyncio.to_thread(nothing)
            return None
        return await asyncio.to_thread(self.assistant.process, msg, finish)

    async def _deliver(self, row: InboxUpdate, handler: InboxHandler, replies: list[Reply]) -> None:
        try:
            await handler.deliver(row.payload, replies)
        except Exception as error:  # the adapter retried what it could; the update itself is handled
            log_failure(log, f"{row.platform}: replies could not be delivered", row.update_key, error)

    async def _failed(self, row: InboxUpdate, handler: InboxHandler, error: BaseException) -> bool:
        """Record a failed attempt; True if the row was parked (answered with an apology: finished)."""
        log_failure(log, f"{row.platform}: update failed (attempt {row.attempts + 1})", row.update_key, error)
        self.metrics.failed.labels(row.platform).inc()
        reason = f"{type(error).__name__}: {error}"
        park = row.status == "pending" and row.attempts + 1 >= MAX_ATTEMPTS
        apology = [Reply(self._apology(row))] if park else []
        try:
            await asyncio.to_thread(self._record_failure, row, reason, park, apology)
        except Exception as trouble:
            self._database_trouble(trouble, "recording a failure")
            return False  # the lease runs out and the row is tried again
        if park:
            log.warning("%s: update %s parked after %d attempts", row.platform, row.update_key, MAX_ATTEMPTS)
            self.metrics.parked.labels(row.platform).inc()
            await self._deliver(row, handler, apology)
            self._finish(row)
        self.wake()
        return park

    def _apology(self, row: InboxUpdate) -> str:
        language = language_of(_language_in(row.payload), self.default_locale)
        return self.catalogs.translator(language)(COULD_NOT_PROCESS)

    def _record_failure(self, row: InboxUpdate, reason: str, park: bool, apology: list[Reply]) -> None:
        now = self.clock()
        with self.db.system() as system:
            if park:
                system.inbox.mark_handled(row.id, worker=self.worker_id, now=now, parked=True, error=reason,
                                          replies=[reply_to_json(r) for r in apology])  # fmt: skip
            else:
                delay = RETRY_DELAYS[min(row.attempts, len(RETRY_DELAYS) - 1)]
                system.inbox.retry_later(row.id, worker=self.worker_id, at=now + timedelta(seconds=delay),
                                         error=reason)  # fmt: skip


def _language_in(payload: Any) -> str | None:
    """The sender's language wherever the platform put it (Telegram's `language_code`)."""
    if isinstance(payload, dict):
        for key, value in payload.items():
            if key == "language_code" and isinstance(value, str):
                return value
            if isinstance(value, dict) and (found := _language_in(value)):
                return found
    return None
